import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildOnePageDocx, onePageDocx } from "../../src/document/docx/one-page";
import { templates, type FieldValue, type Template, type TemplateId } from "../../src/model";
import { evaluate, onePage } from "../../src/rules";
import { schools } from "../fixtures/schools";

const TODAY = { year: 2026, month: 11, day: 23 };
const ids = Object.keys(templates) as TemplateId[];

const summaryOf = (id: TemplateId, values = schools[id]) =>
  onePage(templates[id], values, evaluate(templates[id], values, TODAY));

/** Every field as full as a school could make it: long texts everywhere, every row answered yes. */
function overfilled(template: Template): Record<string, FieldValue> {
  const long = Array.from(
    { length: 60 },
    (_, i) => `Zin ${i + 1} over hoe wij leerlingen ondersteunen in de klas en daarbuiten.`,
  ).join("\n");
  const values: Record<string, FieldValue> = {};
  for (const { field } of template.fields) {
    if (field.kind === "text" || field.kind === "richText") values[field.id] = long;
    if (field.kind === "number") values[field.id] = 99999;
    if (field.kind === "date") values[field.id] = "2026-01-01";
    if (field.kind === "tick") values[field.id] = true;
    if (field.kind === "choice") {
      const yes = field.options.find((o) => ["ja", "aanwezig", "structureel"].includes(o.key));
      values[field.id] = (yes ?? field.options[0])?.key ?? "";
    }
  }
  return values;
}

describe("the SOP one page of a filled SOP", () => {
  it.each(ids)(
    "%s: shows the school, the kern, every norm with its status and the ambities",
    (id) => {
      const page = summaryOf(id);
      const school = templates[id].schoolField;
      if (school) expect(page.title).toContain(String(schools[id][school]));
      expect(page.kern.text).not.toBe("");
      expect(page.norms.length).toBeGreaterThan(0);
      // The complete schools meet every norm of their region.
      for (const norm of page.norms)
        expect([norm.rule, norm.status]).toEqual([norm.rule, "gehaald"]);
      expect(page.glance.some((g) => g.text !== "")).toBe(true);
      expect(page.ambities.items.length).toBeGreaterThan(0);
    },
  );

  it("shows a norm not met, with a square per indicator and the count in words", () => {
    const values = { ...schools["zuid-limburg"], "zorgindicator.04": "2", "zorgindicator.09": "1" };
    const norm = summaryOf("zuid-limburg", values).norms.find((n) => n.rule === "ZL-B");
    expect(norm?.status).toBe("niet-gehaald");
    expect(norm?.marks).toHaveLength(23);
    expect(norm?.marks.filter((m) => m === "error")).toHaveLength(2);
    expect(norm?.detail).toBe("21 van 23 in orde, 2 onder de norm");
  });

  it("says a norm is not filled in yet rather than met, for an empty SOP", () => {
    const page = summaryOf("zuid-limburg", {});
    expect(page.norms.map((n) => n.status)).toEqual(Array(4).fill("onvolledig"));
    expect(page.title).toBe("SOP in één oogopslag");
    expect(page.facts).toEqual([]);
  });

  it("names an 'anders' row by the name the school gave it", () => {
    const values = {
      ...schools["haaglanden-2021"],
      "voorziening.anders-1": "aanwezig",
      "voorziening.anders-1.naam": "Snoezelruimte",
    };
    const glance = summaryOf("haaglanden-2021", values).glance.find((g) =>
      g.heading.startsWith("Voorzieningen"),
    );
    expect(glance?.text).toContain("Snoezelruimte");
  });

  it("is a Word document of its own, not an SOP the tools would take for one", () => {
    const bytes = onePageDocx(templates["zuid-limburg"], schools["zuid-limburg"], TODAY);
    const doc = new DocxDocument(bytes);
    expect(doc.template()).toBeUndefined();
    expect(doc.readSync().present.size).toBe(0);
  });
});

describe("rendered by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sop-one-page-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("fits on one page for every template, filled as a school does and filled to the brim", () => {
    const files: string[] = [];
    for (const id of ids) {
      const template = templates[id];
      const full = overfilled(template);
      const docs: [string, Uint8Array][] = [
        [`${id}.docx`, onePageDocx(template, schools[id], TODAY)],
        [
          `${id}-vol.docx`,
          buildOnePageDocx(onePage(template, full, evaluate(template, full, TODAY)), "23-11-2026"),
        ],
      ];
      for (const [name, bytes] of docs) {
        writeFileSync(join(dir, name), bytes);
        files.push(name);
      }
    }
    // One LibreOffice start for all files: it is the slow part.
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        ...files,
      ],
      { cwd: dir, stdio: "ignore", timeout: 180_000 },
    );
    for (const name of files) {
      const pdf = join(dir, name.replace(/\.docx$/, ".pdf"));
      const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
      expect([name, /^Pages:\s+(\d+)/m.exec(info)?.[1]]).toEqual([name, "1"]);
      const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      expect(text).toContain("SOP in één oogopslag");
      expect(text).toContain("Normen van het samenwerkingsverband");
    }
    const zl = execFileSync("pdftotext", [join(dir, "zuid-limburg.pdf"), "-"], {
      encoding: "utf8",
    });
    expect(zl).toContain("Basisschool De Mijnlamp");
    expect(zl).toContain("23 van 23 in orde");
    expect(readFileSync(join(dir, "zuid-limburg.pdf")).length).toBeGreaterThan(1000);
  }, 240_000);
});
