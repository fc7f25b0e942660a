import type { Element } from "@xmldom/xmldom";
import type {
  WordCheckbox,
  WordContentControl,
  WordContentControlCollection,
  WordDataChangedArgs,
  WordNullableControl,
  WordRange,
  WordRangeLocation,
} from "../../../src/document/word/api";
import type { ControlScalars, SimContext } from "./sim-context";
import { ErrorCodes, OfficeError, propertyNotLoaded } from "./sim-errors";

const CONTROL_SCALARS = [
  "id",
  "tag",
  "title",
  "text",
  "type",
  "subtype",
  "placeholderText",
  "cannotEdit",
  "cannotDelete",
] as const;

/** Control types whose text members throw on the desktop profile (Word.ContentControl reference). */
const TEXTLESS: ReadonlySet<string> = new Set([
  "Picture",
  "Group",
  "RepeatingSection",
  "BuildingBlockGallery",
]);

/** Property names of a load: "a,b" or ["a", "b"], trimmed. */
export function names(propertyNames?: string | string[]): string[] {
  if (propertyNames === undefined) return [];
  const list = Array.isArray(propertyNames) ? propertyNames : propertyNames.split(",");
  return list.map((n) => n.trim()).filter((n) => n !== "");
}

/** A proxy: its properties can be read only once loaded and synced. */
export abstract class SimObject {
  protected readonly values = new Map<string, unknown>();
  protected abstract readonly typeName: string;

  constructor(protected readonly context: SimContext) {}

  protected get<T>(property: string): T {
    if (!this.values.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.values.get(property) as T;
  }
}

export class SimCheckbox extends SimObject implements WordCheckbox {
  protected readonly typeName = "CheckboxContentControl";

  constructor(
    context: SimContext,
    private readonly el: Element,
  ) {
    super(context);
  }

  get isChecked(): boolean {
    return this.get("isChecked");
  }

  set isChecked(checked: boolean) {
    this.values.set("isChecked", checked);
    this.context.enqueue(() => this.context.backend.setChecked(this.el, checked));
  }

  /** Fills the state now (inside a sync). */
  resolve(scalars: ControlScalars): void {
    if (scalars.isChecked === undefined)
      // Office.js documents the property as null for other controls; what loading through it does
      // is not documented, so the simulator refuses it and the adapter asks checkboxes only.
      throw new OfficeError(
        ErrorCodes.invalidArgument,
        `checkboxContentControl loaded on a ${scalars.type} control (${scalars.tag || "no tag"})`,
      );
    this.values.set("isChecked", scalars.isChecked);
  }
}

export class SimContentControl extends SimObject implements WordContentControl {
  protected readonly typeName = "ContentControl";
  private checkbox: SimCheckbox | undefined;

  constructor(
    context: SimContext,
    readonly el: Element,
  ) {
    super(context);
  }

  get id(): number {
    return this.get("id");
  }
  get tag(): string {
    return this.get("tag");
  }
  get title(): string {
    return this.get("title");
  }
  get text(): string {
    return this.get("text");
  }
  get type(): string {
    return this.get("type");
  }
  get subtype(): string {
    return this.get("subtype");
  }
  get placeholderText(): string {
    return this.get("placeholderText");
  }
  set placeholderText(value: string) {
    if (this.values.has("placeholderText")) this.values.set("placeholderText", value);
    this.context.enqueue(() => this.context.backend.setPlaceholderText(this.el, value));
  }
  get cannotDelete(): boolean {
    return this.get("cannotDelete");
  }
  set cannotDelete(value: boolean) {
    if (this.values.has("cannotDelete")) this.values.set("cannotDelete", value);
    this.context.enqueue(() => this.context.backend.setCannotDelete(this.el, value));
  }
  get cannotEdit(): boolean {
    return this.get("cannotEdit");
  }
  set cannotEdit(value: boolean) {
    if (this.values.has("cannotEdit")) this.values.set("cannotEdit", value);
    this.context.enqueue(() => this.context.backend.setCannotEdit(this.el, value));
  }

  get checkboxContentControl(): SimCheckbox {
    this.checkbox ??= new SimCheckbox(this.context, this.el);
    return this.checkbox;
  }

  getRange(location: WordRangeLocation): SimRange {
    if (location !== "After")
      throw new Error(`The simulator only gives a control's range "After", not "${location}".`);
    return new SimRange(this.context, () => undefined, this.el);
  }

  track(): this {
    this.context.enqueue(() => this.context.backend.track(this.el));
    return this;
  }

  readonly onDataChanged = {
    add: (handler: (args: WordDataChangedArgs) => Promise<unknown>) => {
      this.context.enqueue(() => this.context.backend.addDataHandler(this.el, handler));
      return { remove: () => undefined };
    },
  };

  insertText(text: string, insertLocation: "Replace"): undefined {
    if (insertLocation !== "Replace")
      throw new Error(`The simulator only does insertText(…, "Replace"), not "${insertLocation}".`);
    this.context.enqueue(() => this.context.backend.insertText(this.el, text));
    return undefined;
  }

  select(): void {
    this.context.enqueue(() => this.context.backend.select(this.el));
  }

  load(propertyNames?: string | string[]): this {
    const wanted = names(propertyNames);
    this.context.enqueue(() => this.resolve(wanted));
    return this;
  }

  /** Fills the named properties (all scalars when none are named) from the document, now. */
  resolve(wanted: readonly string[]): void {
    const scalars = this.context.backend.control(this.el);
    for (const name of wanted.length > 0 ? wanted : CONTROL_SCALARS) {
      if (
        this.context.backend.profile.typeSpecificThrows &&
        (name === "text" || name === "placeholderText") &&
        TEXTLESS.has(scalars.type)
      ) {
        throw new OfficeError(
          ErrorCodes.generalException,
          `'${name}' is not relevant for a ${scalars.type} content control.`,
        );
      }
      if (name === "checkboxContentControl/isChecked" || name === "checkboxContentControl") {
        this.checkboxContentControl.resolve(scalars);
      } else if ((CONTROL_SCALARS as readonly string[]).includes(name)) {
        this.values.set(name, scalars[name as (typeof CONTROL_SCALARS)[number]]);
      } else {
        throw new OfficeError(
          ErrorCodes.invalidArgument,
          `The simulated ContentControl has no property '${name}'.`,
        );
      }
    }
  }
}

export class SimContentControlCollection extends SimObject implements WordContentControlCollection {
  protected readonly typeName = "ContentControlCollection";

  constructor(
    context: SimContext,
    private readonly find: () => Element[],
  ) {
    super(context);
  }

  get items(): SimContentControl[] {
    return this.get("items");
  }

  getByTag(tag: string): SimContentControlCollection {
    return new SimContentControlCollection(this.context, () =>
      this.context.backend.controlsTagged(tag),
    );
  }

  /** `load("items/tag,items/checkboxContentControl/isChecked")`; a name without `items/` means the same. */
  load(propertyNames?: string | string[]): this {
    const wanted = names(propertyNames)
      .map((n) => n.replace(/^items\/?/, ""))
      .filter((n) => n !== "");
    this.context.enqueue(() => {
      const items = this.find().map((el) => new SimContentControl(this.context, el));
      for (const item of items) item.resolve(wanted);
      this.values.set("items", items);
    });
    return this;
  }
}

/** A control reached through a range: maybe a null object. */
export class SimNullableControl extends SimObject implements WordNullableControl {
  protected readonly typeName = "ContentControl";

  constructor(
    context: SimContext,
    private readonly find: () => Element | undefined,
  ) {
    super(context);
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get id(): number {
    return this.get("id");
  }

  load(propertyNames?: string | string[]): this {
    const wanted = names(propertyNames);
    this.context.enqueue(() => {
      const el = this.find();
      this.values.set("isNullObject", el === undefined);
      if (!el) return;
      const scalars = this.context.backend.control(el);
      for (const name of wanted) {
        if (name !== "id")
          throw new OfficeError(ErrorCodes.invalidArgument, `The simulator loads 'id' only.`);
        this.values.set("id", scalars.id);
      }
    });
    return this;
  }
}

/** A range: the selection, or the place just after a control. */
export class SimRange implements WordRange {
  constructor(
    private readonly context: SimContext,
    private readonly holder: () => Element | undefined,
    private readonly after?: Element,
  ) {}

  get parentContentControlOrNullObject(): SimNullableControl {
    return new SimNullableControl(this.context, this.holder);
  }

  select(): void {
    const after = this.after;
    if (after) this.context.enqueue(() => this.context.backend.selectAfter(after));
  }
}
