import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DocumentError } from "../../src/document/errors";
import { DocxDocument } from "../../src/document/docx/adapter";
import type { ControlProblem } from "../../src/document/port";

type Expected = {
  readable?: boolean;
  problem?: string;
  problemOnSave?: string;
  message?: string;
  controlProblems?: ControlProblem[];
};

const dir = join(__dirname, "../fixtures/bad");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<
  string,
  Expected
>;

/** Opens, reads and (when that works) saves a file; returns the first DocumentError, or the state. */
function attempt(bytes: Uint8Array, save: boolean) {
  const doc = new DocxDocument(bytes);
  const state = doc.readSync();
  if (save) {
    // A field of the document's own template (the Word-made SOP is a Zuid-Limburg one).
    const field = doc.template()?.byId.has("sterke-punten") ? "sterke-punten" : "school.plaats";
    doc.writeSync([{ field, value: "Korte lijnen." }]);
    doc.toBytes();
  }
  return state;
}

describe("bad input gets a clear Dutch message, never a crash or a hang", () => {
  test("every file in the corpus has its expectation written down", () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".docx"))
        .sort(),
    ).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.entries(expected))("%s", (file, want) => {
    const bytes = readFileSync(join(dir, file));
    const started = Date.now();
    const problem = want.problem ?? want.problemOnSave;
    if (problem) {
      let error: unknown;
      try {
        attempt(bytes, want.problemOnSave !== undefined);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).problem).toBe(problem);
      expect((error as DocumentError).message).toContain(want.message ?? "");
      expect((error as DocumentError).message).not.toMatch(/\bat \w+ \(|node_modules/);
    } else {
      expect(attempt(bytes, false).problems).toEqual(want.controlProblems);
    }
    // The limit: every bad file is answered within 5 seconds.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("a zip bomb is refused without being inflated", () => {
    const before = process.memoryUsage().arrayBuffers;
    expect(() => new DocxDocument(readFileSync(join(dir, "zip-bomb.docx")))).toThrow(DocumentError);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(20 * 1024 * 1024);
  });
});
