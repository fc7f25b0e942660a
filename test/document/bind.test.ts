import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocxDocument } from "../../src/document/docx/adapter";
import { bindDocx } from "../../src/document/docx/bind";
import { readParts, writeZip } from "../../src/document/docx/zip";
import { recognizeXml, recognizedValues } from "../../src/document/recognize";

const dir = join(__dirname, "../fixtures/recognition");
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".docx"))
  .map((f) => f.replace(/\.docx$/, ""));

/**
 * Every word the body shows or holds, in document order: the text of every w:t, placeholders too
 * (a hint LibreOffice turned into text is a hint again after bind, and still there). Ticks are no words.
 */
function words(documentXml: Uint8Array): string[] {
  const xml = new TextDecoder().decode(documentXml);
  const texts = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:p|tab|br)[\s/>]/g)].map(
    (m) => m[1] ?? " ",
  );
  return texts
    .join("")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/[☒☐]/g, ""))
    .filter((w) => w !== "" && !/^[xX✓✔●■vV]$/.test(w));
}

/** Whether `all` holds every word of `part`, in the same order. */
function inOrder(part: readonly string[], all: readonly string[]): string | true {
  let at = 0;
  for (const [i, w] of part.entries()) {
    while (at < all.length && all[at] !== w) at += 1;
    if (at === all.length)
      return `word ${i} "${w}" (after "${part.slice(Math.max(0, i - 5), i).join(" ")}") is missing`;
    at += 1;
  }
  return true;
}

function bound(name: string) {
  const bytes = new Uint8Array(readFileSync(join(dir, `${name}.docx`)));
  const original = new DocxDocument(bytes);
  const recognition = recognizeXml(original.documentXml());
  if (!recognition) throw new Error(`${name} not recognized`);
  return { bytes, original, recognition, result: bindDocx(bytes, recognition) };
}

describe("sop bind: the school's document gains its SOP fields", () => {
  it.each(names)(
    "%s: bind then values gives what import gives, and no control conflicts",
    (name) => {
      const { recognition, result } = bound(name);
      const doc = new DocxDocument(result.bytes);
      expect(doc.detectSync()).toEqual({
        kind: "sop",
        template: recognition.template.id,
        version: 1,
      });
      const state = doc.readSync();
      expect(state.problems).toEqual([]);
      expect(state.values).toEqual(recognizedValues(recognition));
      expect(result.skipped).toEqual([]);
    },
  );

  it.each(names)("%s: every word of the original stays, in order", (name) => {
    const { original, result } = bound(name);
    const before = words(original.documentXml());
    const after = words(new DocxDocument(result.bytes).documentXml());
    expect(inOrder(before, after)).toBe(true);
  });

  it("a LibreOffice re-save gets back every field of its template", () => {
    const { result } = bound("zuid-limburg-libreoffice");
    const expected = JSON.parse(
      readFileSync(join(dir, "zuid-limburg-libreoffice.expected.json"), "utf8"),
    ) as { values: Record<string, unknown> };
    expect(result.unplaced).toEqual([]);
    expect(new DocxDocument(result.bytes).readSync().values).toEqual(expected.values);
  });

  it("gives a field of a shared cell the school wrote no line for a line of its own", () => {
    const bytes = new Uint8Array(readFileSync(join(dir, "haaglanden-2021-school.docx")));
    const parts = readParts(bytes);
    const xml = new TextDecoder().decode(parts["word/document.xml"]);
    // Only the hours in the expertise cell, no (empty) line for the remark under them.
    const onlyHours = xml.replace(/(6 uur per week<\/w:t><\/w:r><\/w:p>)<w:p><\/w:p>/, "$1");
    expect(onlyHours).not.toBe(xml);
    const documentXml = new TextEncoder().encode(onlyHours);
    const changed = writeZip(
      Object.entries({ ...parts, "word/document.xml": documentXml }) as [string, Uint8Array][],
    );
    const recognition = recognizeXml(documentXml);
    if (!recognition) throw new Error("not recognized");
    expect(recognition.unplaced).not.toContain("expertise.nt2.opmerking");
    const result = bindDocx(changed, recognition);
    expect(result.skipped).toEqual([]);
    const state = new DocxDocument(result.bytes).readSync();
    expect(state.problems).toEqual([]);
    expect(state.values["expertise.nt2.uren"]).toBe("6 uur per week");
    expect(state.values["expertise.nt2.opmerking"]).toBeUndefined();
    const boundXml = new TextDecoder().decode(new DocxDocument(result.bytes).documentXml());
    expect(boundXml).toContain('w:val="sop:expertise.nt2.opmerking"');
  });

  it("keeps headers, footers, comments, footnotes and images byte for byte", () => {
    const file = join(__dirname, "../fixtures/word/libreoffice-roundtrip.docx");
    const bytes = new Uint8Array(readFileSync(file));
    const recognition = recognizeXml(new DocxDocument(bytes).documentXml(), "zuid-limburg");
    if (!recognition) throw new Error("not recognized");
    const result = bindDocx(bytes, recognition);
    const before = readParts(bytes);
    const after = readParts(result.bytes);
    const kept = Object.keys(before).filter(
      (n) =>
        ![
          "word/document.xml",
          "docProps/custom.xml",
          "[Content_Types].xml",
          "_rels/.rels",
        ].includes(n),
    );
    expect(kept).toEqual(
      expect.arrayContaining(["word/header1.xml", "word/comments.xml", "word/styles.xml"]),
    );
    expect(kept.some((n) => n.startsWith("word/media/"))).toBe(true);
    for (const n of kept)
      expect({
        n,
        same: Buffer.compare(
          Buffer.from(after[n] as Uint8Array),
          Buffer.from(before[n] as Uint8Array),
        ),
      }).toEqual({ n, same: 0 });
    const doc = new DocxDocument(result.bytes);
    expect(doc.readSync().values).toMatchObject({ "zorgindicator.01": "2" });
    // The comment still has its anchor in the document.
    expect(new TextDecoder().decode(doc.documentXml())).toMatch(/commentRangeStart/);
  });
});

const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
(soffice ? describe : describe.skip)("a bound document opens in LibreOffice", () => {
  it("converts to PDF text holding the school's answers", () => {
    const work = mkdtempSync(join(tmpdir(), "sop-bind-"));
    try {
      const { result } = bound("haaglanden-2021-school");
      const file = join(work, "gebonden.docx");
      writeFileSync(file, result.bytes);
      execFileSync(
        soffice as string,
        [
          `-env:UserInstallation=file://${join(work, "profile")}`,
          "--headless",
          "--convert-to",
          "txt:Text",
          "--outdir",
          work,
          file,
        ],
        { stdio: "ignore", timeout: 120_000 },
      );
      const text = readFileSync(join(work, "gebonden.txt"), "utf8");
      expect(text).toContain("Basisschool De Vlieger");
      expect(text).toContain("Ja(badkamer)");
      expect(text).toContain("☒");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 150_000);
});
