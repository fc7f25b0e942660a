import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { filled, schools, sop, tempDir } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const fixtures = join(__dirname, "../fixtures/recognition");

describe("sop bind", () => {
  test("--in-place: the document itself becomes an SOP whose values are read as import reads them", () => {
    const file = join(dir, "kristal.docx");
    copyFileSync(join(fixtures, "haaglanden-2021-school.docx"), file);
    const imported = sop(["import", file, "--out", join(dir, "nieuw.docx"), "--json"]);
    const run = sop(["bind", file, "--in-place"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /kristal\.docx geschreven: Haaglanden – SOP 2021-2025 \(haaglanden-2021\), \d+ velden toegevoegd\.$/m,
    );
    const values = JSON.parse(sop(["values", file, "--json"]).stdout) as {
      template: string;
      values: Record<string, unknown>;
    };
    const report = JSON.parse(imported.stdout) as { fields: { id: string; value: unknown }[] };
    expect(values.template).toBe("haaglanden-2021");
    for (const f of report.fields)
      expect({ id: f.id, value: values.values[f.id] }).toEqual({ id: f.id, value: f.value });
  });

  test("lists the fields the document has no place for", () => {
    const run = sop([
      "bind",
      join(fixtures, "haaglanden-2021-school.docx"),
      "--template",
      "haaglanden-2025",
      "--out",
      join(dir, "als-2025.docx"),
      "--json",
    ]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { template: string; unplaced: string[] };
    expect(report.template).toBe("haaglanden-2025");
    expect(report.unplaced).toEqual(expect.arrayContaining(["ambities", "didactisch.dyslexie"]));
    const text = sop([
      "bind",
      join(fixtures, "haaglanden-2021-school.docx"),
      "--template",
      "haaglanden-2025",
      "--out",
      join(dir, "als-2025b.docx"),
    ]);
    expect(text.stdout).toMatch(/Niet in dit document \(\d+\):\n(?:.*\n)* {2}- .* \(ambities\)/);
  });

  test("refuses an SOP that has its fields, and never writes over its input without --in-place", () => {
    const ours = filled(dir, "zuid-limburg", schools["zuid-limburg"], "eigen.docx");
    const before = readFileSync(ours);
    const run = sop(["bind", ours, "--in-place"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/heeft zijn SOP-velden al \(zuid-limburg\)/);
    expect(readFileSync(ours).equals(before)).toBe(true);
    const source = join(fixtures, "zuid-limburg-form.docx");
    expect(sop(["bind", source, "--out", source]).stderr).toMatch(/Gebruik --in-place/);
    expect(sop(["bind", source]).code).toBe(2);
  });
});
