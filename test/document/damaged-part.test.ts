import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocxDocument } from "../../src/document/docx/adapter";
import { listEntries, readParts } from "../../src/document/docx/zip";
import { DocumentError } from "../../src/document/errors";

/**
 * A filled SOP made as Word makes it, whose logo is damaged (test/fixtures/bad/damaged-image-word.docx,
 * from scripts/make-bad-corpus.ts). Saved without the damaged part, nothing may point to it any
 * more: Word calls a package with a relationship to a missing part, or a picture naming a missing
 * relationship, damaged.
 */
const file = join(__dirname, "../fixtures/bad/damaged-image-word.docx");

/** Everything in a package that points to something that is not there. */
function danglingReferences(bytes: Uint8Array): string[] {
  const entries = listEntries(bytes).map((e) => e.name);
  const parts = readParts(bytes, new Set(entries.filter((n) => /\.(xml|rels)$/.test(n))));
  const names = new Set(entries.map((n) => n.toLowerCase()));
  const text = (n: string) => new TextDecoder().decode(parts[n]);
  const problems: string[] = [];
  for (const name of Object.keys(parts)) {
    const rels = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!rels) continue;
    const source = `${rels[1]}${rels[2]}`;
    const ids = new Set<string>();
    for (const m of text(name).matchAll(/<Relationship ([^>]*)\/>/g)) {
      const attrs = m[1] ?? "";
      const id = /Id="([^"]*)"/.exec(attrs)?.[1] ?? "";
      ids.add(id);
      if (/TargetMode="External"/.test(attrs)) continue;
      const target = /Target="([^"]*)"/.exec(attrs)?.[1] ?? "";
      const folder = source.slice(0, source.lastIndexOf("/") + 1);
      const path = (target.startsWith("/") ? target.slice(1) : folder + target)
        .split("/")
        .reduce<string[]>((acc, p) => (p === ".." ? acc.slice(0, -1) : [...acc, p]), [])
        .join("/");
      if (!names.has(path.toLowerCase())) problems.push(`${name}: ${id} → ${path}`);
    }
    if (source !== "" && parts[source]) {
      for (const m of text(source).matchAll(/ r:(?:id|embed|link)="([^"]*)"/g))
        if (!ids.has(m[1] ?? "")) problems.push(`${source}: ${m[1]} zonder relatie`);
    }
  }
  for (const m of text("[Content_Types].xml").matchAll(/PartName="\/([^"]*)"/g))
    if (!names.has((m[1] ?? "").toLowerCase())) problems.push(`[Content_Types].xml: ${m[1]}`);
  return problems;
}

describe("saving without a damaged part", () => {
  const dir = mkdtempSync(join(tmpdir(), "sop-beschadigd-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the original points at its picture everywhere (what the check below would miss)", () => {
    expect(danglingReferences(readFileSync(file))).toEqual([]);
    const xml = new TextDecoder().decode(
      readParts(readFileSync(file), new Set(["word/document.xml"]))["word/document.xml"],
    );
    expect(xml).toContain('r:embed="rId10"');
  });

  test("a plain save refuses, naming the damaged part", () => {
    const doc = new DocxDocument(readFileSync(file));
    expect(() => doc.toBytes()).toThrow(DocumentError);
    expect(() => doc.toBytes()).toThrow("word/media/image1.png");
  });

  test("its relationship, content type and picture go with it; the text and values stay", () => {
    const doc = new DocxDocument(readFileSync(file));
    doc.writeSync([{ field: "school.plaats", value: "Brunssum" }]);
    const saved = doc.toBytes({ withoutDamagedParts: true });
    const parts = readParts(saved);
    expect(Object.keys(parts)).not.toContain("word/media/image1.png");
    expect(Object.keys(parts)).toHaveLength(listEntries(readFileSync(file)).length - 1);
    expect(danglingReferences(saved)).toEqual([]);
    const xml = new TextDecoder().decode(parts["word/document.xml"]);
    expect(xml).not.toContain("<w:drawing>");
    expect(xml).toContain("w:headerReference");
    const again = new DocxDocument(saved);
    expect(again.readSync().values).toEqual(doc.readSync().values);
    expect(again.readSync().values["school.plaats"]).toBe("Brunssum");
    // Everything else the school wrote is still there: comments, header, footnotes.
    for (const part of ["word/comments.xml", "word/header1.xml", "word/footnotes.xml"])
      expect(Object.keys(parts)).toContain(part);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  (soffice ? test : test.skip)(
    "LibreOffice opens the result and shows its text",
    () => {
      const doc = new DocxDocument(readFileSync(file));
      doc.writeSync([{ field: "school.plaats", value: "Brunssum" }]);
      const out = join(dir, "zonder-logo.docx");
      writeFileSync(out, doc.toBytes({ withoutDamagedParts: true }));
      const profile = join(dir, "profile");
      try {
        execFileSync(
          soffice as string,
          [
            "--headless",
            `-env:UserInstallation=file://${profile}`,
            "--convert-to",
            "txt:Text",
            "--outdir",
            dir,
            out,
          ],
          { stdio: "pipe", timeout: 120_000 },
        );
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const text = readFileSync(join(dir, "zonder-logo.txt"), "utf8");
      expect(text).toContain("Brunssum");
      expect(text).toContain("De Mijnlamp");
    },
    180_000,
  );
});
