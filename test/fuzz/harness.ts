import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { DocxDocument } from "../../src/document/docx/adapter";
import { DocumentError } from "../../src/document/errors";
import type { FuzzCase } from "./generator";

/**
 * What every case must satisfy: `check` ends with 0, 1 or 2, says nothing that looks like a crash,
 * reports the file, and stays within its time; the two readers agree wherever the DOM reader reads;
 * after a `fill` that succeeds, the written document opens and reads again.
 */
export const TIME_LIMIT_MS = 5000;
const CRASH =
  /\n\s+at |Er ging iets mis|TypeError|RangeError|ReferenceError|heap|Maximum call stack/;

type Run = { code: number; out: string; err: string; ms: number };

function run(argv: string[]): Run {
  let out = "";
  let err = "";
  const started = performance.now();
  const code = main(argv, {
    stdout: { write: (s) => (out += typeof s === "string" ? s : "<bytes>") },
    stderr: { write: (s) => (err += typeof s === "string" ? s : "<bytes>"), isTTY: false },
    now: () => new Date(2026, 10, 23),
  });
  // Without io.parallel, every command answers at once; a promise here would be a bug.
  if (typeof code !== "number") throw new Error("sop answered with a promise in-process");
  return { code, out, err, ms: performance.now() - started };
}

/**
 * A tick for the first checkbox the case still has (`sop:swv=3106` → swv: "3106", `sop:x` → x:
 * true), so that fill writes a checkbox as well as text; nothing when the case does not open.
 */
function tickOf(bytes: Uint8Array): Record<string, string | boolean> {
  try {
    const doc = new DocxDocument(bytes);
    const template = doc.template();
    for (const box of doc.controls()) {
      if (box.type !== "CheckBox" || !box.tag.startsWith("sop:")) continue;
      const [id = "", option] = box.tag.slice(4).split("=");
      const field = template?.byId.get(id)?.field;
      if (field?.kind === "tick" && option === undefined) return { [id]: true };
      if (field?.kind === "choice" && field.options.some((o) => o.key === option))
        return { [id]: option as string };
    }
    return {};
  } catch {
    return {};
  }
}

/** Runs one case in `dir`; returns what went wrong, or undefined. */
export function runCase(
  c: FuzzCase,
  dir: string,
  options: { readers: boolean; fill: boolean },
): string | undefined {
  const file = join(dir, "geval.docx");
  writeFileSync(file, c.bytes);
  const check = run(["check", file, "--format", "json"]);
  if (![0, 1, 2].includes(check.code)) return `check gaf afsluitcode ${check.code}`;
  if (CRASH.test(check.out + check.err))
    return `check liet een crash zien: ${(check.out + check.err).slice(0, 300)}`;
  if (check.ms > TIME_LIMIT_MS) return `check duurde ${Math.round(check.ms)} ms`;
  let report: { files: { file: string; error?: string; template: string | null }[] };
  try {
    report = JSON.parse(check.out);
  } catch {
    return `check gaf geen JSON: ${check.out.slice(0, 200)} ${check.err.slice(0, 200)}`;
  }
  if (report.files.length !== 1 || report.files[0]?.file !== file)
    return "het bestand ontbreekt in het rapport";

  if (options.readers) {
    let doc: DocxDocument | undefined;
    try {
      doc = new DocxDocument(c.bytes);
    } catch (e) {
      if (!(e instanceof DocumentError)) return `openen gooide ${String(e)}`;
    }
    if (doc) {
      let dom;
      try {
        dom = doc.controlsFromDom();
      } catch (e) {
        if (!(e instanceof DocumentError)) return `de DOM-lezer gooide ${String(e)}`;
      }
      if (dom && JSON.stringify(dom) !== JSON.stringify(doc.controls()))
        return "de twee lezers zien verschillende velden";
    }
  }

  if (options.fill && report.files[0]?.template) {
    const data = join(dir, "waarden.json");
    const out = join(dir, "gevuld.docx");
    rmSync(out, { force: true });
    const field = c.name.startsWith("zuid-limburg")
      ? "school.naam"
      : c.name.startsWith("passenderwijs")
        ? "school.naam"
        : "structuur";
    writeFileSync(
      data,
      JSON.stringify({
        values: { [field]: "Nieuwe tekst\tmet tab\nen regel", ...tickOf(c.bytes) },
      }),
    );
    const fill = run(["fill", file, "--data", data, "--out", out]);
    if (![0, 2].includes(fill.code)) return `fill gaf afsluitcode ${fill.code}`;
    if (CRASH.test(fill.out + fill.err))
      return `fill liet een crash zien: ${(fill.out + fill.err).slice(0, 300)}`;
    if (fill.ms > TIME_LIMIT_MS * 2) return `fill duurde ${Math.round(fill.ms)} ms`;
    if (fill.code === 0) {
      if (!existsSync(out)) return "fill meldde succes maar schreef niets";
      try {
        const written = new DocxDocument(readFileSync(out));
        written.readSync();
        if (JSON.stringify(written.controls()) !== JSON.stringify(written.controlsFromDom()))
          return "na fill zien de twee lezers verschillende velden";
      } catch (e) {
        return `het gevulde document opent niet: ${e instanceof Error ? e.message : String(e)}`;
      }
    } else if (existsSync(out)) return "fill weigerde maar schreef toch een bestand";
  }
  return undefined;
}
