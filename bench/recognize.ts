/**
 * Timing of recognition, for bench/run.ts: reading a full Zuid-Limburg SOP without SOP fields
 * (our filled template re-saved by LibreOffice) and finding every answer. Run on its own
 * (`npx tsx bench/recognize.ts`) it prints the recognition rows alone, with the structure read and
 * the matching apart, for work on the recognizer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DocxPackage } from "../src/document/docx/package";
import { readStructure } from "../src/document/docx/structure-read";
import { recognize, recognizeAny } from "../src/document/recognize";
import { templates } from "../src/model";

const file = join(__dirname, "../test/fixtures/recognition/zuid-limburg-libreoffice.docx");

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

/** Median milliseconds of `runs` calls after `warmup` unmeasured ones. */
function median(fn: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

if (require.main === module) {
  const xml = zuidLimburgXml();
  const structure = readStructure(xml);
  const rows: [string, number, string, boolean][] = [];
  const known = median(() => recognizeKnown(xml), 30, 5);
  rows.push(["recognize: full zuid-limburg, no fields (median)", known, "≤ 20 ms", known <= 20]);
  const read = median(() => readStructure(xml), 30, 5);
  rows.push(["  of which: structure read (median)", read, "(part)", true]);
  const match = median(() => recognize(structure, templates["zuid-limburg"]), 30, 5);
  rows.push(["  of which: finding the answers (median)", match, "(part)", true]);
  const any = median(() => recognizeUnknown(xml), 20, 3);
  rows.push(["recognize: same, template found among four (median)", any, "(no budget)", true]);
  for (const [name, ms, budget, ok] of rows)
    console.log(
      `${ok ? "ok  " : "OVER"}  ${name.padEnd(52)} ${`${ms.toFixed(1)} ms`.padStart(12)}   budget ${budget}`,
    );
}
