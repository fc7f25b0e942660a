import type {
  WordBody,
  WordControlOptions,
  WordCustomProperties,
  WordCustomProperty,
  WordDocumentObject,
} from "../../../src/document/word/api";
import type { SimContext } from "./sim-context";
import { ErrorCodes, OfficeError } from "./sim-errors";
import { SimContentControlCollection, SimObject, SimRange, names } from "./sim-objects";
import type { CustomValue } from "./sim-xml";

export class SimBody extends SimObject implements WordBody<string> {
  protected readonly typeName = "Body";

  get text(): string {
    return this.get("text");
  }

  /** Leaves out plain-text and checkbox controls, as Word does (office-js #6144, #2160). */
  get contentControls(): SimContentControlCollection {
    return new SimContentControlCollection(this.context, () =>
      this.context.backend.controls("legacy"),
    );
  }

  getContentControls(options?: WordControlOptions<string>): SimContentControlCollection {
    // Without options Word's choice of types is not documented: the simulator gives the least.
    const types = options?.types;
    return new SimContentControlCollection(this.context, () =>
      this.context.backend.controls(types ?? "legacy"),
    );
  }

  insertFileFromBase64(base64File: string, insertLocation: "Replace"): undefined {
    if (insertLocation !== "Replace")
      throw new Error(`The simulator only inserts a file with "Replace", not "${insertLocation}".`);
    this.context.enqueue(() => this.context.backend.replaceBody(base64File, "body"));
    return undefined;
  }

  insertOoxml(ooxml: string, insertLocation: "Replace"): undefined {
    if (insertLocation !== "Replace")
      throw new Error(`The simulator only inserts OOXML with "Replace", not "${insertLocation}".`);
    this.context.enqueue(() => this.context.backend.insertOoxml(ooxml));
    return undefined;
  }

  getOoxml(): { value: string } {
    const result = new SimResult<string>(this.context);
    this.context.enqueue(() => result.set(this.context.backend.bodyOoxml()));
    return result;
  }

  load(propertyNames?: string | string[]): this {
    const wanted = names(propertyNames);
    this.context.enqueue(() => {
      for (const name of wanted.length > 0 ? wanted : ["text"]) {
        if (name !== "text")
          throw new OfficeError(ErrorCodes.invalidArgument, `The simulated Body has no '${name}'.`);
        this.values.set("text", this.context.backend.bodyText());
      }
    });
    return this;
  }
}

/** `OfficeExtension.ClientResult`: its value can be read only after the sync. */
class SimResult<T> extends SimObject {
  protected readonly typeName = "ClientResult";

  get value(): T {
    return this.get("value");
  }
  set(value: T): void {
    this.values.set("value", value);
  }
}

export class SimCustomProperty extends SimObject implements WordCustomProperty {
  protected readonly typeName = "CustomProperty";

  constructor(
    context: SimContext,
    private readonly lookup: () => { key: string; value: CustomValue } | undefined,
    private readonly orNull: boolean,
  ) {
    super(context);
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get key(): string {
    return this.get("key");
  }
  get value(): CustomValue {
    return this.get("value");
  }

  load(propertyNames?: string | string[]): this {
    const wanted = names(propertyNames);
    this.context.enqueue(() => this.resolve(wanted));
    return this;
  }

  resolve(wanted: readonly string[]): void {
    const found = this.lookup();
    if (!found && !this.orNull)
      throw new OfficeError(
        ErrorCodes.itemNotFound,
        "The requested custom property does not exist.",
      );
    this.values.set("isNullObject", !found);
    // A null object's other properties stay unreadable: check isNullObject first.
    if (!found) return;
    for (const name of wanted.length > 0 ? wanted : ["key", "value"]) {
      if (name !== "key" && name !== "value")
        throw new OfficeError(ErrorCodes.invalidArgument, `No custom property field '${name}'.`);
      this.values.set(name, found[name]);
    }
  }
}

export class SimCustomProperties extends SimObject implements WordCustomProperties {
  protected readonly typeName = "CustomPropertyCollection";

  get items(): SimCustomProperty[] {
    return this.get("items");
  }

  getItemOrNullObject(key: string): SimCustomProperty {
    return new SimCustomProperty(this.context, () => this.context.backend.property(key), true);
  }

  getItem(key: string): SimCustomProperty {
    return new SimCustomProperty(this.context, () => this.context.backend.property(key), false);
  }

  /** Creates the property, or sets it when it exists (keys are case-insensitive). */
  add(key: string, value: unknown): SimCustomProperty {
    this.context.enqueue(() => this.context.backend.setProperty(key, value));
    return this.getItem(key);
  }

  load(propertyNames?: string | string[]): this {
    const wanted = names(propertyNames)
      .map((n) => n.replace(/^items\/?/, ""))
      .filter((n) => n !== "");
    this.context.enqueue(() => {
      const items = this.context.backend.properties().map((p) => {
        const item = new SimCustomProperty(this.context, () => p, false);
        item.resolve(wanted);
        return item;
      });
      this.values.set("items", items);
    });
    return this;
  }
}

export class SimDocument extends SimObject implements WordDocumentObject<string> {
  protected readonly typeName = "Document";
  readonly body: SimBody;
  readonly properties: { readonly customProperties: SimCustomProperties };

  constructor(context: SimContext) {
    super(context);
    this.body = new SimBody(context);
    this.properties = { customProperties: new SimCustomProperties(context) };
  }

  get changeTrackingMode(): string {
    return this.get("changeTrackingMode");
  }
  set changeTrackingMode(mode: string) {
    if (this.values.has("changeTrackingMode")) this.values.set("changeTrackingMode", mode);
    this.context.enqueue(() => this.context.backend.setTrackingMode(mode));
  }

  load(propertyNames?: string | string[]): this {
    const wanted = names(propertyNames);
    this.context.enqueue(() => {
      for (const name of wanted) {
        if (name !== "changeTrackingMode")
          throw new OfficeError(
            ErrorCodes.invalidArgument,
            `The simulated Document has no '${name}'.`,
          );
        this.values.set(name, this.context.backend.trackingMode());
      }
    });
    return this;
  }

  /** `Document.insertFileFromBase64` (WordApi 1.5): options are taken as Word documents them. */
  insertFileFromBase64(base64File: string, insertLocation: "Replace"): undefined {
    if (insertLocation !== "Replace")
      throw new Error(`The simulator only inserts a file with "Replace", not "${insertLocation}".`);
    this.context.enqueue(() => this.context.backend.replaceBody(base64File, "document"));
    return undefined;
  }

  getSelection(): SimRange {
    return new SimRange(this.context, () => this.context.backend.selectionControl());
  }

  /** The same trap as `body.contentControls`. */
  get contentControls(): SimContentControlCollection {
    return this.body.contentControls;
  }

  /** The simulated document has controls in its body only (headers and footers are not modelled). */
  getContentControls(options?: WordControlOptions<string>): SimContentControlCollection {
    return this.body.getContentControls(options);
  }
}
