import type { Document, Element, Node } from "@xmldom/xmldom";
import type { Block, Field, Section, Template } from "../../model";
import type { Recognition } from "../recognize/types";
import { Ids, ROOT_NS, blockXml, fieldListXml, headingXml } from "./build-template";
import { NS, child, elementChildren, parseXml } from "./xml";

/**
 * "Add the missing fields at the end of their section" (issue 8.3): the fields the template has and
 * the school's document has no place for get the lines our own template gives them (label and
 * control, or the whole table when none of its fields has a place), at the end of their section:
 * before the heading of the next section the document has. A section the document lacks altogether
 * comes with its heading. Everything is drawn from the template, as data; nothing already in the
 * document moves or changes. Works on word/document.xml as a DOM, so the .docx side and Word (which
 * binds through the body's OOXML, ADR 0018) share it.
 */

/** What a section gets: the blocks (whole, or some of their fields) and whether its heading too. */
type Addition = { section: Section; heading: boolean; parts: Part[] };
type Part = { block: Extract<Block, { kind: "table" }> } | { fields: Field[] };

/** The missing fields of each section, in template order, as the template would write them. */
function additions(template: Template, recognition: Recognition, missing: Set<string>): Addition[] {
  const out: Addition[] = [];
  template.sections.forEach((section, i) => {
    const parts: Part[] = [];
    for (const block of section.blocks) {
      if (block.kind === "paragraph") continue;
      const fields = block.fields.filter((f) => missing.has(f.id));
      if (fields.length === 0) continue;
      if (block.kind === "table" && fields.length === block.fields.length) parts.push({ block });
      else parts.push({ fields });
    }
    if (parts.length > 0)
      out.push({ section, heading: recognition.headings?.[i] === undefined, parts });
  });
  return out;
}

/** The body-level element holding a paragraph (a heading may stand in a control or a table). */
function bodyLevel(node: Node, body: Element): Node {
  let at = node;
  while (at.parentNode && at.parentNode !== body) at = at.parentNode;
  return at;
}

/** The highest control id in the document, so that the new ones are unique. */
function highestId(doc: Document): number {
  let max = 9000;
  const ids = doc.getElementsByTagNameNS(NS.w, "id");
  for (let i = 0; i < ids.length; i++) {
    const v = Number((ids.item(i) as Element).getAttributeNS(NS.w, "val"));
    if (Number.isInteger(v) && v > max && v < 2 ** 31 - 1000) max = v;
  }
  return max;
}

/**
 * Prepares adding the missing fields to a document: where each section ends is taken now, from the
 * paragraphs as recognition counted them; `add` (called after bind has put its controls in, which
 * may add paragraphs) inserts the lines and returns the fields added. `only` limits it to some fields.
 */
export function prepareMissing(
  doc: Document,
  recognition: Recognition,
  only?: readonly string[],
): { fields: string[]; add(): string[] } {
  const template = recognition.template;
  const missing = new Set(
    recognition.unplaced.filter((id) => only === undefined || only.includes(id)),
  );
  const plan = additions(template, recognition, missing);
  const fields = plan.flatMap((a) =>
    a.parts.flatMap((p) => ("block" in p ? p.block.fields : p.fields).map((f) => f.id)),
  );
  const body = child(doc.documentElement as Element, NS.w, "body");
  const paragraphs = doc.getElementsByTagNameNS(NS.w, "p");
  const headingAt = (recognition.headings ?? []).map((p) =>
    p === undefined ? undefined : (paragraphs.item(p) ?? undefined),
  );
  // The end of each section: the heading of the next section the document has, or the body's end.
  const anchors = template.sections.map((_, i) => headingAt.slice(i + 1).find((h) => h));
  return {
    fields,
    add(): string[] {
      if (!body || plan.length === 0) return [];
      const ids = new Ids(highestId(doc) + 1);
      const end = elementChildren(body).find((c) => c.localName === "sectPr") ?? null;
      for (const a of plan) {
        let xml = a.heading ? headingXml(a.section) : "";
        for (const part of a.parts)
          xml +=
            "block" in part
              ? blockXml(template, ids, part.block)
              : fieldListXml(template, ids, part.fields);
        const heading = anchors[template.sections.indexOf(a.section)];
        const at = heading ? bodyLevel(heading, body) : end;
        const parsed = parseXml(`<w:body ${ROOT_NS}>${xml}</w:body>`, "word/document.xml");
        for (const node of elementChildren(parsed.documentElement as Element))
          body.insertBefore(doc.importNode(node, true), at);
      }
      return fields;
    },
  };
}
