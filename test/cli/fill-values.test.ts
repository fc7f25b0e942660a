import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { templates, type FieldValue, type Template, type Values } from "../../src/model";
import { parseDutchNumber } from "../../src/rules";
import { dataFile, filled, schools, sop, tempDir, templateIdList } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

/** What a document gives back for the data: Dutch number texts read as numbers, unticked boxes absent. */
function normalized(template: Template, values: Values): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [id, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === false || value === "") continue;
    const kind = template.byId.get(id)?.field.kind;
    if ((kind === "number" || kind === "computed") && typeof value === "string") {
      const n = parseDutchNumber(value);
      out[id] = n.ok ? n.value : value;
    } else out[id] = value;
  }
  return out;
}

describe("sop fill, then sop values", () => {
  test.each(templateIdList)("gives back every field of a complete %s school", (id) => {
    const file = filled(dir, id, schools[id]);
    const run = sop(["values", file, "--json"]);
    expect(run.code).toBe(0);
    const read = JSON.parse(run.stdout) as { template: string; values: Record<string, FieldValue> };
    expect(read.template).toBe(id);
    expect(read.values).toEqual(normalized(templates[id], schools[id]));
  });

  test("computes the computed fields and writes them in Dutch notation", () => {
    const values = { ...schools["haaglanden-2021"] };
    delete (values as Record<string, unknown>)["financien.bedrag"];
    const file = filled(dir, "haaglanden-2021", values, "zonder-bedrag.docx");
    const read = JSON.parse(sop(["values", file, "--json"]).stdout) as { values: Values };
    expect(read.values["financien.bedrag"]).toBe(32032);
    const inspect = JSON.parse(sop(["inspect", file, "--json"]).stdout) as {
      controls: { tag: string; text: string }[];
    };
    expect(inspect.controls.find((c) => c.tag === "sop:financien.bedrag")?.text).toBe("€ 32.032");
  });

  test("fills an existing document: what was there stays, the new values are added", () => {
    const first = filled(dir, "passenderwijs", { "school.naam": "De Regenboog" }, "eerst.docx");
    const data = dataFile(dir, "erbij.json", { values: { "school.plaats": "Woerden" } });
    const out = join(dir, "daarna.docx");
    expect(sop(["fill", first, "--data", data, "--out", out]).code).toBe(0);
    const read = JSON.parse(sop(["values", out, "--json"]).stdout) as { values: Values };
    expect(read.values).toMatchObject({
      "school.naam": "De Regenboog",
      "school.plaats": "Woerden",
    });
  });

  test("the text output lists field ids with their values", () => {
    const file = filled(
      dir,
      "zuid-limburg",
      { "school.naam": "De Linde", swv: "3105", "uitstroom.pro": true },
      "tekst.docx",
    );
    const run = sop(["values", file]);
    expect(run.stdout).toContain("Sjabloon: Zuid-Limburg – SOP (zuid-limburg)");
    expect(run.stdout).toMatch(/school\.naam\s+De Linde/);
    expect(run.stdout).toMatch(/swv\s+3105/);
    expect(run.stdout).toMatch(/uitstroom\.pro\s+☒ aangevinkt/);
  });
});

describe("sop fill refuses what no document could hold", () => {
  test.each([
    [
      "an unknown field id",
      { "school.naam": "X", "school.kleur": "blauw" },
      /onbekend veld "school\.kleur"/,
    ],
    [
      "an unknown option key",
      { swv: "3107" },
      /onbekende optie "3107" bij veld "swv": kies uit "3104", "3105", "3106"/,
    ],
    [
      "an unknown key in a multi-tick",
      { "zorgindicator.01": ["3", "9"] },
      /onbekende optie "9" bij veld "zorgindicator\.01"/,
    ],
    [
      "a number for a tick",
      { "uitstroom.pro": 1 },
      /verkeerde vorm bij veld "uitstroom\.pro": verwacht true of false, gekregen getal 1/,
    ],
    [
      "an object for a text",
      { "school.naam": { naam: "X" } },
      /verkeerde vorm bij veld "school\.naam": verwacht tekst \(of een getal\), gekregen een object/,
    ],
    [
      "a tick for a text",
      { "school.naam": true },
      /verkeerde vorm bij veld "school\.naam": verwacht tekst \(of een getal\), gekregen true/,
    ],
    [
      "a decimal score, echoed in Dutch notation",
      { "zorgindicator.01": 2.5 },
      /onbekende optie "2,5" bij veld "zorgindicator\.01": kies uit "1", "2", "3", "4"/,
    ],
  ])("%s: exit 2, a message naming it, no file written", (_, values, message) => {
    const data = dataFile(dir, "fout.json", { template: "zuid-limburg", values });
    const out = join(dir, "niet-geschreven.docx");
    const run = sop(["fill", "zuid-limburg", "--data", data, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain("fout.json");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    ["not JSON", "{ values: ", /geen geldige JSON/],
    ["no values object", JSON.stringify({ template: "zuid-limburg" }), /verwacht \{ "template"/],
    [
      "values for another template",
      JSON.stringify({ template: "passenderwijs", values: {} }),
      /voor sjabloon "passenderwijs", maar er wordt gevuld met sjabloon "zuid-limburg"/,
    ],
  ])("a data file with %s: exit 2", (_, content, message) => {
    const data = join(dir, "kapot.json");
    writeFileSync(data, content);
    const run = sop(["fill", "zuid-limburg", "--data", data, "--out", join(dir, "x.docx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test("a text in a number field is written as a person could type it, and check flags it", () => {
    const file = filled(
      dir,
      "zuid-limburg",
      { "kengetallen.leerlingen-tm8": "ongeveer 200" },
      "tekst-in-getal.docx",
    );
    const read = JSON.parse(sop(["values", file, "--json"]).stdout) as { values: Values };
    expect(read.values["kengetallen.leerlingen-tm8"]).toBe("ongeveer 200");
    const check = JSON.parse(sop(["check", file, "--format", "json"]).stdout) as {
      files: { findings: { rule: string; severity: string }[] }[];
    };
    expect(check.files[0]?.findings).toContainEqual(
      expect.objectContaining({ rule: "R-NUMBER", severity: "error" }),
    );
  });
});

describe("sop fill takes numbers as people type them (issue 7.9)", () => {
  type Controls = { controls: { tag: string; text: string; checked?: boolean }[] };
  const shown = (file: string, tag: string) =>
    (JSON.parse(sop(["inspect", file, "--json"]).stdout) as Controls).controls.find(
      (c) => c.tag === tag,
    );

  // zuid-limburg-sop-model.txt:81 "2.2 Kengetallen peildatum 1-10- (meest recente 1-oktober telling)":
  // the year is what follows the printed "1-10-", a text field a director fills with 2025.
  test("a year given as a number goes into a text field as 2025, not 2.025, and passes check", () => {
    const file = filled(
      dir,
      "zuid-limburg",
      { ...schools["zuid-limburg"], "kengetallen.peiljaar": 2025 },
      "peiljaar-getal.docx",
    );
    expect(shown(file, "sop:kengetallen.peiljaar")?.text).toBe("2025");
    const read = JSON.parse(sop(["values", file, "--json"]).stdout) as { values: Values };
    expect(read.values["kengetallen.peiljaar"]).toBe("2025");
    const check = sop(["check", file, "--format", "json"]);
    const report = JSON.parse(check.stdout) as { files: { ready: boolean; findings: [] }[] };
    expect(report.files[0]?.findings).toEqual([]);
    expect(report.files[0]?.ready).toBe(true);
    expect(check.code).toBe(0);
  });

  // passenderwijs-sop-model.txt:58 "Aantal leerlingen oktober (jaar)": a number field holding a year.
  test("a year in a number field is written 2025, not 2.025, and read back as a number", () => {
    const values = { ...schools.passenderwijs, "school.leerlingen": 1247 };
    const file = filled(dir, "passenderwijs", values, "pw-peiljaar.docx");
    expect(shown(file, "sop:school.peiljaar")?.text).toBe("2025");
    // A count keeps its thousands dot.
    expect(shown(file, "sop:school.leerlingen")?.text).toBe("1.247");
    const read = JSON.parse(sop(["values", file, "--json"]).stdout) as { values: Values };
    expect(read.values["school.peiljaar"]).toBe(2025);
  });

  test("a decimal in a text field is written with a decimal comma", () => {
    const file = filled(
      dir,
      "passenderwijs",
      { aanvullend: 1.5, "school.adres": 12 },
      "decimaal-in-tekst.docx",
    );
    expect(shown(file, "sop:aanvullend")?.text).toBe("1,5");
    expect(shown(file, "sop:school.adres")?.text).toBe("12");
  });

  test("a score given as a number ticks that option", () => {
    const file = filled(dir, "zuid-limburg", { "zorgindicator.01": 3, swv: 3105 }, "score.docx");
    const read = JSON.parse(sop(["values", file, "--json"]).stdout) as { values: Values };
    expect(read.values["zorgindicator.01"]).toBe("3");
    expect(read.values["swv"]).toBe("3105");
    expect(shown(file, "sop:zorgindicator.01=3")?.checked).toBe(true);
  });

  test("a decimal count is written in Dutch notation and check echoes it so", () => {
    const file = filled(dir, "zuid-limburg", { "kengetallen.locaties": 1.5 }, "half.docx");
    expect(shown(file, "sop:kengetallen.locaties")?.text).toBe("1,5");
    const report = JSON.parse(sop(["check", file, "--format", "json"]).stdout) as {
      files: { findings: { rule: string; message: string }[] }[];
    };
    const number = report.files[0]?.findings.find((f) => f.rule === "R-NUMBER");
    expect(number?.message).toContain('"1,5"');
    expect(number?.message).not.toContain("1.5");
  });
});

describe("sop fill --in-place", () => {
  test("overwrites the document itself, leaving no temporary file", () => {
    const file = filled(dir, "haaglanden-2025", { structuur: "Eerste versie" }, "inplace-ok.docx");
    const data = dataFile(dir, "inplace.json", { values: { structuur: "Tweede versie" } });
    const before = readdirSync(dir).sort();
    const run = sop(["fill", file, "--data", data, "--in-place"]);
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    const read = JSON.parse(sop(["values", file, "--json"]).stdout) as { values: Values };
    expect(read.values["structuur"]).toBe("Tweede versie");
  });

  test("refused data leaves the original byte for byte untouched and no temporary file", () => {
    const file = filled(
      dir,
      "haaglanden-2025",
      { structuur: "Origineel" },
      "inplace-weigering.docx",
    );
    const original = readFileSync(file);
    const data = dataFile(dir, "inplace-fout.json", {
      values: { structuur: "Nieuw", "netwerk.sbo": "misschien" },
    });
    const before = readdirSync(dir).sort();
    const run = sop(["fill", file, "--data", data, "--in-place"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('onbekende optie "misschien" bij veld "netwerk.sbo"');
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  test("a write that fails (the target is a folder) leaves no half-written or temporary file", () => {
    const data = dataFile(dir, "leeg.json", { values: {} });
    const before = readdirSync(dir).sort();
    const run = sop(["fill", "passenderwijs", "--data", data, "--out", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("dit is een map");
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  test("never overwrites the input without --in-place", () => {
    const file = filled(dir, "passenderwijs", { "school.naam": "Origineel" }, "bewaard.docx");
    const original = readFileSync(file);
    const data = dataFile(dir, "bewaard.json", { values: { "school.naam": "Anders" } });
    const run = sop(["fill", file, "--data", data, "--out", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--in-place");
    expect(readFileSync(file).equals(original)).toBe(true);
  });

  test("is refused for a template id (there is no file to overwrite)", () => {
    const data = dataFile(dir, "tpl.json", { values: {} });
    const run = sop(["fill", "passenderwijs", "--data", data, "--in-place"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--in-place kan alleen bij een bestaand document");
  });
});
