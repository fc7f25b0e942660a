import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templates, type TemplateId } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { readParts } from "../../src/document/docx/zip";

const ids = Object.keys(templates) as TemplateId[];
const committed = (id: TemplateId) =>
  readFileSync(join(__dirname, "../../templates", `${id}.docx`));

describe.each(ids)("the %s template", (id) => {
  test("the committed file is exactly what the model builds (a rebuild is byte-identical)", () => {
    const built = buildTemplateDocx(templates[id]);
    expect(Buffer.from(buildTemplateDocx(templates[id])).equals(Buffer.from(built))).toBe(true);
    expect(Buffer.from(built).equals(committed(id))).toBe(true);
  });

  test("names its template and version in the custom properties", () => {
    expect(new DocxDocument(committed(id)).detectSync()).toEqual({
      kind: "sop",
      template: id,
      version: 1,
    });
  });

  test("has the official headings as Word heading styles, in order", () => {
    const xml = new TextDecoder().decode(
      readParts(committed(id), new Set(["word/document.xml"]))["word/document.xml"],
    );
    const headings = [
      ...xml.matchAll(
        /<w:pStyle w:val="Kop(\d)"\/><\/w:pPr><w:r><w:t xml:space="preserve">([^<]*)<\/w:t>/g,
      ),
    ].map((m) => `${m[1]} ${(m[2] ?? "").replace(/&amp;/g, "&")}`);
    expect(headings).toEqual(
      templates[id].sections.map(
        (s) => `${s.level} ${[s.number, s.heading].filter(Boolean).join(" ")}`,
      ),
    );
  });

  test("every checkbox shows the glyph that matches its state, and computed fields are locked", () => {
    const doc = new DocxDocument(committed(id));
    for (const c of doc.controls()) {
      if (c.type === "CheckBox") {
        expect(c.checked).toBe(false);
        expect(c.text).toBe("\u2610");
      }
      const field = templates[id].byId.get(c.tag.replace(/^sop:/, "").split("=")[0] ?? "")?.field;
      if (field?.kind === "computed") {
        expect(c.lock).toBe("sdtContentLocked");
        expect(c.title).toMatch(/\(berekend\)$/);
      }
      if (
        field?.kind === "text" ||
        field?.kind === "number" ||
        field?.kind === "date" ||
        field?.kind === "richText"
      ) {
        // A Dutch hint says what to write, unless the model prefills the field.
        expect(c.showingPlaceholder ? c.placeholder : c.text).toMatch(/\S/);
      }
    }
  });
});

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const describeWithOffice = soffice ? describe : describe.skip;

describeWithOffice("LibreOffice opens every template without error", () => {
  test.each(ids)(
    "%s converts to PDF",
    (id) => {
      const dir = mkdtempSync(join(tmpdir(), "sop-pdf-"));
      try {
        execFileSync(
          soffice as string,
          [
            "--headless",
            `-env:UserInstallation=file://${dir}/profile`,
            "--convert-to",
            "pdf",
            "--outdir",
            dir,
            join(__dirname, "../../templates", `${id}.docx`),
          ],
          {
            stdio: "pipe",
            timeout: 120_000,
          },
        );
        const pdf = readFileSync(join(dir, `${id}.pdf`));
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        expect(pdf.length).toBeGreaterThan(10_000);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
