import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { templates, type TemplateId, type Values } from "../../src/model";
import { schools } from "../fixtures/schools";

export { schools };

export const templateIdList = Object.keys(templates) as TemplateId[];

/** The day the tests live on: after every date in the school fixtures. */
export const TODAY = new Date(2026, 10, 23, 12, 0, 0);

export type Run = { code: number; stdout: string; stderr: string; stdoutBytes: Uint8Array };

/** Runs `sop …` in-process with captured streams and a fixed clock. */
export function sop(
  argv: readonly string[],
  options: { cwd?: string; isTTY?: boolean; now?: Date } = {},
): Run {
  let stdout = "";
  let stderr = "";
  const chunks: Uint8Array[] = [];
  const text = (s: string | Uint8Array) => (typeof s === "string" ? s : Buffer.from(s).toString());
  const code = main(argv, {
    stdout: {
      write: (s: string | Uint8Array) => {
        chunks.push(typeof s === "string" ? Buffer.from(s) : s);
        stdout += text(s);
      },
    },
    stderr: {
      write: (s: string | Uint8Array) => (stderr += text(s)),
      isTTY: options.isTTY ?? false,
      columns: 80,
    },
    now: () => options.now ?? TODAY,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  // Without io.parallel, every command answers at once; a promise here would be a bug.
  if (typeof code !== "number") throw new Error("sop answered with a promise in-process");
  return { code, stdout, stderr, stdoutBytes: Buffer.concat(chunks) };
}

/** A fresh folder under the system's temp folder, removed after the test file. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "sop-cli-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a values file and returns its path. */
export function dataFile(dir: string, name: string, data: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(data));
  return path;
}

/** Fills a template with values through `sop fill` and returns the document's path. */
export function filled(dir: string, id: TemplateId, values: Values, name = `${id}.docx`): string {
  const data = dataFile(dir, `${name}.json`, { template: id, values });
  const out = join(dir, name);
  const run = sop(["fill", id, "--data", data, "--out", out]);
  if (run.code !== 0) throw new Error(`fill failed: ${run.stderr}`);
  return out;
}

/** Rewrites one part of a .docx (e.g. to duplicate a control, as a copy-paste in Word would). */
export function rewritePart(
  bytes: Uint8Array,
  part: string,
  edit: (xml: string) => string,
): Uint8Array {
  const files = unzipSync(bytes);
  const xml = files[part];
  if (!xml) throw new Error(`no ${part}`);
  files[part] = strToU8(edit(strFromU8(xml)));
  return zipSync(files);
}

/** The document without its custom properties: any Word document, not an SOP. */
export function withoutCustomProperties(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  delete files["docProps/custom.xml"];
  const rels = files["_rels/.rels"];
  if (rels)
    files["_rels/.rels"] = strToU8(
      strFromU8(rels).replace(/<Relationship [^>]*custom-properties[^>]*\/>/, ""),
    );
  return zipSync(files);
}

/** The XML of the (first) control with this tag, repeated: a duplicate tag. */
export function duplicateControl(xml: string, tag: string): string {
  const at = xml.indexOf(`w:val="${tag}"`);
  const start = xml.lastIndexOf("<w:sdt>", at);
  const end = xml.indexOf("</w:sdt>", at) + "</w:sdt>".length;
  return xml.slice(0, end) + xml.slice(start, end) + xml.slice(end);
}
