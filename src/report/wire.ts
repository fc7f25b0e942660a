import { findTemplate } from "../model";
import type { CheckedFile, FileResult, UnreadableFile } from "./check-file";

/**
 * A result as it crosses between threads (a worker of `check`, a web worker of the board page):
 * a Template holds Maps and the whole definition, so only its id travels and the receiving side
 * puts its own template object back.
 */
export type WireResult = (Omit<CheckedFile, "template"> & { template: string }) | UnreadableFile;

export function toWire(r: FileResult): WireResult {
  return r.kind === "checked" ? { ...r, template: r.template.id } : r;
}

export function fromWire(r: WireResult): FileResult {
  if (r.kind === "unreadable") return r;
  const template = findTemplate(r.template);
  if (!template)
    return { kind: "unreadable", file: r.file, error: `Onbekend sjabloon ${r.template}.` };
  return { ...r, template };
}
