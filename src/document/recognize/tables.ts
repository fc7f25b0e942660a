import type { Field, FieldValue, Block as ModelBlock, Cell as ModelCell } from "../../model";
import * as contextModule from "./context";
import type { Context } from "./context";
import type { Cell, Piece, Row, Table } from "./structure";
import * as textModule from "./text";
import type { Spot } from "./types";
import { leadTail, withoutLead } from "./named-label";

// Module-level copies of what the loops below call: transpiled to CommonJS (tsx, jest), every use
// of an import is a getter call on the other module (ADR 0026).
const { countInText, markSpot, parasText, typed } = contextModule;
const { findLabel, isEmptyAnswer, isTypedMark, norm, optionAtStart, saysNo, saysYes } = textModule;

type ModelTable = Extract<ModelBlock, { kind: "table" }>;
type ModelRow = ModelTable["rows"][number];

const rowLabelMemo = new WeakMap<ModelRow, string[]>();

/** The labels a row of the model is known by, worked out once per row of a template. */
function rowLabels(ctx: Context, row: ModelRow): string[] {
  let v = rowLabelMemo.get(row);
  if (v === undefined) {
    v = labelsOfRow(ctx, row);
    rowLabelMemo.set(row, v);
  }
  return v;
}

/** The labels a row of the model is known by: its text cells, or the label of the tick it opens with. */
function labelsOfRow(ctx: Context, row: ModelRow): string[] {
  // A label the school completes with a name ("Anders, namelijk: …") may stand on several rows of
  // one table: such rows are placed by order, as rows without a label, not by that shared text.
  const named = (c: ModelCell) =>
    (c.also ?? []).some((id) => ctx.template.byId.get(id)?.field.kind === "text");
  const labels = row.cells
    .filter((c): c is { text: string } => "text" in c && !named(c))
    .map((c) => norm(c.text))
    .filter((l) => l !== "" && !/^\(?[\d.]+\)?$/.test(l));
  // A row that opens with a tick is known by the tick's label (the uitstroom categories).
  const first = row.cells[0];
  const opener = first && "field" in first ? ctx.template.byId.get(first.field)?.field : undefined;
  if (labels.length === 0 && opener?.kind === "tick") return ctx.labelsOf(opener);
  const main = row.cells
    .map((c) => ("field" in c ? ctx.template.byId.get(c.field)?.field : undefined))
    .find((f): f is Field => f !== undefined && f.kind === "choice");
  // Variants of a choice's label (LABEL_VARIANTS) name its row too.
  if (main && labels.length > 0)
    return [...labels, ...ctx.labelsOf(main).filter((l) => !labels.includes(l))];
  return labels;
}

/** Whether one of the labels stands somewhere in the text (a loop: no closure per row). */
function someIn(text: string, labels: readonly string[]): boolean {
  for (let i = 0; i < labels.length; i++) if (text.includes(labels[i] as string)) return true;
  return false;
}

/** How well a row of the document carries these labels: 2 a cell is the label, 1 it starts with it. */
function rowScore(ctx: Context, row: Row, labels: readonly string[]): number {
  // Every score needs the label inside some cell: one search of the whole row rules most rows out.
  const text = ctx.cache.row(row);
  if (!someIn(text, labels)) return 0;
  const present = labels.filter((l) => text.includes(l));
  let best = 0;
  for (const cell of row.cells) {
    const n = ctx.cache.head(cell);
    if (n === "") continue;
    for (const label of present) {
      if (n === label) best = Math.max(best, 2);
      else if (n.startsWith(label) && findLabel(n, label)?.[0] === 0) best = Math.max(best, 1.5);
      else if (label.length >= 12 && findLabel(n, label)) best = Math.max(best, 1);
    }
  }
  return best;
}

/** The cell of a row that covers a grid column. */
function cellAt(row: Row, column: number): { cell: Cell; index: number } | undefined {
  let at = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i] as Cell;
    if (column >= at && column < at + cell.span) return { cell, index: i };
    at += cell.span;
  }
  return undefined;
}

const width = (row: Row) => row.cells.reduce((n, c) => n + c.span, 0);

const columnMemo = new WeakMap<ModelTable, string[]>();

function columnLabels(model: ModelTable): string[] {
  let v = columnMemo.get(model);
  if (v === undefined) {
    v = model.columns.map(norm);
    columnMemo.set(model, v);
  }
  return v;
}

/** Which grid column of the document holds each column of the model, from the header row. */
function columnMap(
  ctx: Context,
  model: ModelTable,
  table: Table,
): { header: number; map: number[] } {
  const wanted = columnLabels(model);
  for (let r = 0; r < Math.min(3, table.rows.length); r++) {
    const row = table.rows[r] as Row;
    const map: (number | undefined)[] = wanted.map(() => undefined);
    let hits = 0;
    let at = 0;
    for (const cell of row.cells) {
      const n = ctx.cache.cell(cell);
      const i = wanted.findIndex(
        (w, k) =>
          w !== "" &&
          map[k] === undefined &&
          (n === w || (n.length > 3 && w.startsWith(n)) || n.startsWith(w)),
      );
      if (n !== "" && i >= 0) {
        map[i] = at;
        hits += 1;
      }
      at += cell.span;
    }
    const named = wanted.filter((w) => w !== "").length;
    if (hits > 0 && hits * 2 >= named) {
      // Columns without a header follow the one before them.
      const full = map.map((m, i) => m ?? (i === 0 ? 0 : -1));
      for (let i = 1; i < full.length; i++)
        if (full[i] === -1) full[i] = (full[i - 1] as number) + 1;
      return { header: r, map: full };
    }
  }
  return { header: -1, map: wanted.map((_, i) => i) };
}

type RowRead = {
  states: Map<string, Map<string, boolean>>;
  spots: Map<string, Spot[]>;
  remarks: Map<string, string>;
  texts: Map<string, string>;
  values: Map<string, FieldValue>;
};

/** Words in a cell: in an option's own column they stand for that option only. */
function wordsSpot(p: number, keys: readonly string[]): Spot {
  return keys.length === 1 ? { kind: "words", p, option: keys[0] as string } : { kind: "words", p };
}

/** Reads one cell of the model from one cell of the document. */
function readCell(
  ctx: Context,
  model: ModelCell,
  cell: Cell,
  read: RowRead,
  first: boolean,
  /** The last paragraph of the whole cell: where a field of it the school left no line for goes. */
  end?: Cell["paras"][number],
): void {
  if (!("field" in model)) return;
  const field = ctx.template.byId.get(model.field)?.field;
  if (!field) return;
  const para = cell.paras[0];
  const p = para?.p ?? -1;
  const spots = read.spots.get(field.id) ?? [];
  read.spots.set(field.id, spots);
  // The text a value was read from: every non-empty cell of the field in this row.
  const seen = read.texts.get(field.id);
  if (cell.text.trim() !== "")
    read.texts.set(field.id, seen ? `${seen} | ${cell.text.trim()}` : cell.text.trim());
  else if (seen === undefined) read.texts.set(field.id, "");
  const states = read.states.get(field.id) ?? new Map<string, boolean>();
  read.states.set(field.id, states);
  const marks: { piece: Extract<Piece, { kind: "mark" }>; p: number }[] = [];
  for (const pa of cell.paras)
    for (const piece of pa.pieces) if (piece.kind === "mark") marks.push({ piece, p: pa.p });

  if (field.kind === "choice") {
    const keys = model.options ?? field.options.map((o) => o.key);
    const options = field.options.filter((o) => keys.includes(o.key));
    if (marks.length > 0) {
      if (keys.length === 1) {
        const m = marks[0] as (typeof marks)[number];
        states.set(
          keys[0] as string,
          states.get(keys[0] as string) === true || marks.some((x) => x.piece.checked),
        );
        spots.push(markSpot(m.piece, m.p, keys[0]));
        return;
      }
      // "☒ Ja ☐ Nee": each tick belongs to the option named after it.
      for (const pa of cell.paras) {
        const pieces = pa.pieces;
        // A box overtyped with a mark ("X ja" above "☐ nee"): the option after the mark is ticked.
        if (!pieces.some((x) => x.kind === "mark")) overtyped(pa, options, states, spots);
        for (let i = 0; i < pieces.length; i++) {
          const piece = pieces[i];
          if (piece?.kind !== "mark") continue;
          let after = "";
          for (let j = i + 1; j < pieces.length && pieces[j]?.kind === "text"; j++)
            after += (pieces[j] as { text: string }).text;
          const named = optionAtStart(after, options);
          if (!named) continue;
          states.set(named.key, states.get(named.key) === true || piece.checked);
          spots.push(markSpot(piece, pa.p, named.key));
        }
      }
      return;
    }
    const text = cell.text.trim();
    if (isEmptyAnswer(text)) {
      if (keys.length === 1)
        spots.push({ kind: "mark", option: keys[0] as string, p, source: "empty" });
      else spots.push(wordsSpot(p, keys));
      return;
    }
    if (keys.length === 1 && (isTypedMark(text) || isTypedMark(text.split(/\s+/)[0] ?? ""))) {
      const key = keys[0] as string;
      states.set(key, true);
      const run = para?.pieces.find((x) => x.kind === "text" && x.text.trim() !== "")?.run;
      spots.push({
        kind: "mark",
        option: key,
        p,
        source: "typed",
        ...(run !== undefined ? { run } : {}),
      });
      const rest = text.replace(/^\S+\s*/, "").trim();
      if (rest) read.remarks.set(field.id, rest);
      return;
    }
    const named = optionAtStart(text, field.options);
    if (named) {
      states.set(named.key, true);
      spots.push(wordsSpot(p, keys));
      if (named.remark) read.remarks.set(field.id, named.remark);
      return;
    }
    if (saysNo(text)) {
      spots.push(wordsSpot(p, keys));
      return;
    }
    if (keys.length === 1) {
      // Any other words in an option's column say the school has it; the words are kept as a remark.
      states.set(keys[0] as string, true);
      spots.push(wordsSpot(p, keys));
      if (!saysYes(text)) read.remarks.set(field.id, text);
    }
    return;
  }

  if (field.kind === "tick") {
    if (marks.length > 0) {
      const m = marks[0] as (typeof marks)[number];
      states.set("", m.piece.checked);
      spots.push(markSpot(m.piece, m.p));
      return;
    }
    const text = cell.text.trim();
    const head = text.split(/\s+/)[0] ?? "";
    // A tick's own cell with a typed mark, or with "ja" typed in it.
    if (isTypedMark(head) || saysYes(text)) {
      states.set("", true);
      const run = para?.pieces.find((x) => x.kind === "text" && x.text.trim() !== "")?.run;
      spots.push({ kind: "mark", p, source: "typed", ...(run !== undefined ? { run } : {}) });
    } else spots.push({ kind: "mark", p, source: first ? "empty" : "empty" });
    return;
  }

  // A text, number or date in its own cell.
  const value = typed(field, parasText(cell.paras, field.hint));
  states.set("text", value !== null);
  // A name typed after its row's label stands in that line, behind the label; a count typed with
  // its unit ("148 leerlingen") is the number alone, the unit stays beside the field.
  const count =
    cell.paras.length === 1 && para && (field.kind === "number" || field.kind === "computed")
      ? countInText(para.text)
      : undefined;
  const tail =
    count && para ? { p: para.p, ...count } : cell.paras.length === 1 ? leadTail(para) : undefined;
  if (cell.paras.length === 0 && end) spots.push({ kind: "text", paras: [], after: end.p });
  else if (tail) spots.push({ kind: "text", paras: [], tail });
  else spots.push({ kind: "text", paras: answerParas(cell.paras).map((x) => x.p) });
  if (value !== null) read.values.set(field.id, value);
}

/**
 * The paragraphs an answer stands in: without the empty ones before and after it (Enter pressed
 * after typing), which are no part of it; all of them when none holds text.
 */
function answerParas(paras: Cell["paras"]): Cell["paras"] {
  const full = (pa: Cell["paras"][number]) => pa.text.trim() !== "";
  const first = paras.findIndex(full);
  if (first < 0) return paras;
  let last = paras.length - 1;
  while (!full(paras[last] as Cell["paras"][number])) last -= 1;
  return paras.slice(first, last + 1);
}

/** A line that opens with a typed mark and an option's word ticks that option ("X ja", "✓ nee"). */
function overtyped(
  pa: Cell["paras"][number],
  options: Parameters<typeof optionAtStart>[1],
  states: Map<string, boolean>,
  spots: Spot[],
): void {
  const text = pa.text.trim();
  const head = text.split(/\s/, 1)[0] ?? "";
  if (!isTypedMark(head)) return;
  const named = optionAtStart(text.slice(head.length), options);
  if (!named) return;
  states.set(named.key, true);
  const run = pa.pieces.find((x) => x.kind === "text" && x.text.trim() !== "")?.run;
  spots.push({
    kind: "mark",
    option: named.key,
    p: pa.p,
    source: "typed",
    ...(run !== undefined ? { run } : {}),
  });
}

/** A cell of the document made of some of another's paragraphs. */
function subCell(cell: Cell, paras: readonly Cell["paras"][number][]): Cell {
  return {
    paras: [...paras],
    text: paras.map((x) => x.text).join("\n"),
    span: cell.span,
    merged: false,
  };
}

/**
 * The parts of a document cell that holds several fields of the model (`also`): a tick by the
 * paragraph that carries its label; the other fields in the model's order, one paragraph each,
 * the last taking what remains (a remark of several lines under the hours).
 */
function splitCell(ctx: Context, model: ModelCell, cell: Cell): [ModelCell, Cell][] {
  if (!model.also) return [[model, cell]];
  const ids = [...("field" in model ? [model.field] : []), ...model.also];
  const fields = ids
    .map((id) => ctx.template.byId.get(id)?.field)
    .filter((f): f is Field => f !== undefined);
  let rest = cell.paras;
  // The fixed text of the cell stands in its own paragraphs, before the fields.
  if ("text" in model && model.text !== "") {
    const label = norm(model.text);
    rest = rest.filter((pa) => ctx.cache.para(pa) !== label);
    // Label and name typed in one line ("Anders, namelijk: Kanjertraining"): the name is what follows.
    const first = rest[0];
    if (first && fields.some((f) => f.kind === "text"))
      rest = [withoutLead(first, model.text), ...rest.slice(1)];
  }
  const out: [ModelCell, Cell][] = [];
  for (const field of fields.filter((f) => f.kind === "tick")) {
    const labels = ctx.labelsOf(field);
    const para = rest.find((pa) => {
      const n = ctx.cache.head(pa);
      return labels.some((l) => n === l || findLabel(n, l)?.[0] === 0);
    });
    if (!para) continue;
    rest = rest.filter((pa) => pa !== para);
    out.push([{ field: field.id }, subCell(cell, [para])]);
  }
  const others = fields.filter((f) => f.kind !== "tick");
  others.forEach((field, i) => {
    const last = i === others.length - 1;
    const paras = last ? rest : rest.slice(0, 1);
    rest = last ? [] : rest.slice(1);
    const own = "field" in model && model.field === field.id;
    const part: ModelCell =
      own && model.options ? { field: field.id, options: model.options } : { field: field.id };
    out.push([part, subCell(cell, paras)]);
  });
  return out;
}

/** Finds the model's table among the document's tables and reads its rows. */
export function matchTable(
  ctx: Context,
  model: ModelTable,
  range: readonly [number, number],
  section: string,
): void {
  const labelsByRow = model.rows.map((r) => rowLabels(ctx, r));
  let best: { table: Table; score: number } | undefined;
  ctx.blocks.forEach((block, i) => {
    if (block.kind !== "table" || ctx.usedTables.has(block.table.index)) return;
    let score = 0;
    const text = ctx.cache.table(block.table);
    for (const labels of labelsByRow)
      if (someIn(text, labels) && block.table.rows.some((r) => rowScore(ctx, r, labels) >= 1))
        score += 1;
    if (columnMap(ctx, model, block.table).header >= 0) score += 0.5;
    // A table inside the section's range is preferred over an equal one elsewhere.
    if (i >= range[0] && i < range[1]) score += 0.25;
    else score *= 0.5;
    if (score > 0.5 && (!best || score > best.score)) best = { table: block.table, score };
  });
  if (!best) return;
  const table = best.table;
  ctx.usedTables.add(table.index);
  const { header, map } = columnMap(ctx, model, table);
  const modelWidth = model.columns.length;

  // Rows with labels first, each to its best unused row of the document.
  const assigned: (number | undefined)[] = model.rows.map(() => undefined);
  const used = new Set<number>([header]);
  labelsByRow.forEach((labels, ri) => {
    if (labels.length === 0) return;
    let pick: { r: number; score: number } | undefined;
    table.rows.forEach((row, r) => {
      if (used.has(r)) return;
      const score = rowScore(ctx, row, labels);
      if (score >= 1 && (!pick || score > pick.score)) pick = { r, score };
    });
    if (pick) {
      assigned[ri] = pick.r;
      used.add(pick.r);
    }
  });
  // Rows without labels (free rows, "anders" rows) take the unused rows between their neighbours.
  for (let ri = 0; ri < model.rows.length; ri++) {
    if (assigned[ri] !== undefined || (labelsByRow[ri]?.length ?? 0) > 0) continue;
    let before = header;
    for (let k = ri - 1; k >= 0; k--)
      if (assigned[k] !== undefined) {
        before = assigned[k] as number;
        break;
      }
    let after = table.rows.length;
    for (let k = ri + 1; k < model.rows.length; k++)
      if (assigned[k] !== undefined && (labelsByRow[k]?.length ?? 0) > 0) {
        after = assigned[k] as number;
        break;
      }
    for (let r = before + 1; r < after; r++) {
      if (!used.has(r)) {
        assigned[ri] = r;
        used.add(r);
        break;
      }
    }
  }

  model.rows.forEach((mrow, ri) => {
    const r = assigned[ri];
    if (r === undefined) return;
    const row = table.rows[r] as Row;
    const sameWidth = width(row) === modelWidth;
    const read: RowRead = {
      states: new Map(),
      spots: new Map(),
      remarks: new Map(),
      texts: new Map(),
      values: new Map(),
    };
    const seenCells = new Set<number>();
    mrow.cells.forEach((mcell, ci) => {
      const column = sameWidth ? ci : (map[ci] ?? ci);
      const at = cellAt(row, column);
      if (!at || at.cell.merged) return;
      // A cell spanning several columns of the model holds one answer, read once.
      if (seenCells.has(at.index) && !("field" in mcell && mcell.options?.length === 1)) return;
      seenCells.add(at.index);
      for (const [part, cell] of splitCell(ctx, mcell, at.cell))
        readCell(ctx, part, cell, read, ci === 0, at.cell.paras.at(-1));
    });
    for (const [id, spots] of read.spots) {
      const field = ctx.template.byId.get(id)?.field;
      if (!field) continue;
      const states = read.states.get(id) ?? new Map<string, boolean>();
      const text = read.texts.get(id) ?? "";
      const remark = read.remarks.get(id);
      let value: FieldValue | null;
      if (field.kind === "choice") {
        const keys = field.options.map((o) => o.key).filter((k) => states.get(k) === true);
        value = keys.length === 0 ? null : keys.length === 1 ? (keys[0] as string) : keys;
      } else if (field.kind === "tick") value = states.get("") === true ? true : null;
      else value = read.values.get(id) ?? null;
      ctx.record(
        id,
        value,
        {
          section,
          table: table.index,
          row: r,
          text: text.trim(),
          ...(remark ? { remark } : {}),
        },
        spots,
      );
    }
  });
}
