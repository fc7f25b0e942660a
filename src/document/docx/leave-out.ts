import type { Element } from "@xmldom/xmldom";
import { partName, utf8Xml } from "./main-part";
import { NS, elementChildren, parseXml, serializeXml } from "./xml";

/**
 * Leaving a damaged part out of a save (a picture whose bytes fail their checksum) is not enough:
 * a relationship that points to a missing part, or a picture that names a missing relationship,
 * makes Word call the file damaged. So the relationships to it go, the pictures and references that
 * used them go, and so does its content type override and its own relationships part.
 */

const CONTENT_TYPES = "[Content_Types].xml";
const RELS = /^(.*?)_rels\/([^/]*)\.rels$/;
/** Where a picture sits in the text: the whole drawing goes, not only its reference. */
const HOLDERS = new Set(["drawing", "pict", "object"]);

/** "word/document.xml" → "word/_rels/document.xml.rels". */
function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a relationships part belongs to ("" for the package's own _rels/.rels). */
function sourceOf(rels: string): string | undefined {
  const m = RELS.exec(rels);
  return m ? `${m[1] ?? ""}${m[2] ?? ""}` : undefined;
}

function target(source: string, value: string): string {
  if (value.startsWith("/")) return partName(value);
  return partName(source.slice(0, source.lastIndexOf("/") + 1) + value);
}

const parse = (all: Map<string, Uint8Array>, name: string) =>
  parseXml(utf8Xml(all.get(name) as Uint8Array), name);

/**
 * Removes from `all` (part name → bytes, as they will be saved) what refers to the parts in
 * `dropped`, which are no longer in it. Returns the names of the parts it changed.
 */
export function leaveOut(all: Map<string, Uint8Array>, dropped: readonly string[]): string[] {
  const gone = new Set(dropped.map((d) => d.toLowerCase()));
  const changed = new Set<string>();
  for (const d of dropped) {
    const own = [...all.keys()].find((n) => n.toLowerCase() === relsOf(d).toLowerCase());
    if (own) all.delete(own);
  }
  /** Per source part, the ids of the relationships removed from it. */
  const removed = new Map<string, Set<string>>();
  for (const name of [...all.keys()]) {
    const source = sourceOf(name);
    if (source === undefined) continue;
    const doc = parse(all, name);
    const root = doc.documentElement as Element;
    const ids = new Set<string>();
    for (const rel of elementChildren(root)) {
      if (rel.getAttribute("TargetMode") === "External") continue;
      if (!gone.has(target(source, rel.getAttribute("Target") ?? "").toLowerCase())) continue;
      ids.add(rel.getAttribute("Id") ?? "");
      root.removeChild(rel);
    }
    if (ids.size === 0) continue;
    all.set(name, serializeXml(doc));
    changed.add(name);
    removed.set(source, ids);
  }
  for (const [source, ids] of removed) {
    const name = [...all.keys()].find((n) => n.toLowerCase() === source.toLowerCase());
    if (name && dropReferences(all, name, ids)) changed.add(name);
  }
  if (all.has(CONTENT_TYPES)) {
    const doc = parse(all, CONTENT_TYPES);
    const root = doc.documentElement as Element;
    const overrides = elementChildren(root).filter((o) =>
      gone.has(partName(o.getAttribute("PartName") ?? "").toLowerCase()),
    );
    for (const o of overrides) root.removeChild(o);
    if (overrides.length > 0) {
      all.set(CONTENT_TYPES, serializeXml(doc));
      changed.add(CONTENT_TYPES);
    }
  }
  return [...changed];
}

/** Removes the pictures (or else the elements) of `name` that use one of these relationships. */
function dropReferences(all: Map<string, Uint8Array>, name: string, ids: Set<string>): boolean {
  const doc = parse(all, name);
  const users: Element[] = [];
  const stack: Element[] = [doc.documentElement as Element];
  while (stack.length > 0) {
    const el = stack.pop() as Element;
    const attrs = el.attributes;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs.item(i);
      if (a?.namespaceURI === NS.r && ids.has(a.value)) {
        users.push(el);
        break;
      }
    }
    stack.push(...elementChildren(el));
  }
  for (const user of users) {
    // The nearest picture holder: one further out may be a text box with text of its own.
    let gone: Element = user;
    for (let up = user.parentNode as Element | null; up && up.nodeType === 1;) {
      if (up.namespaceURI === NS.w && HOLDERS.has(up.localName ?? "")) {
        gone = up;
        break;
      }
      up = up.parentNode as Element | null;
    }
    // Already removed with a picture around it: nothing more to do.
    if (gone.ownerDocument === doc && isAttached(gone, doc.documentElement as Element))
      gone.parentNode?.removeChild(gone);
  }
  if (users.length === 0) return false;
  all.set(name, serializeXml(doc));
  return true;
}

function isAttached(el: Element, root: Element): boolean {
  for (let n: Element | null = el; n; n = n.parentNode as Element | null)
    if (n === root) return true;
  return false;
}
