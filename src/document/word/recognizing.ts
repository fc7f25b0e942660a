import type { Element } from "@xmldom/xmldom";
import { findTemplate, type Template, type TemplateId } from "../../model";
import { DocxPackage } from "../docx/package";
import { NS, child, parseXml, serializeXml } from "../docx/xml";
import { DocumentError } from "../errors";
import type { Detection, RecognizedSop } from "../port";
import { recognizeXml } from "../recognize";
import { stateFromControls } from "../state";
import type { WordHost } from "./api";
import { toBase64 } from "./base64";
import { queueControls } from "./controls";
import { FlatOpc } from "./flat-opc";
import { WordRefusal } from "./messages";
import { controlsFromOoxml } from "./ooxml-controls";
import { detection, queueProperties, templateOf } from "./properties";
import { tracking } from "./read";
import { LOCK_PATH, notAllowed, relock } from "./start";

/**
 * Recognition, bind and import for the document open in Word (ADR 0018). All three read the body's
 * OOXML (ADR 0013) and run the same recognizer, binder and import as the .docx side; bind writes the
 * bound body back with one `insertOoxml`, so that it is one step for Word's Undo.
 */

/** Revisions of any kind: bind cannot put them back as revisions, so it asks for them to be settled. */
const REVISION =
  /<w:(?:ins|del|moveFrom|moveTo|rPrChange|pPrChange|tblPrChange|trPrChange|tcPrChange|sectPrChange|numberingChange)\b/;

/** The template the properties name, when we know it; a document naming an unknown one is not read. */
function named(d: Detection): Template | undefined {
  return d.kind === "sop" ? findTemplate(d.template) : undefined;
}

function hasSopFields(template: Template, d: Detection, ooxml: string): boolean {
  return stateFromControls(template, d, controlsFromOoxml(ooxml).controls).present.size > 0;
}

/** One sync: the properties and the body's OOXML. Undefined for an SOP of ours or no SOP at all. */
export async function recognizeInWord<K extends string>(
  host: WordHost<K>,
): Promise<RecognizedSop | undefined> {
  return host.run(async (context) => {
    const props = queueProperties(context);
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    const d = detection(props);
    if (d.kind === "unknown") return undefined;
    const own = named(d);
    if (own && hasSopFields(own, d, ooxml.value)) return undefined;
    const r = recognizeXml(FlatOpc.parse(ooxml.value).documentXml(), own?.id);
    if (!r || r.found.length === 0) return undefined;
    return {
      template: r.template.id,
      found: r.found.flatMap((f) => (f.value === null ? [] : [{ field: f.field, value: f.value }])),
      placed: r.found.length,
      unplaced: r.unplaced,
      stripped: own !== undefined,
    };
  });
}

/**
 * The body part without its last section's properties: those hold the references to the headers and
 * footers, which `getOoxml()` does not send. Word keeps the document's own last section when none is
 * inserted; given one whose references it cannot resolve, it may drop them (the unfavourable reading).
 */
function withoutFinalSection(documentXml: Uint8Array): Uint8Array {
  const doc = parseXml(documentXml, "word/document.xml");
  const body = child(doc.documentElement as Element, NS.w, "body");
  const section = body ? child(body, NS.w, "sectPr") : undefined;
  if (!body || !section) return documentXml;
  body.removeChild(section);
  return serializeXml(doc);
}

/** Every word the part's text holds, in order (`w:t` only: ticks and hints are runs of their own). */
function words(xml: string): string[] {
  const texts = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:p|tab|br)[\s/>]/g)];
  return texts
    .map((m) => m[1] ?? " ")
    .join("")
    .split(/\s+/)
    .filter((w) => w !== "");
}

function count(xml: string, pattern: RegExp): number {
  return xml.match(pattern)?.length ?? 0;
}

/** What Word's body lost of what was inserted, in Dutch; undefined when it holds all of it. */
function lost(inserted: string, after: string): string | undefined {
  const want = words(inserted);
  const got = words(after);
  let at = 0;
  for (const w of want) {
    while (at < got.length && got[at] !== w) at += 1;
    if (at === got.length) return `de tekst, vanaf "${w}"`;
    at += 1;
  }
  const checks: [RegExp, string][] = [
    [/<w:tag w:val="sop:/g, "de SOP-velden"],
    [/<w:commentReference\b/g, "opmerkingen"],
    [/<w:(?:headerReference|footerReference)\b/g, "kop- of voetteksten"],
    [/<w:(?:drawing|pict|object)\b/g, "afbeeldingen"],
  ];
  for (const [pattern, what] of checks)
    if (count(after, pattern) < count(inserted, pattern)) return what;
  return undefined;
}

/**
 * Bind in place, two syncs: read the properties, the tracking mode, the locks and the body's OOXML;
 * then, in one batch, unlock, insert the bound body with Track Changes off for that moment (bind is
 * no edit of the text), set the properties, and read the body back to check that Word kept it all.
 */
export async function bindInWord<K extends string>(
  host: WordHost<K>,
  id: TemplateId,
  options: { addMissing?: boolean } = {},
): Promise<void> {
  const template = findTemplate(id);
  if (!template) throw new DocumentError("unknown-template", `(${id})`);
  // Loaded only here: the binder and the zip writer are needed for nothing else in Word.
  const { bindDocx } = await import("../docx/bind");
  const unlocked = new Map<number, { cannotEdit: boolean; cannotDelete: boolean }>();
  try {
    await host.run(async (context) => {
      const props = queueProperties(context);
      const ooxml = context.document.body.getOoxml();
      const document = context.document.load("changeTrackingMode");
      const { all } = queueControls(context, host, LOCK_PATH);
      await context.sync();
      const d = detection(props);
      templateOf(d); // an unknown template or version is said as such
      const own = named(d);
      if (own && hasSopFields(own, d, ooxml.value)) throw new WordRefusal("bind-has-fields");
      const opc = FlatOpc.parse(ooxml.value);
      const before = opc.documentXml();
      const xml = new TextDecoder().decode(before);
      if (REVISION.test(xml)) throw new WordRefusal("bind-revisions");
      if (/<w:commentReference\b/.test(xml) && !opc.hasPartOfType("comments+xml"))
        throw new WordRefusal("bind-comments");
      const r = recognizeXml(before, id);
      if (!r) throw new DocumentError("unknown-template", `(${id})`);
      const bound = DocxPackage.open(bindDocx(opc.toDocx(), r, options).bytes).documentBytes();
      const inserted = withoutFinalSection(bound);

      for (const cc of all.items) {
        if (!cc.cannotEdit && !cc.cannotDelete) continue;
        unlocked.set(cc.id, { cannotEdit: cc.cannotEdit, cannotDelete: cc.cannotDelete });
        cc.cannotEdit = false;
        cc.cannotDelete = false;
      }
      const mode = document.changeTrackingMode;
      if (tracking(mode)) context.document.changeTrackingMode = "Off";
      context.document.body.insertOoxml(opc.withDocument(inserted), "Replace");
      if (tracking(mode)) context.document.changeTrackingMode = mode;
      const custom = context.document.properties.customProperties;
      custom.add("SOP.Template", template.id);
      custom.add("SOP.TemplateVersion", template.version);
      const after = context.document.body.getOoxml();
      await context.sync();
      // The last section is the document's own, whichever way Word took it: compared without it.
      const kept = withoutFinalSection(FlatOpc.parse(after.value).documentXml());
      const missing = lost(new TextDecoder().decode(inserted), new TextDecoder().decode(kept));
      if (missing) throw new WordRefusal("bind-check", { what: missing });
    });
  } catch (error) {
    if (notAllowed(error)) {
      // The unlocking before the refused insert is done: the locks go back on.
      if (unlocked.size > 0) await relock(host, unlocked).catch(() => undefined);
      throw new WordRefusal("bind-not-allowed");
    }
    throw error;
  }
}

/**
 * Import, two syncs in one run: read the body's OOXML, build the new document from our template
 * with every answer, and open it in its own window (`Application.createDocument`, WordApi 1.3).
 * This document stays as it is.
 */
export async function importInWord<K extends string>(
  host: WordHost<K>,
  target: TemplateId,
): Promise<void> {
  const { importedDocx, planImport } = await import("../recognize/import");
  await host.run(async (context) => {
    const application = context.application;
    if (!application) throw new WordRefusal("no-new-document");
    const props = queueProperties(context);
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    const d = detection(props);
    let docx = FlatOpc.parse(ooxml.value).toDocx();
    if (d.kind === "sop") {
      // A stripped SOP of ours is read as the template it names, as `sop import` reads it.
      const pkg = DocxPackage.open(docx);
      pkg.setCustomProperties([
        ["SOP.Template", d.template],
        ["SOP.TemplateVersion", d.version],
      ]);
      docx = pkg.save();
    }
    const plan = planImport(docx, target);
    const now = new Date();
    const file = importedDocx(plan, {
      year: now.getFullYear(),
      month: now.getMonth() + 1,
      day: now.getDate(),
    });
    application.createDocument(toBase64(file)).open();
    await context.sync();
  });
}
