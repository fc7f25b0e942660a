/**
 * Writes the Word-made test documents of test/fixtures/word/: .docx files whose XML is what Word 365
 * (Dutch) writes, built here because there is no Word on a CI machine. See that folder's README.
 *
 *   npx tsx scripts/make-word-fixtures.ts                # the Word fixtures (deterministic)
 *   npx tsx scripts/make-word-fixtures.ts --libreoffice  # also libreoffice-roundtrip.docx (needs soffice)
 *
 * The .expected.json files beside the fixtures are written by hand from the XML, never by this script.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { writeZip } from "../src/document/docx/zip";
import { controlsFixture } from "./word-fixtures/controls-fixture";
import { sopFixture } from "./word-fixtures/sop-fixture";

export const FIXTURE_DIR = resolve(__dirname, "../test/fixtures/word");

const encoder = new TextEncoder();

function zip(parts: readonly [string, string | Uint8Array][]): Uint8Array {
  return writeZip(
    parts.map(
      ([name, data]) => [name, typeof data === "string" ? encoder.encode(data) : data] as const,
    ),
  );
}

/** Every generated fixture by file name; the same bytes on every run. */
export function wordFixtures(): Record<string, Uint8Array> {
  return {
    "word-controls.docx": zip(controlsFixture()),
    "word-sop-filled.docx": zip(sopFixture("filled")),
    "word-sop-duplicate.docx": zip(sopFixture("duplicate")),
    "word-sop-odd.docx": zip(sopFixture("odd")),
  };
}

/** Saves word-sop-filled.docx again through LibreOffice Writer, as a real office-made file. */
function libreOfficeRoundTrip(): void {
  const work = mkdtempSync(join(tmpdir(), "sop-lo-"));
  try {
    const input = join(work, "word-sop-filled.docx");
    copyFileSync(join(FIXTURE_DIR, "word-sop-filled.docx"), input);
    const out = join(work, "out");
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "docx:MS Word 2007 XML",
        "--outdir",
        out,
        input,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    copyFileSync(
      join(out, "word-sop-filled.docx"),
      join(FIXTURE_DIR, "libreoffice-roundtrip.docx"),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  for (const [name, bytes] of Object.entries(wordFixtures())) {
    writeFileSync(join(FIXTURE_DIR, name), bytes);
    process.stdout.write(`${name}: ${bytes.length} bytes\n`);
  }
  if (process.argv.includes("--libreoffice")) {
    libreOfficeRoundTrip();
    process.stdout.write("libreoffice-roundtrip.docx\n");
  }
}
