import { GLYPHS, SYMBOL_FONTS } from "../../model/recognition/marks";
import {
  CHECKED,
  UNCHECKED,
  type Block,
  type Cell,
  type DocStructure,
  type Para,
  type Piece,
  type Row,
  type Table,
} from "../recognize/structure";
import {
  scanStructure,
  type Attributes,
  type Interest,
  type StructureHandler,
} from "./structure-scan";
import { NS } from "./xml";

/**
 * Reads the structure of word/document.xml (paragraphs, tables, cells, ticks) for the recognizer.
 * Like the control scanner (ADR 0003) it walks the bytes once instead of building a DOM (the loop is
 * in structure-scan.ts), which is what keeps recognition of a full document within its budget. Paragraphs, runs and content controls are
 * counted in document order, the order a DOM lists them in, so `bind` finds the same places again.
 */

const STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/** Elements whose attributes the reader reads. */
const WANTS_ATTRS = new Set([
  "w:pStyle",
  "w:i",
  "w:outlineLvl",
  "w:sym",
  "w:fldChar",
  "w:default",
  "w:checked",
  "w:tag",
  "w:showingPlcHdr",
  "w14:checked",
  "w:gridSpan",
  "w:vMerge",
]);

/** Every other element the reader's `open` or `close` does something with; the rest it never sees. */
const READS = new Set([
  "w:del",
  "w:moveFrom",
  "mc:Fallback",
  "w:rPrChange",
  "w:pPrChange",
  "w:tblPrChange",
  "w:tcPrChange",
  "w:trPrChange",
  "w:sectPrChange",
  "w:p",
  "w:pPr",
  "w:r",
  "w:t",
  "w:tab",
  "w:br",
  "w:cr",
  "w:noBreakHyphen",
  "w:checkBox",
  "w:sdt",
  "w:sdtPr",
  "w14:checkbox",
  "w:tbl",
  "w:tr",
  "w:tc",
]);

/**
 * The two marks as this module's own constants: transpiled to CommonJS (tsx, jest) an imported
 * constant is a getter call on every use, and the reader uses them for every tick (ADR 0026).
 */
const TICKED = CHECKED;
const UNTICKED = UNCHECKED;

/** The names the reader switches on, as the very strings of its `switch`, so a case is one compare. */
const OWN_NAMES = new Map([...WANTS_ATTRS, ...READS].map((n) => [n, n]));

const glyphChecked = new Set<string>(GLYPHS.checked);
const GLYPH = new RegExp(`[${[...GLYPHS.checked, ...GLYPHS.unchecked].join("")}]`, "gu");
/** The same without state: most text has no glyph and is taken whole. */
const HAS_GLYPH = new RegExp(GLYPH.source, "u");
const NOT_BLANK = /\S/;
const glyphUnchecked = new Set<string>(GLYPHS.unchecked);

/** What a `w:sym` draws: a box (ticked or not), or another character. */
export function symbolOf(font: string, char: string): { mark?: boolean; text: string } {
  const code = parseInt(char, 16);
  if (!Number.isFinite(code)) return { text: "" };
  const low = code & 0xff;
  const table = SYMBOL_FONTS[font.trim().toLowerCase()];
  if (table && code >= 0xf000) {
    if (table.checked.includes(low)) return { mark: true, text: TICKED };
    if (table.unchecked.includes(low)) return { mark: false, text: UNTICKED };
    return { text: "" };
  }
  // MS Gothic, Segoe UI Symbol and the like store the glyph itself.
  const glyph = String.fromCodePoint(code >= 0xf000 ? low : code);
  if (glyphChecked.has(glyph)) return { mark: true, text: TICKED };
  if (glyphUnchecked.has(glyph)) return { mark: false, text: UNTICKED };
  return { text: glyph };
}

type SdtState = {
  ordinal: number;
  tag: string;
  checkbox: boolean;
  checked: boolean;
  placeholder: boolean;
  inPr: boolean;
};

type FieldState = { checkbox: boolean; checked: boolean | undefined; dflt: boolean; run: number };

/** A cell's text: its paragraphs' joined by new lines (a loop: cells without paragraphs are common). */
function cellText(paras: readonly Para[]): string {
  let text = "";
  for (let i = 0; i < paras.length; i++) {
    if (i > 0) text += "\n";
    text += (paras[i] as Para).text;
  }
  return text;
}

/** Heading level from a style id (Kop1, Heading2, heading 3) or from `w:outlineLvl`. */
function headingLevel(style: string | undefined): number | undefined {
  if (!style) return undefined;
  const m = /^(?:kop|heading|berschrift|titre)\s*(\d)$/i.exec(style);
  return m ? Number(m[1]) : undefined;
}

class Reader implements StructureHandler {
  readonly blocks: Block[] = [];
  private readonly prefixes = new Map<string, string>();
  private paraCount = 0;
  private runCount = 0;
  private sdtCount = 0;
  private tableCount = 0;
  private readonly tables: { table: Table; row?: Row; cell?: Cell }[] = [];
  private para: (Para & { outline?: number }) | undefined;
  private readonly paraStack: (Para & { outline?: number })[] = [];
  private readonly sdts: SdtState[] = [];
  private field: FieldState | undefined;
  /** Inside a field's instruction, or its result of a checkbox (a FORMCHECKBOX shows nothing). */
  private fieldPhase: "instr" | "result" | undefined;
  private run = -1;
  /** The current run is italic; a paragraph of italic runs only is the model's instruction. */
  private italic = false;
  private upright = false;
  private skipDepth = 0;
  private inText = false;
  private inPPr = false;
  private inFfCheckBox = false;

  /** Element name resolved to `w:local`, `w14:local` or `?:local` by its namespace. */
  private readonly names = new Map<string, string>();

  name(qname: string): string {
    let n = this.names.get(qname);
    if (n === undefined) {
      n = this.resolve(qname);
      this.names.set(qname, n);
    }
    return n;
  }

  private resolve(qname: string): string {
    const colon = qname.indexOf(":");
    const prefix = colon < 0 ? "" : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const ns = this.prefixes.get(prefix);
    const name =
      ns === NS.w || ns === STRICT_W
        ? `w:${local}`
        : ns === NS.w14
          ? `w14:${local}`
          : ns === NS.mc
            ? `mc:${local}`
            : `?:${local}`;
    return OWN_NAMES.get(name) ?? name;
  }

  private val(a: Attributes, local = "val"): string | undefined {
    return a.value(local);
  }

  private addPiece(piece: Piece, text: string): void {
    const sdt = this.sdts[this.sdts.length - 1];
    if (sdt && (sdt.checkbox || sdt.placeholder)) return; // shown as its mark, or a hint: no answer
    const p = this.para;
    if (!p) return;
    const last = p.pieces[p.pieces.length - 1];
    if (
      piece.kind === "text" &&
      last?.kind === "text" &&
      last.run === piece.run &&
      last.sdt === piece.sdt
    )
      last.text += text;
    else p.pieces.push(piece);
    p.text += text;
  }

  private text(t: string): void {
    if (this.fieldPhase === "instr") return;
    if (this.field?.checkbox) return;
    if (t === "") return;
    // Plain text goes in as whole chunks; only a tick glyph breaks it up.
    if (!HAS_GLYPH.test(t)) {
      this.plain(t);
      return;
    }
    GLYPH.lastIndex = 0;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = GLYPH.exec(t))) {
      if (m.index > from) this.plain(t.slice(from, m.index));
      const checked = glyphChecked.has(m[0]);
      this.addPiece(
        { kind: "mark", checked, source: "glyph", run: this.run },
        checked ? TICKED : UNTICKED,
      );
      from = m.index + m[0].length;
    }
    if (from < t.length) this.plain(from === 0 ? t : t.slice(from));
  }

  private plain(t: string): void {
    if (!this.italic && !this.upright && NOT_BLANK.test(t)) this.upright = true;
    const sdt = this.sdts[this.sdts.length - 1];
    this.addPiece(
      sdt
        ? { kind: "text", text: t, run: this.run, sdt: sdt.ordinal }
        : { kind: "text", text: t, run: this.run },
      t,
    );
  }

  open(n: string, a: Attributes, selfClosing: boolean): void {
    if (this.skipDepth > 0) {
      // Skipped content still counts: a DOM lists its paragraphs, runs and controls too.
      if (n === "w:p") this.paraCount += 1;
      else if (n === "w:r") this.runCount += 1;
      else if (n === "w:sdt") this.sdtCount += 1;
      if (!selfClosing) this.skipDepth += 1;
      return;
    }
    switch (n) {
      case "w:del":
      case "w:moveFrom":
      case "mc:Fallback":
      case "w:rPrChange":
      case "w:pPrChange":
      case "w:tblPrChange":
      case "w:tcPrChange":
      case "w:trPrChange":
      case "w:sectPrChange":
        if (!selfClosing) this.skipDepth = 1;
        return;
      case "w:p": {
        this.paraCount += 1;
        const p: Para = { p: this.paraCount - 1, text: "", pieces: [] };
        if (this.para) this.paraStack.push(this.para);
        this.upright = false;
        this.para = p;
        if (selfClosing) this.closePara();
        return;
      }
      case "w:pPr":
        if (!selfClosing) this.inPPr = true;
        return;
      case "w:pStyle":
        if (this.para && this.inPPr) this.para.style = this.val(a) ?? "";
        return;
      case "w:outlineLvl":
        if (this.para && this.inPPr) this.para.outline = Number(this.val(a)) + 1;
        return;
      case "w:r":
        this.runCount += 1;
        this.run = this.runCount - 1;
        this.italic = false;
        return;
      case "w:i":
        if (!this.inPPr) {
          const v = this.val(a);
          this.italic = v === undefined || (v !== "0" && v !== "false");
        }
        return;
      case "w:t":
        if (!selfClosing) this.inText = true;
        return;
      case "w:tab":
        if (!this.inPPr) this.text(" ");
        return;
      case "w:br":
      case "w:cr":
        this.text("\n");
        return;
      case "w:noBreakHyphen":
        this.text("-");
        return;
      case "w:sym": {
        const s = symbolOf(this.val(a, "font") ?? "", this.val(a, "char") ?? "");
        if (s.mark !== undefined)
          this.addPiece({ kind: "mark", checked: s.mark, source: "sym", run: this.run }, s.text);
        else if (s.text) this.text(s.text);
        return;
      }
      case "w:fldChar": {
        const type = this.val(a, "fldCharType");
        if (type === "begin") {
          this.field = { checkbox: false, checked: undefined, dflt: false, run: this.run };
          this.fieldPhase = "instr";
        } else if (type === "separate") this.fieldPhase = "result";
        else if (type === "end") {
          const f = this.field;
          if (f?.checkbox) {
            const checked = f.checked ?? f.dflt;
            this.field = undefined;
            this.addPiece(
              { kind: "mark", checked, source: "formcheckbox", run: f.run },
              checked ? TICKED : UNTICKED,
            );
          }
          this.field = undefined;
          this.fieldPhase = undefined;
        }
        return;
      }
      case "w:checkBox":
        if (this.field && !selfClosing) {
          this.field.checkbox = true;
          this.inFfCheckBox = true;
        } else if (this.field) this.field.checkbox = true;
        return;
      case "w:default":
        if (this.field && this.inFfCheckBox) this.field.dflt = this.val(a) !== "0";
        return;
      case "w:checked":
        if (this.field && this.inFfCheckBox) {
          const v = this.val(a);
          this.field.checked = v === undefined || (v !== "0" && v !== "false");
        }
        return;
      case "w:sdt":
        this.sdtCount += 1;
        this.sdts.push({
          ordinal: this.sdtCount - 1,
          tag: "",
          checkbox: false,
          checked: false,
          placeholder: false,
          inPr: false,
        });
        return;
      case "w:sdtPr": {
        const s = this.sdts[this.sdts.length - 1];
        if (s && !selfClosing) s.inPr = true;
        return;
      }
      case "w:tag": {
        const s = this.sdts[this.sdts.length - 1];
        if (s?.inPr) s.tag = this.val(a) ?? "";
        return;
      }
      case "w:showingPlcHdr": {
        const s = this.sdts[this.sdts.length - 1];
        const v = this.val(a);
        if (s?.inPr) s.placeholder = v === undefined || (v !== "0" && v !== "false");
        return;
      }
      case "w14:checkbox": {
        const s = this.sdts[this.sdts.length - 1];
        if (s?.inPr) s.checkbox = true;
        return;
      }
      case "w14:checked": {
        const s = this.sdts[this.sdts.length - 1];
        const v = this.val(a);
        if (s?.inPr) s.checked = v === undefined || (v !== "0" && v !== "false");
        return;
      }
      case "w:tbl": {
        const table: Table = { index: this.tableCount++, rows: [] };
        this.tables.push({ table });
        if (this.tables.length === 1) this.blocks.push({ kind: "table", table });
        return;
      }
      case "w:tr": {
        const t = this.tables[this.tables.length - 1];
        if (t && this.tables.length === 1) {
          t.row = { cells: [] };
          t.table.rows.push(t.row);
        }
        return;
      }
      case "w:tc": {
        const t = this.tables[this.tables.length - 1];
        if (t?.row && this.tables.length === 1) {
          t.cell = { paras: [], text: "", span: 1, merged: false };
          t.row.cells.push(t.cell);
        }
        return;
      }
      case "w:gridSpan": {
        const cell = this.tables[0]?.cell;
        if (cell && this.tables.length === 1) cell.span = Math.max(1, Number(this.val(a)) || 1);
        return;
      }
      case "w:vMerge": {
        const cell = this.tables[0]?.cell;
        const v = this.val(a);
        if (cell && this.tables.length === 1) cell.merged = v === undefined || v === "continue";
        return;
      }
      default:
        return;
    }
  }

  close(n: string, selfClosing: boolean): void {
    // A skipped element closing itself never entered the skip; an empty paragraph closed on opening.
    if (selfClosing && (this.skipDepth > 0 || n === "w:p")) return;
    if (this.skipDepth > 0) {
      this.skipDepth -= 1;
      return;
    }
    switch (n) {
      case "w:p":
        this.closePara();
        return;
      case "w:pPr":
        this.inPPr = false;
        return;
      case "w:t":
        this.inText = false;
        return;
      case "w:checkBox":
        this.inFfCheckBox = false;
        return;
      case "w:sdtPr": {
        const s = this.sdts[this.sdts.length - 1];
        if (s) s.inPr = false;
        return;
      }
      case "w:sdt": {
        const s = this.sdts.pop();
        if (!s) return;
        if (s.checkbox && this.para) {
          // The control shows a glyph of its own choosing; its state is what counts.
          const mark = s.checked ? TICKED : UNTICKED;
          this.para.pieces.push({
            kind: "mark",
            checked: s.checked,
            source: "checkbox-control",
            run: this.run,
            sdt: s.ordinal,
          });
          this.para.text += mark;
        }
        return;
      }
      case "w:tbl": {
        this.tables.pop();
        return;
      }
      case "w:tc": {
        const t = this.tables[this.tables.length - 1];
        if (t?.cell && this.tables.length === 1) {
          t.cell.text = cellText(t.cell.paras);
          delete t.cell;
        }
        return;
      }
      default:
        return;
    }
  }

  private closePara(): void {
    const p = this.para;
    if (!p) return;
    const level =
      this.levelOf(p.style) ?? (p.outline !== undefined && p.outline <= 9 ? p.outline : undefined);
    delete p.outline;
    if (level !== undefined) p.level = level;
    if (!this.upright && NOT_BLANK.test(p.text)) p.italic = true;
    const t = this.tables[0];
    if (t?.cell) t.cell.paras.push(p);
    else if (t) {
      // A paragraph in a nested table: its text belongs to the outer cell.
      t.row?.cells[t.row.cells.length - 1]?.paras.push(p);
    } else this.blocks.push({ kind: "para", para: p });
    this.para = this.paraStack.pop();
  }

  /** Heading levels by style id: a document uses a handful of styles on hundreds of paragraphs. */
  private readonly levels = new Map<string, number | undefined>();

  private levelOf(style: string | undefined): number | undefined {
    if (!style) return undefined;
    if (this.levels.has(style)) return this.levels.get(style);
    const level = headingLevel(style);
    this.levels.set(style, level);
    return level;
  }

  interest(n: string): Interest {
    return WANTS_ATTRS.has(n) ? "attributes" : READS.has(n) ? "element" : "none";
  }

  wantsText(): boolean {
    return this.inText && this.skipDepth === 0;
  }

  chars(t: string): void {
    this.text(t);
  }

  declare(a: Map<string, string>): void {
    this.names.clear();
    for (const [k, v] of a) {
      if (k === "xmlns") this.prefixes.set("", v);
      else if (k.startsWith("xmlns:")) this.prefixes.set(k.slice(6), v);
    }
  }
}

/** The structure of a document's body (word/document.xml as bytes or text). */
export function readStructure(xml: Uint8Array | string): DocStructure {
  const reader = new Reader();
  scanStructure(xml, reader);
  return { blocks: reader.blocks };
}
