import { findTemplate, type Template } from "../../model";
import { DocumentError } from "../errors";
import type { Detection } from "../port";
import { detectFrom } from "../state";
import type { WordContext, WordCustomProperty } from "./api";

const KEYS = ["SOP.Template", "SOP.TemplateVersion"] as const;

/** Queues the read of the two custom properties that name the template. */
export function queueProperties<K extends string>(context: WordContext<K>): WordCustomProperty[] {
  const props = context.document.properties.customProperties;
  return KEYS.map((key) => props.getItemOrNullObject(key).load("value"));
}

/** The detection from the loaded properties (Word gives a number for SOP.TemplateVersion). */
export function detection(loaded: WordCustomProperty[]): Detection {
  const found = new Map<string, string>();
  loaded.forEach((p, i) => {
    if (!p.isNullObject) found.set(KEYS[i] as string, String(p.value));
  });
  return detectFrom(found);
}

/** The template a detection names; throws for an unknown template or version, as the .docx adapter does. */
export function templateOf(d: Detection): Template | undefined {
  if (d.kind === "none") return undefined;
  if (d.kind === "unknown")
    throw new DocumentError(
      d.problem,
      `(SOP.Template "${d.template}", SOP.TemplateVersion "${d.version}")`,
    );
  return findTemplate(d.template);
}
