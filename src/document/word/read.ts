import type { Template } from "../../model";
import { DocumentError } from "../errors";
import type { ControlInfo, SopState } from "../port";
import { stateFromControls } from "../state";
import type { WordContext, WordHost } from "./api";
import { LIST_PATH, controlInfos, queueControls } from "./controls";
import { wordMessage } from "./messages";
import { controlsFromOoxml } from "./ooxml-controls";
import { detection, queueProperties, templateOf } from "./properties";
import { readableTypes } from "./requirements";

/** A read: the state, and what the pane should tell the person about this document (Dutch). */
export type WordRead = { state: SopState; notices: string[] };

const NONE: SopState = {
  detection: { kind: "none" },
  values: {},
  present: new Set(),
  problems: [],
};

/** Whether Track Changes is on (WordApi 1.4, below the manifest's minimum). */
export function tracking(mode: string): boolean {
  return mode !== "Off";
}

/**
 * Reads the document in one sync: the template's properties, Word's list of controls (tags only),
 * the tracking mode and the body's OOXML. What each control says comes from the OOXML, through the
 * .docx reader (ooxml-controls.ts); Word's list serves to notice controls Word itself does not give
 * (office-js #5899), which are then still read, not reported missing. If Word cannot give the OOXML,
 * a second run reads Word's own properties (readFromProxies).
 */
export async function readDocument<K extends string>(host: WordHost<K>): Promise<WordRead> {
  try {
    return await host.run(async (context) => {
      const props = queueProperties(context);
      const { all } = queueControls(context, host, "items/tag");
      const ooxml = context.document.body.getOoxml();
      const document = context.document.load("changeTrackingMode");
      await context.sync();
      const detected = detection(props);
      const template = templateOf(detected);
      if (!template) return { state: NONE, notices: [] };
      const read = controlsFromOoxml(ooxml.value);
      // Only the types this Word can give: a date picker on the web is not the pane's to fill.
      const types = new Set<string>(readableTypes(host));
      const controls = read.controls.filter((c) => types.has(c.type));
      const notices: string[] = [];
      if (tracking(document.changeTrackingMode)) notices.push(wordMessage("tracked-changes"));
      const listed = all.items.filter((cc) => cc.tag.startsWith("sop:")).length;
      const held = controls.filter((c) => c.tag.startsWith("sop:")).length;
      if (listed < held) notices.push(wordMessage("missing-from-word"));
      if (read.inTextBoxes.length > 0)
        notices.push(wordMessage("in-text-box", { tags: read.inTextBoxes.join(", ") }));
      return { state: stateFromControls(template, detected, controls), notices };
    });
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    return readFromProxies(host);
  }
}

/** The fallback: what Word's own properties say, with the template's hints to tell empty from filled. */
async function readFromProxies<K extends string>(host: WordHost<K>): Promise<WordRead> {
  const { state, template } = await host.run(async (context: WordContext<K>) => {
    const props = queueProperties(context);
    const loaded = queueControls(context, host, LIST_PATH, true);
    await context.sync();
    const detected = detection(props);
    const template = templateOf(detected);
    return { state: { detected, loaded }, template };
  });
  if (!template) return { state: NONE, notices: [] };
  const hints = await templateHints(template);
  const controls: ControlInfo[] = controlInfos(state.loaded, hints);
  return { state: stateFromControls(template, state.detected, controls), notices: [] };
}

const hintCache = new WeakMap<Template, Map<string, string>>();

/** The placeholder our template puts in each control, by tag: the model's own hint texts. */
async function templateHints(template: Template): Promise<Map<string, string>> {
  const cached = hintCache.get(template);
  if (cached) return cached;
  // Loaded only here: the template builder is needed for nothing else in a read.
  const { templateDocumentXml } = await import("../docx/build-template");
  const { scanControls } = await import("../docx/scan");
  const hints = new Map<string, string>();
  for (const c of scanControls(templateDocumentXml(template)))
    if (c.placeholder !== undefined) hints.set(c.tag, c.placeholder);
  hintCache.set(template, hints);
  return hints;
}
