import { copyFileSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { filled, schools, sop, tempDir } from "./helpers";

const corpus = join(__dirname, "../fixtures/bad");
const expected = JSON.parse(readFileSync(join(corpus, "expected.json"), "utf8")) as Record<
  string,
  { problemOnSave?: string; readable?: boolean }
>;
/**
 * Files a board cannot check: everything in the corpus but the files that fail only when saved (the
 * bomb that lies about its size, which is never inflated when checking) and the fuzzer's finds that
 * are readable SOPs (kept for the readers' agreement, test/document/unusual.test.ts).
 */
const unreadable = Object.keys(expected).filter(
  (f) => !expected[f]?.problemOnSave && !expected[f]?.readable,
);

describe("sop check on the corpus of bad input", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  test.each(unreadable)(
    "%s: a clear message naming the file, exit 2, no stack trace, within 5 seconds",
    (file) => {
      const started = Date.now();
      const run = sop(["check", join(corpus, file)]);
      expect(run.code).toBe(2);
      expect(run.stdout + run.stderr).toContain(file);
      expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+\(|Error:|node_modules/);
      expect(Date.now() - started).toBeLessThan(5000);
    },
  );

  test("in one run with all of them, a good SOP is still checked and reported", () => {
    for (const f of readdirSync(corpus).filter((n) => n.endsWith(".docx")))
      copyFileSync(join(corpus, f), join(dir, f));
    filled(dir, "zuid-limburg", schools["zuid-limburg"], "goed.docx");
    const run = sop(["check", dir, "--format", "json"]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as {
      files: { file: string; ready: boolean; error?: string; findings: { rule: string }[] }[];
    };
    expect(report.files).toHaveLength(
      readdirSync(corpus).filter((n) => n.endsWith(".docx")).length + 1,
    );
    expect(report.files.find((f) => f.file.endsWith("goed.docx"))).toMatchObject({ ready: true });
    for (const file of unreadable) {
      const entry = report.files.find((f) => f.file.endsWith(file));
      // Either it could not be read at all, or its controls conflict (DOC-DUPLICATE, ...).
      const said = entry?.error ?? entry?.findings.find((f) => f.rule.startsWith("DOC-"))?.rule;
      expect(said).toMatch(/\S/);
      expect(entry?.ready).toBe(false);
    }
  });
});

describe("sop check on a real SOP that LibreOffice saved", () => {
  test("says the SOP fields were dropped, and reads its answers from the text", () => {
    const run = sop(["check", join(__dirname, "../fixtures/word/libreoffice-roundtrip.docx")]);
    expect(run.stdout).toMatch(/SOP-velden verwijderde \(LibreOffice doet dat\)/);
    expect(run.stdout).toMatch(/sop bind <bestand> --in-place/);
    // The scores it holds are read and checked: zorgindicator 1 was scored 2.
    expect(run.stdout).toMatch(/\[ZL-B\] Zorgindicator 1 \(1\.4\) scoort 2/);
    expect(run.code).toBe(1);
  });
});
