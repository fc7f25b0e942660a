import { readFileSync } from "node:fs";
import { join } from "node:path";
import { filled, schools, sop, tempDir } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const fixtures = join(__dirname, "../fixtures/recognition");

type Report = {
  template: string;
  fields: { id: string; value: unknown; from: Record<string, unknown> }[];
  unplaced: string[];
  empty: string[];
};

const valuesOf = (file: string) =>
  (JSON.parse(sop(["values", file, "--json"]).stdout) as { values: Record<string, unknown> })
    .values;

describe("sop import", () => {
  test.each([
    "haaglanden-2021-school",
    "zuid-limburg-form",
    "passenderwijs-controls",
    "haaglanden-2025-libreoffice",
  ])("%s: a new SOP of its template with every answer the document holds", (name) => {
    const expected = JSON.parse(readFileSync(join(fixtures, `${name}.expected.json`), "utf8")) as {
      template: string;
      values: Record<string, unknown>;
    };
    const out = join(dir, `${name}.docx`);
    const run = sop(["import", join(fixtures, `${name}.docx`), "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.template).toBe(expected.template);
    const values = valuesOf(out);
    // Computed fields are computed again in the new document; every answer is there as it was.
    for (const [id, value] of Object.entries(expected.values))
      if (!/\.aantal$|^kengetallen\.leerlingen$|^financien\.bedrag$/.test(id))
        expect({ id, value: values[id] }).toEqual({ id, value });
  });

  test("--json: where each answer stood, what had no place and what is empty", () => {
    const run = sop([
      "import",
      join(fixtures, "haaglanden-2021-school.docx"),
      "--out",
      join(dir, "vlieger.docx"),
      "--json",
    ]);
    const report = JSON.parse(run.stdout) as Report;
    expect(Object.keys(report)).toEqual(["template", "fields", "unplaced", "empty"]);
    const lift = report.fields.find((f) => f.id === "voorziening.verzorgingsruimte");
    expect(lift).toMatchObject({
      value: "aanwezig",
      from: {
        section: "Bijzondere voorzieningen en/of toegankelijkheid in het gebouw",
        text: "Ja(badkamer)",
        remark: "badkamer",
      },
    });
    expect(report.empty).toContain("extern.cjg");
    expect(report.unplaced).toEqual([]);
  });

  test("on one of our own SOPs it copies the values", () => {
    const ours = filled(dir, "passenderwijs", schools.passenderwijs, "eigen.docx");
    const out = join(dir, "kopie.docx");
    const run = sop(["import", ours, "--out", out, "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.fields.find((f) => f.id === "school.naam")?.from).toEqual({
      control: "sop:school.naam",
    });
    expect(valuesOf(out)).toEqual(valuesOf(ours));
  });

  test("--template haaglanden-2025 carries a 2021 SOP over into the Ondersteuningsaanbod", () => {
    const out = join(dir, "aanbod-2025.docx");
    const run = sop([
      "import",
      join(fixtures, "haaglanden-2021-libreoffice.docx"),
      "--template",
      "haaglanden-2025",
      "--out",
      out,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.template).toBe("haaglanden-2025");
    expect(report.unplaced).toEqual(
      expect.arrayContaining(["visie", "financien.schooljaar", "evaluatie.moment"]),
    );
    const values = valuesOf(out);
    expect(values).toMatchObject({
      structuur: expect.stringContaining("De leerkracht is eerst verantwoordelijk"),
      "expertise.taal": "ja",
      "netwerk.adviseur": "ja",
      "netwerk.anders-1": "ja",
      "netwerk.anders-1.naam": "CJG",
      "gebouw.lift": "nee",
      "gebouw.anders": "ja",
      "gebouw.anders.naam": "Ouderkamer",
    });
    expect(String(values.ambities)).toContain("nog niet op orde");
  });

  test("the text report names what had no place", () => {
    const run = sop([
      "import",
      join(fixtures, "haaglanden-2021-school.docx"),
      "--template",
      "haaglanden-2025",
      "--out",
      join(dir, "tekst.docx"),
    ]);
    expect(run.stdout).toContain("Gelezen als haaglanden-2021, uit de tekst van het document.");
    expect(run.stdout).toMatch(/Zonder plaats in haaglanden-2025.*\n(?:.*\n)* {2}- visie/);
  });

  test("never writes over the document it reads, and refuses a document that is no SOP", () => {
    const source = join(fixtures, "haaglanden-2021-school.docx");
    const same = sop(["import", source, "--out", source]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/overschrijft het oude niet/);
    const letter = sop([
      "import",
      join(__dirname, "../fixtures/word/word-controls.docx"),
      "--out",
      join(dir, "brief.docx"),
    ]);
    expect(letter.code).toBe(2);
    expect(letter.stderr).toMatch(/lijkt op geen van de SOP-modellen/);
  });
});
