/**
 * Timing of recognition, for bench/run.ts: reading a full Zuid-Limburg SOP without SOP fields
 * (our filled template re-saved by LibreOffice) and finding every answer. Run on its own
 * (`npx tsx bench/recognize.ts`) it prints the recognition rows alone, with the structure read and
 * the matching apart, for work on the recognizer.
 *
 * The figures are taken from this file bundled by esbuild and run by plain Node, as the add-in
 * (webpack) and the CLI (esbuild) run the code: run through tsx, every use of an imported name is a
 * getter call on the other module, which no user ever pays and which made the recognizer's loops
 * several times slower (ADR 0026).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocxPackage } from "../src/document/docx/package";
import { readStructure } from "../src/document/docx/structure-read";
import { recognize, recognizeAny } from "../src/document/recognize";
import { templates } from "../src/model";
import { timeMedian } from "./timing";

const file =
  process.env.SOP_BENCH_FIXTURE ??
  join(__dirname, "../test/fixtures/recognition/zuid-limburg-libreoffice.docx");

/** The document's word/document.xml, inflated once: recognition starts from it. */
export function zuidLimburgXml(): Uint8Array {
  return DocxPackage.open(new Uint8Array(readFileSync(file))).documentBytes();
}

/** Structure and answers, the template known (as for a re-saved SOP that names it). */
export function recognizeKnown(xml: Uint8Array): number {
  return recognize(readStructure(xml), templates["zuid-limburg"]).found.length;
}

/** Structure, the template found by score among all four, and its answers. */
export function recognizeUnknown(xml: Uint8Array): number {
  return recognizeAny(readStructure(xml))?.found.length ?? 0;
}

/** The recognition figures, in milliseconds (medians), as measured in this process. */
export type RecognitionTimes = { known: number; read: number; match: number; any: number };

function measureHere(): RecognitionTimes {
  const xml = zuidLimburgXml();
  const structure = readStructure(xml);
  return {
    known: timeMedian(() => recognizeKnown(xml), 30, 5),
    read: timeMedian(() => readStructure(xml), 30, 5),
    match: timeMedian(() => recognize(structure, templates["zuid-limburg"]), 30, 5),
    any: timeMedian(() => recognizeUnknown(xml), 20, 3),
  };
}

/** Bundles this file and measures in a fresh Node process (see the header for why). */
export function bundledRecognitionTimes(): RecognitionTimes {
  const dir = mkdtempSync(join(tmpdir(), "sop-bench-recognize-"));
  try {
    const out = join(dir, "recognize.cjs");
    // Required here, not imported: the bundle made below must not load esbuild when it measures.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { buildSync } = require("esbuild") as typeof import("esbuild");
    buildSync({
      entryPoints: [__filename],
      outfile: out,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      // The bundle measures; it never builds.
      external: ["esbuild"],
      logLevel: "warning",
    });
    const json = execFileSync(process.execPath, [out, "--json"], {
      encoding: "utf8",
      env: { ...process.env, SOP_BENCH_FIXTURE: file },
    });
    return JSON.parse(json) as RecognitionTimes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (process.argv.includes("--json")) {
    process.stdout.write(JSON.stringify(measureHere()));
  } else {
    const t = bundledRecognitionTimes();
    const rows: [string, number, string, boolean][] = [
      ["recognize: full zuid-limburg, no fields (median)", t.known, "≤ 20 ms", t.known <= 20],
      ["  of which: structure read (median)", t.read, "(part)", true],
      ["  of which: finding the answers (median)", t.match, "(part)", true],
      ["recognize: same, template found among four (median)", t.any, "(no budget)", true],
    ];
    for (const [name, ms, budget, ok] of rows)
      console.log(
        `${ok ? "ok  " : "OVER"}  ${name.padEnd(52)} ${`${ms.toFixed(1)} ms`.padStart(12)}   budget ${budget}`,
      );
  }
}
