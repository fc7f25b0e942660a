import type { ControlInfo } from "../port";
export { Prop, Role, propOf, roleOf, type Element } from "./scan-roles";
import { Prop, Role, type Element } from "./scan-roles";
import { flagOn, glyphOf, levelFromParent, toControlInfo, type RawSdt } from "./sdt";
import type { TextCollector } from "./scan-text";
import { NS } from "./xml";

/**
 * Builds the content controls from the elements the tokenizer reports: which control is open,
 * what its properties say, and where its text starts and ends in the collected text. What it
 * counts follows the DOM reader (`findSdts`), which is the law where the two could differ: the
 * first `w:sdtPr` and `w:sdtContent` of a control, the first of each property, nothing inside
 * deleted or moved-away text, the fallback of a text box or run properties.
 */

/** One control being read. */
type Reading = {
  raw: RawSdt;
  index: number;
  sdtDepth: number;
  /** Depth of its (first) w:sdtPr while open, else -1; prSeen once one was read. */
  prDepth: number;
  prSeen: boolean;
  contentDepth: number;
  contentSeen: boolean;
  start: number;
  end: number;
  hiddenStart: number;
  hiddenEnd: number;
  /** Depth of the first list element / checkbox in its properties, or -1. */
  listDepth: number;
  listIsDropDown: boolean;
  comboItems: { text: string; value: string }[] | undefined;
  boxDepth: number;
};

/** An attribute of the element being opened: (local name, namespace) → decoded value. */
export type AttributeReader = (local: string, ns?: string) => string | undefined;

/**
 * Per role, 1 when its elements change nothing as they open (OPENS_PLAIN) or close (CLOSES_PLAIN)
 * inside a control but outside its properties, unless the builder marked their depth.
 */
const OPENS_PLAIN = new Uint8Array(Role.Glyph + 1);
const CLOSES_PLAIN = new Uint8Array(Role.Glyph + 1);
for (const role of [Role.Other, Role.Foreign, Role.Run, Role.Text]) {
  OPENS_PLAIN[role] = 1;
  CLOSES_PLAIN[role] = 1;
}
OPENS_PLAIN[Role.Paragraph] = 1;

const W = NS.w;
const W14 = NS.w14;

export class ControlBuilder {
  private readonly found: (Reading | ControlInfo)[] = [];
  private readonly reading: Reading[] = [];
  /** The open elements, outermost first (the document element at 0). */
  readonly stack: Element[] = [];
  private inBody = false;
  private bodyDepth = -1;
  /** Depth of a skipped subtree (deleted text, ...), or -1. */
  private skipUntil = -1;
  /** Depth of a hidden subtree (run properties, ...), or -1. */
  private hiddenUntil = -1;
  /** Depth of a run hidden with w:vanish, or -1. */
  private vanishUntil = -1;
  /** Depth of the w:rPr of a run, while open, or -1. */
  private runPropsDepth = -1;

  constructor(
    private readonly text: TextCollector,
    private readonly attr: AttributeReader,
    private readonly part: string,
  ) {}

  /** Whether text in a w:t at this point belongs to the visible text of a control. */
  capturing(): boolean {
    return (
      this.reading.length > 0 && this.skipUntil < 0 && this.hiddenUntil < 0 && this.vanishUntil < 0
    );
  }

  /**
   * Whether an element with this role needs `open` at all (most of a document does not). Inside a
   * control, only its properties need every element; elsewhere plain elements (runs, text,
   * paragraphs, formatting) change nothing when they open.
   */
  wantsOpen(role: Role): boolean {
    if (this.skipUntil >= 0) return false;
    const n = this.reading.length;
    if (n === 0)
      return (
        (role >= Role.Body && role <= Role.SdtPr) ||
        role === Role.Hidden ||
        role === Role.RunProperties
      );
    return OPENS_PLAIN[role] === 0 || (this.reading[n - 1] as Reading).prDepth >= 0;
  }

  /**
   * Whether the end of an element at `depth` needs `close`: the elements that end a paragraph or a
   * control, and any element at a depth the builder marked when it opened.
   */
  wantsClose(role: Role, depth: number): boolean {
    const n = this.reading.length;
    if (n === 0)
      return depth === this.skipUntil || depth === this.hiddenUntil || role === Role.Body;
    if (CLOSES_PLAIN[role] === 0 || (this.reading[n - 1] as Reading).prDepth >= 0) return true;
    return (
      depth === this.skipUntil ||
      depth === this.hiddenUntil ||
      depth === this.runPropsDepth ||
      depth === this.vanishUntil
    );
  }

  open(el: Element, depth: number): void {
    if (this.skipUntil >= 0) return;
    if (el.role === Role.Body && this.bodyDepth < 0 && el.ns === W) {
      this.inBody = true;
      this.bodyDepth = depth;
      return;
    }
    if (!this.inBody) return;
    const current = this.reading[this.reading.length - 1];
    if (current && current.prDepth >= 0) {
      this.property(current, el, depth);
      return;
    }
    if (el.role === Role.Skip) {
      this.skipUntil = depth;
      return;
    }
    if (this.hiddenUntil >= 0) {
      if (el.role === Role.Vanish && depth === this.runPropsDepth + 1 && flagOn(this.attr("val"))) {
        this.vanishUntil = this.runPropsDepth - 1;
        this.text.hiddenRuns += 1;
      }
      return;
    }
    // Nothing in a run hidden with w:vanish counts, as in the DOM reader.
    if (this.vanishUntil >= 0) return;
    switch (el.role) {
      case Role.Sdt:
        this.startControl(depth);
        return;
      case Role.SdtPr:
        if (current && !current.prSeen && depth === current.sdtDepth + 1) {
          current.prSeen = true;
          current.prDepth = depth;
          return;
        }
        this.hiddenUntil = depth;
        return;
      case Role.SdtContent:
        if (current && !current.contentSeen && depth === current.sdtDepth + 1) {
          current.contentSeen = true;
          current.contentDepth = depth;
          current.start = this.text.length;
          current.hiddenStart = this.text.hiddenRuns;
        }
        return;
      case Role.RunProperties:
        if (this.stack[depth - 1]?.role === Role.Run) this.runPropsDepth = depth;
        this.hiddenUntil = depth;
        return;
      case Role.Hidden:
        this.hiddenUntil = depth;
        return;
      case Role.Glyph:
        if (this.reading.length > 0 && this.vanishUntil < 0) {
          const glyph = glyphOf(el.local, (n) => this.attr(n));
          // Glyphs count only as visible text of a control, like the characters of w:t.
          if (glyph !== undefined) this.text.add(glyph);
        }
        return;
      default:
        return;
    }
  }

  close(el: Element, depth: number): void {
    if (this.skipUntil >= 0) {
      if (this.skipUntil === depth) this.skipUntil = -1;
      return;
    }
    if (!this.inBody) return;
    if (depth === this.bodyDepth) {
      this.inBody = false;
      return;
    }
    const current = this.reading[this.reading.length - 1];
    if (current && current.prDepth >= 0) {
      if (depth === current.prDepth) current.prDepth = -1;
      else if (depth === current.listDepth) current.listDepth = -1;
      else if (depth === current.boxDepth) current.boxDepth = -1;
      return;
    }
    if (this.hiddenUntil === depth) this.hiddenUntil = -1;
    if (this.runPropsDepth === depth) this.runPropsDepth = -1;
    if (this.vanishUntil === depth) this.vanishUntil = -1;
    if (this.hiddenUntil >= 0) return;
    if (el.role === Role.Paragraph && this.reading.length > 0 && this.vanishUntil < 0)
      this.text.add("\n");
    else if (current && el.role === Role.SdtContent && depth === current.contentDepth) {
      current.end = this.text.length;
      current.hiddenEnd = this.text.hiddenRuns;
      current.contentDepth = -1;
    } else if (current && el.role === Role.Sdt && depth === current.sdtDepth) {
      this.reading.pop();
    }
  }

  /** Every control found, in document order, once the part has been read. */
  controls(): ControlInfo[] {
    if (this.reading.length > 0) this.reading.length = 0;
    // Offsets are checked against the caps first, and only then is any text made.
    const ranges = this.found.map((f) =>
      "raw" in f ? this.text.range(f.start, Math.max(f.start, f.end), this.part) : undefined,
    );
    return this.found.map((f, i) => {
      if (!("raw" in f)) return f;
      const range = ranges[i] as { from: number; to: number };
      f.raw.text = this.text.text(range.from, range.to);
      if (f.hiddenEnd > f.hiddenStart) f.raw.hiddenText = true;
      if (!f.listIsDropDown && f.comboItems) f.raw.items = f.comboItems;
      return toControlInfo(f.raw);
    });
  }

  private startControl(depth: number): void {
    const raw: RawSdt = {
      types: new Set(),
      items: [],
      text: "",
      level: levelFromParent(this.parentOfControl(depth)),
      depth: this.reading.length,
    };
    const r: Reading = {
      raw,
      index: this.found.length,
      sdtDepth: depth,
      prDepth: -1,
      prSeen: false,
      contentDepth: -1,
      contentSeen: false,
      start: 0,
      end: 0,
      hiddenStart: 0,
      hiddenEnd: 0,
      listDepth: -1,
      listIsDropDown: false,
      comboItems: undefined,
      boxDepth: -1,
    };
    this.reading.push(r);
    this.found.push(r);
  }

  /** An element inside a control's w:sdtPr: the first of each property counts, as in the DOM. */
  private property(r: Reading, el: Element, depth: number): void {
    const raw = r.raw;
    if (depth === r.prDepth + 1) {
      const types = raw.types;
      if (types.has(el.key)) return;
      types.add(el.key);
      switch (el.prop) {
        case Prop.Checkbox:
          r.boxDepth = depth;
          return;
        case Prop.Tag: {
          const val = this.attr("val");
          if (val !== undefined) raw.tag = val;
          return;
        }
        case Prop.Alias: {
          const val = this.attr("val");
          if (val !== undefined) raw.alias = val;
          return;
        }
        case Prop.Lock: {
          const val = this.attr("val");
          if (val !== undefined) raw.lock = val;
          return;
        }
        case Prop.ShowingPlcHdr:
          raw.showingPlcHdr = this.attr("val") ?? null;
          return;
        case Prop.Date: {
          const d = this.attr("fullDate");
          if (d !== undefined) raw.fullDate = d;
          return;
        }
        case Prop.DropDownList:
          r.listIsDropDown = true;
          r.listDepth = depth;
          return;
        case Prop.ComboBox:
          r.comboItems = [];
          if (!r.listIsDropDown) r.listDepth = depth;
          return;
        default:
          return;
      }
    }
    if (depth === r.listDepth + 1 && el.prop === Prop.ListItem) {
      const item = { text: this.attr("displayText") ?? "", value: this.attr("value") ?? "" };
      if (this.stack[depth - 1]?.prop === Prop.DropDownList) raw.items.push(item);
      else r.comboItems?.push(item);
    } else if (depth === r.boxDepth + 1 && el.prop === Prop.Checked) {
      raw.checked ??= this.attr("val", W14) ?? this.attr("val") ?? null;
    }
  }

  /** The local name of the element holding the control at `depth`, through any outer controls. */
  private parentOfControl(depth: number): string | undefined {
    let i = depth - 1;
    while (i >= 1 && this.stack[i]?.local === "sdtContent") i -= 2;
    return this.stack[i]?.local;
  }
}
