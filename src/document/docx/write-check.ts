import { XMLSerializer, type Element, type Node } from "@xmldom/xmldom";
import { DocumentError } from "../errors";
import type { ControlInfo } from "../port";
import { forbiddenByte } from "../xml-chars";
import { findMainParts } from "./main-part";
import { scanControls } from "./scan";
import { findSdts, type Sdt } from "./sdt";
import { NS, bytesOf, parseXml } from "./xml";
import { listEntries, readParts } from "./zip";

/**
 * A write touches a few controls of a document that may hold 20,000 paragraphs. Reading the whole
 * document again after every write froze the browser edition for seconds; instead, only the
 * controls a write changed are read again and re-parsed (ADR 0020).
 */

/** The top-level control (depth 0) that holds each changed control, as indexes into `list`. */
function rootsOf(list: readonly Sdt[], changed: ReadonlySet<Element>): number[] {
  const roots = new Set<number>();
  let root = -1;
  list.forEach((s, i) => {
    if (s.info.depth === 0) root = i;
    if (changed.has(s.el) && root >= 0) roots.add(root);
  });
  return [...roots].sort((a, b) => a - b);
}

/** How many entries from `at` belong to the control there: itself and the controls inside it. */
function extent(list: readonly Sdt[], at: number): number {
  let n = 1;
  while ((list[at + n]?.info.depth ?? 0) > 0) n += 1;
  return n;
}

/** The outermost changed controls, copied so that a write which fails its check can be undone. */
export function keepCopies(
  list: readonly Sdt[],
  changed: ReadonlySet<Element>,
): { el: Element; copy: Node }[] {
  return rootsOf(list, changed).map((i) => {
    const el = (list[i] as Sdt).el;
    return { el, copy: el.cloneNode(true) };
  });
}

/** Puts the copies back: the document is as it was before the write. */
export function restoreCopies(copies: readonly { el: Element; copy: Node }[]): void {
  for (const { el, copy } of copies) el.parentNode?.replaceChild(copy, el);
}

/**
 * Re-parses what a write produced: the changed top-level controls are serialized on their own (in
 * one wrapper, so that a batch of fields costs one parse), must hold no character XML forbids, must
 * parse, and must read back as the same controls. Returns the new list of controls, the changed
 * ones read again, the rest as they were; throws a DocumentError ("write-check") otherwise.
 */
export function checkAndRefresh(
  list: readonly Sdt[],
  changed: ReadonlySet<Element>,
  part: string,
): Sdt[] {
  const roots = rootsOf(list, changed);
  const serializer = new XMLSerializer();
  const els = roots.map((at) => (list[at] as Sdt).el);
  const reads = els.map((el) => findSdts(el, part));
  const bytes = bytesOf(
    `<geschreven>${els.map((el) => serializer.serializeToString(el)).join("")}</geschreven>`,
  );
  const bad = forbiddenByte(bytes);
  if (bad !== undefined)
    throw new DocumentError(
      "write-check",
      `(${part}: het teken U+${bad.toString(16).toUpperCase().padStart(4, "0")})`,
    );
  let reparsed: Sdt[];
  try {
    reparsed = findSdts(parseXml(bytes, part).documentElement as Element, part);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new DocumentError("write-check", `(${why})`);
  }
  // Alone, a control has no parent to give it its level; everything else must be equal.
  const shape = (a: Sdt[]) => JSON.stringify(a.map((s) => ({ ...s.info, level: "" })));
  if (shape(reads.flat()) !== shape(reparsed))
    throw new DocumentError("write-check", `(${part}: een veld leest anders terug)`);
  const out = [...list];
  for (let i = roots.length - 1; i >= 0; i--) {
    const at = roots[i] as number;
    out.splice(at, extent(list, at), ...(reads[i] as Sdt[]));
  }
  return out;
}

/**
 * Reads back what a save produced: the package opens, each part it changed holds no character XML
 * forbids and parses, and the main document's controls read. Any failure is a DocumentError.
 * With `controls` (every change already re-parsed where it was made), the main document is not
 * parsed whole: its controls, read by the fast reader, must be exactly those; if they are not,
 * the full parse decides.
 */
export function verifyWritten(
  bytes: Uint8Array,
  changed: ReadonlySet<string>,
  controls?: readonly ControlInfo[],
): void {
  try {
    const entries = listEntries(bytes);
    const main = findMainParts(bytes, entries);
    const parts = readParts(bytes, changed, entries);
    for (const [name, data] of Object.entries(parts)) {
      const bad = forbiddenByte(data);
      if (bad !== undefined)
        throw new DocumentError(
          "write-check",
          `(${name}: het teken U+${bad.toString(16).toUpperCase().padStart(4, "0")})`,
        );
      if (name === main.document && controls) {
        const read = scanControls(data, name);
        if (JSON.stringify(read) === JSON.stringify(controls)) continue;
      }
      const doc = parseXml(data, name);
      if (name === main.document) {
        if (doc.documentElement?.namespaceURI !== NS.w) throw new DocumentError("no-document");
        scanControls(data, name);
      }
    }
  } catch (error) {
    if (error instanceof DocumentError && error.problem === "write-check") throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new DocumentError("write-check", `(${why})`);
  }
}
