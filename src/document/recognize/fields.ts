import type { Field, FieldValue } from "../../model";
import * as contextModule from "./context";
import type { Context } from "./context";
import type { Cell, Para } from "./structure";
import * as textModule from "./text";
import type { Provenance, Spot } from "./types";

// Module-level copies of what the loops below call: transpiled to CommonJS (tsx, jest), every use
// of an import is a getter call on the other module (ADR 0026).
const { looseNorm, markSpot, parasText, pieceStarts, typed } = contextModule;
const { findLabel, isEmptyAnswer, isTypedMark, optionAtStart } = textModule;

/** A place a label may stand: a paragraph, or a table cell (whose neighbour may hold the answer). */
type Line = {
  para: Para;
  /** Index of the block (for the paragraphs that follow). */
  block: number;
  next?: Cell;
  table?: number;
  row?: number;
  heading: boolean;
};

/** The lines of a range, with their folded texts joined in one string to search all at once. */
type Lines = { list: Line[]; joined: string; starts: number[] };

/** The lines gathered per reading, by range: a section's blocks of fields share them. */
const gathered = new WeakMap<Context, Map<string, Lines>>();

function linesIn(ctx: Context, range: readonly [number, number]): Lines {
  let known = gathered.get(ctx);
  if (!known) gathered.set(ctx, (known = new Map()));
  // The tables read so far only grow: their count tells a range's lines apart over time.
  const key = `${range[0]}:${range[1]}:${ctx.usedTables.size}`;
  const cached = known.get(key);
  if (cached) return cached;
  const list: Line[] = [];
  for (let b = range[0]; b < range[1]; b++) {
    const block = ctx.blocks[b];
    if (!block) continue;
    if (block.kind === "para") {
      list.push({ para: block.para, block: b, heading: block.para.level !== undefined });
      continue;
    }
    if (ctx.usedTables.has(block.table.index)) continue;
    block.table.rows.forEach((row, r) => {
      row.cells.forEach((cell, c) => {
        const next = row.cells[c + 1];
        for (const para of cell.paras)
          list.push({
            para,
            block: b,
            table: block.table.index,
            row: r,
            heading: false,
            ...(next ? { next } : {}),
          });
      });
    });
  }
  const starts: number[] = [];
  let at = 0;
  const texts = list.map((line) => {
    const text = ctx.cache.loosen(line.para).text;
    starts.push(at);
    at += text.length + 1;
    return text;
  });
  const lines = { list, joined: texts.join(SEPARATOR), starts };
  known.set(key, lines);
  return lines;
}

/** Between the lines of `joined`: no label holds it, so a label is found within one line. */
const SEPARATOR = "\u0001";

/** The line of `joined` a position falls in. */
function lineAt(lines: Lines, position: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lines.starts[mid] as number) <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type Hit = { line: Line; start: number; end: number; rank: number };

/** Lines where one of the labels stands, best first: at the start of the line, not a heading. */
function hits(ctx: Context, lines: Lines, labels: readonly string[]): Hit[] {
  // Only lines holding some label somewhere are read: one search of all lines per label finds them.
  const candidates = new Set<number>();
  for (const label of labels) {
    if (label === "") continue;
    for (let at = lines.joined.indexOf(label); at >= 0; at = lines.joined.indexOf(label, at + 1))
      candidates.add(lineAt(lines, at));
  }
  const out: Hit[] = [];
  for (const index of [...candidates].sort((a, b) => a - b)) {
    const line = lines.list[index] as Line;
    const loose = ctx.cache.loosen(line.para);
    for (const label of labels) {
      const at = findLabel(loose.text, label);
      if (!at) continue;
      // Before the label only a tick, a typed mark or numbering may stand for it to count as "at the start".
      const before = loose.text.slice(0, at[0]).replace(/[☒☐\s]/g, "");
      const atStart = before === "" || isTypedMark(before) || /^[\d.)a-h]{1,4}$/.test(before);
      const rank = (atStart ? 0 : 2) + (line.heading ? 1 : 0);
      out.push({
        line,
        start: loose.at[at[0]] as number,
        end: loose.at[at[1]] ?? line.para.text.length,
        rank,
      });
      break;
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}

function provenance(section: string, line: Line, remark?: string): Provenance {
  return {
    section,
    ...(line.table !== undefined ? { table: line.table, row: line.row as number } : {}),
    text: line.para.text.trim(),
    ...(remark ? { remark } : {}),
  };
}

/** The text after a label on its line, up to the label of another field of the block. */
function tail(hit: Hit, others: readonly string[]): { text: string; from: number; to: number } {
  const text = hit.line.para.text;
  let from = hit.end;
  while (from < text.length && /[\s:=\-–,;]/.test(text[from] as string)) from += 1;
  let to = text.length;
  const loose = looseNorm(text.slice(from));
  for (const other of others) {
    const at = findLabel(loose.text, other);
    if (at && at[0] > 0) to = Math.min(to, from + (loose.at[at[0]] as number));
  }
  return { text: text.slice(from, to).trim(), from, to };
}

/** Paragraphs after a label, up to the next heading, table or label. */
function following(ctx: Context, lines: Lines, hit: Hit, hint?: string): Para[] {
  const out: Para[] = [];
  if (hit.line.table !== undefined) {
    if (hit.line.next) out.push(...hit.line.next.paras);
    return out;
  }
  const index = lines.list.indexOf(hit.line);
  for (let i = index + 1; i < lines.list.length; i++) {
    const line = lines.list[i] as Line;
    if (line.heading || line.table !== undefined) break;
    if (ctx.startsWithLabel(line.para)) break;
    if (ctx.usedText.has(line.para.p)) break;
    // Our own templates mark the model's fixed texts and labels by style, also after a re-save.
    if (/modeltekst|veldlabel/i.test(line.para.style ?? "")) break;
    // So do the models themselves: their instructions and fixed texts are set in italics.
    if (line.para.italic) break;
    const t = line.para.text;
    if (isEmptyAnswer(t, hint) && t.trim() !== "") {
      // A hint or placeholder is the empty answer's place, and nothing after it is the answer.
      if (out.length === 0) out.push(line.para);
      break;
    }
    out.push(line.para);
  }
  while (out.length > 1 && (out[out.length - 1] as Para).text.trim() === "") out.pop();
  return out;
}

function readText(
  ctx: Context,
  field: Field,
  lines: Lines,
  found: readonly Hit[],
  others: readonly string[],
  section: string,
): void {
  const block = field.kind === "richText" || (field.kind === "text" && field.multiline === true);
  const open = found.filter((h) => !ctx.usedText.has(h.line.para.p) || h.line.heading);
  if (field.kind === "text" && field.labelAfter) {
    readHead(ctx, field, open, section);
    return;
  }
  // Only the best-placed lines compete: a label at the start of a line beats one inside a sentence.
  const candidates = open.filter((h) => h.rank === open[0]?.rank);
  // A line with an answer after the label beats one without ("☒ te weten" then "te weten: KIJK!").
  const withTail = candidates.find(
    (h) => tail(h, others).text !== "" && !isEmptyAnswer(tail(h, others).text, field.hint),
  );
  const hit = withTail ?? candidates[0];
  if (!hit) return;
  const t = tail(hit, others);
  if (t.text !== "" && !isEmptyAnswer(t.text, field.hint)) {
    let text = t.text;
    const paras: number[] = [];
    if (block && t.to === hit.line.para.text.length) {
      const more = following(ctx, lines, hit, field.hint);
      if (more.length > 0) text = [text, parasText(more, field.hint)].filter(Boolean).join("\n");
      paras.push(...more.map((p) => p.p));
    }
    ctx.usedText.add(hit.line.para.p);
    for (const p of paras) ctx.usedText.add(p);
    const spot: Spot = {
      kind: "text",
      paras,
      tail: { p: hit.line.para.p, from: t.from, to: t.to },
    };
    ctx.record(field.id, typed(field, text), provenance(section, hit.line), [spot]);
    return;
  }
  const more = block || hit.line.table !== undefined ? following(ctx, lines, hit, field.hint) : [];
  const value = more.length > 0 ? typed(field, parasText(more, field.hint)) : null;
  for (const p of more) ctx.usedText.add(p.p);
  const spot: Spot =
    more.length > 0
      ? { kind: "text", paras: more.map((p) => p.p) }
      : { kind: "text", paras: [], tail: { p: hit.line.para.p, from: t.from, to: t.to } };
  ctx.record(field.id, value, provenance(section, hit.line), [spot]);
}

/** A text the model puts before its label ("<school> is aangesloten bij …"): the words before it. */
function readHead(ctx: Context, field: Field, found: readonly Hit[], section: string): void {
  const pick = (h: Hit) => {
    const text = h.line.para.text;
    let from = 0;
    while (from < h.start && /\s/.test(text[from] as string)) from += 1;
    let to = h.start;
    while (to > from && /[\s:=\-–,;]/.test(text[to - 1] as string)) to -= 1;
    return { text: text.slice(from, to), from, to };
  };
  const withHead = found.find(
    (h) => !h.line.heading && pick(h).text !== "" && !isEmptyAnswer(pick(h).text, field.hint),
  );
  const hit = withHead ?? found.find((h) => !h.line.heading);
  if (!hit) return;
  const head = pick(hit);
  const value = withHead ? typed(field, head.text) : null;
  ctx.usedText.add(hit.line.para.p);
  ctx.record(field.id, value, provenance(section, hit.line), [
    { kind: "text", paras: [], tail: { p: hit.line.para.p, from: head.from, to: head.to } },
  ]);
}

function readTick(ctx: Context, field: Field, found: readonly Hit[], section: string): void {
  for (const hit of found) {
    const para = hit.line.para;
    const starts = pieceStarts(para);
    // The tick that stands nearest before the label (or right after it, as some forms put it).
    let mark: { i: number; d: number } | undefined;
    para.pieces.forEach((piece, i) => {
      if (piece.kind !== "mark") return;
      const at = starts[i] as number;
      const d = at < hit.start ? hit.start - at : at >= hit.end ? at - hit.end + 0.5 : Infinity;
      if (d <= 3 && (!mark || d < mark.d)) mark = { i, d };
    });
    if (mark) {
      const piece = para.pieces[mark.i] as Extract<Para["pieces"][number], { kind: "mark" }>;
      ctx.record(field.id, piece.checked ? true : null, provenance(section, hit.line), [
        markSpot(piece, para.p),
      ]);
      return;
    }
    const before = para.text.slice(0, hit.start).trim();
    if (isTypedMark(before)) {
      const run = para.pieces.find((x) => x.kind === "text" && x.text.trim() !== "")?.run;
      ctx.record(field.id, true, provenance(section, hit.line), [
        { kind: "mark", p: para.p, source: "typed", ...(run !== undefined ? { run } : {}) },
      ]);
      return;
    }
  }
  const first = found[0];
  if (first)
    ctx.record(field.id, null, provenance(section, first.line), [
      { kind: "mark", p: first.line.para.p, source: "empty" },
    ]);
}

function readChoice(
  ctx: Context,
  field: Extract<Field, { kind: "choice" }>,
  found: readonly Hit[],
  others: readonly string[],
  section: string,
): void {
  const hit = found[0];
  if (!hit) return;
  const para = hit.line.para;
  const starts = pieceStarts(para);
  const chosen = new Set<string>();
  const spots: Spot[] = [];
  para.pieces.forEach((piece, i) => {
    if (piece.kind !== "mark" || (starts[i] as number) < hit.end) return;
    let after = "";
    for (let j = i + 1; j < para.pieces.length && para.pieces[j]?.kind === "text"; j++)
      after += (para.pieces[j] as { text: string }).text;
    const named = optionAtStart(after, field.options);
    if (!named) return;
    if (piece.checked) chosen.add(named.key);
    spots.push(markSpot(piece, para.p, named.key));
  });
  let remark: string | undefined;
  if (spots.length === 0) {
    const t = tail(hit, others);
    const text = t.text || (hit.line.next?.text ?? "");
    const named = optionAtStart(text, field.options);
    if (named) {
      chosen.add(named.key);
      remark = named.remark || undefined;
    }
    spots.push({ kind: "words", p: para.p, end: true });
  }
  const keys = field.options.map((o) => o.key).filter((k) => chosen.has(k));
  const value: FieldValue | null =
    keys.length === 0 ? null : keys.length === 1 ? (keys[0] as string) : keys;
  ctx.record(field.id, value, provenance(section, hit.line, remark), spots);
}

/** Reads the fields of a "label: value" block from the lines of its section. */
export function matchFields(
  ctx: Context,
  fields: readonly Field[],
  range: readonly [number, number],
  section: string,
): void {
  const lines = linesIn(ctx, range);
  const labelsOf = new Map(fields.map((f) => [f.id, ctx.labelsOf(f)] as const));
  for (const field of fields) {
    const labels = labelsOf.get(field.id) ?? [];
    const others = fields
      .filter((f) => f.id !== field.id && f.label !== field.label)
      .flatMap((f) => labelsOf.get(f.id) ?? []);
    const found = hits(ctx, lines, labels);
    if (found.length === 0) continue;
    if (field.kind === "tick") readTick(ctx, field, found, section);
    else if (field.kind === "choice") readChoice(ctx, field, found, others, section);
    else readText(ctx, field, lines, found, others, section);
  }
}
