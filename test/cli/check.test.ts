import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { templates } from "../../src/model";
import { duplicateControl, filled, rewritePart, schools, sop, tempDir } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const ERROR_SCHOOL = 'Basisschool "De Linde", locatie Noord';
const goed = join(dir, "map", "goed");
const fout = join(dir, "map", "fout");
const kapot = join(dir, "map", "kapot.docx");

beforeAll(() => {
  mkdirSync(goed, { recursive: true });
  mkdirSync(fout, { recursive: true });
  filled(goed, "zuid-limburg", schools["zuid-limburg"], "mijnlamp.docx");
  filled(goed, "haaglanden-2021", schools["haaglanden-2021"], "vlieger.docx");
  // Zorgindicator 1 scored 2: norm b (at least 3) is not met.
  filled(
    fout,
    "zuid-limburg",
    { ...schools["zuid-limburg"], "school.naam": ERROR_SCHOOL, "zorgindicator.01": "2" },
    "linde.docx",
  );
  writeFileSync(kapot, "Dit is geen Word-document.");
  // Word's owner file while a document is open, and a file that is no .docx: both skipped.
  writeFileSync(join(goed, "~$mijnlamp.docx"), "lock");
  writeFileSync(join(goed, "notities.txt"), "geen document");
});

type Report = {
  files: {
    file: string;
    template: string | null;
    version: number | null;
    ready: boolean;
    progress: { filled: number; required: number } | null;
    findings: { rule: string; severity: string; fields: string[]; message: string }[];
    error?: string;
  }[];
};

/** Splits RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const cell = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
  let at = 0;
  while (at < text.length) {
    cell.lastIndex = at;
    const m = cell.exec(text);
    if (!m) throw new Error(`bad CSV at ${at}`);
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ""));
    at = cell.lastIndex;
    if (text[at] === ",") at += 1;
    else if (text.startsWith("\r\n", at)) {
      rows.push(row);
      row = [];
      at += 2;
    } else throw new Error(`bad CSV at ${at}`);
  }
  return rows;
}

describe("sop check: exit codes", () => {
  test("a folder of complete schools: exit 0, each school ready", () => {
    const run = sop(["check", goed]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Basisschool De Mijnlamp");
    expect(run.stdout).toContain("Sjabloon:  Zuid-Limburg – SOP (zuid-limburg, versie 1)");
    expect(run.stdout).toContain("Klaar voor het bestuur: ja");
    expect(run.stdout).toContain("Voortgang: 113 van 113 velden");
    expect(run.stdout).toContain(
      "Samenvatting: 2 bestanden gecontroleerd, 2 klaar voor het bestuur, 0 met fouten.",
    );
    expect(run.stdout).not.toContain("~$");
    expect(run.stdout).not.toContain("notities.txt");
  });

  test("a school with an error finding: exit 1, the finding under Fouten with its rule id", () => {
    const run = sop(["check", goed, fout]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(ERROR_SCHOOL);
    expect(run.stdout).toMatch(
      /Klaar voor het bestuur: nee\n {2}Voortgang: \d+ van \d+ velden\n {2}Fouten \(1\):\n {4}- \[ZL-B\] /,
    );
  });

  test("an unreadable file: exit 2, and the other files are still checked and reported", () => {
    const run = sop(["check", join(dir, "map")]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(`${kapot}\n  Niet te lezen: Dit is geen Word-document (.docx)`);
    expect(run.stdout).toContain("Basisschool De Mijnlamp");
    expect(run.stdout).toContain(ERROR_SCHOOL);
    expect(run.stdout).toContain(
      "4 bestanden gecontroleerd, 2 klaar voor het bestuur, 1 met fouten, 1 niet te lezen.",
    );
    expect(run.stderr).toBe("");
  });

  test.each([
    [
      // Word's own document with every kind of control, and nothing of an SOP's headings or labels.
      "a Word document that is no SOP",
      (f: string) => copyFileSync(join(__dirname, "../fixtures/word/word-controls.docx"), f),
      /geen SOP: het heeft geen eigenschap SOP\.Template/,
    ],
    [
      "an unknown template version",
      (f: string) =>
        writeFileSync(
          f,
          rewritePart(buildTemplateDocx(templates.passenderwijs), "docProps/custom.xml", (x) =>
            x.replace("<vt:i4>1</vt:i4>", "<vt:i4>7</vt:i4>"),
          ),
        ),
      /sjabloonversie die SOP Assistent niet kent.*"7"/,
    ],
    ["an empty file", (f: string) => writeFileSync(f, ""), /Het bestand is leeg/],
  ])(
    "%s cannot be read as an SOP: exit 2 with a message naming the problem",
    (_, make, message) => {
      const file = join(dir, "los.docx");
      make(file);
      const run = sop(["check", file, goed, "--format", "json"]);
      expect(run.code).toBe(2);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.files[0]).toMatchObject({ file, template: null, ready: false });
      expect(report.files[0]?.error).toMatch(message);
      expect(report.files).toHaveLength(3);
      expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
    },
  );

  test("a path that does not exist is reported with the rest: exit 2", () => {
    const run = sop(["check", join(dir, "bestaat-niet.docx"), goed]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Niet te lezen: Bestand of map niet gevonden.");
    expect(run.stdout).toContain("Basisschool De Mijnlamp");
  });

  test("a duplicated control is a conflict: a DOC-DUPLICATE error, and exit 2 (not all fields could be read)", () => {
    const file = join(dir, "dubbel.docx");
    const source = readFileSync(join(goed, "mijnlamp.docx"));
    writeFileSync(
      file,
      rewritePart(source, "word/document.xml", (xml) => duplicateControl(xml, "sop:school.brin")),
    );
    const run = sop(["check", file, join(goed, "vlieger.docx"), "--format", "json"]);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout) as Report;
    const finding = report.files[0]?.findings.find((f) => f.rule === "DOC-DUPLICATE");
    expect(finding).toMatchObject({ severity: "error", fields: ["school.brin"] });
    expect(finding?.message).toContain("2 keer");
    expect(report.files[0]).toMatchObject({ template: "zuid-limburg", ready: false });
    expect(report.files[1]).toMatchObject({ ready: true });
    expect(run.stderr).toContain(`${file}: [DOC-DUPLICATE] `);

    const values = sop(["values", file, "--json"]);
    expect(values.code).toBe(2);
    expect(JSON.parse(values.stdout).values["school.brin"]).toBe("21XK");
    expect(values.stderr).toContain("[DOC-DUPLICATE]");
  });

  test("judges dates against the injected clock: a signature date after today is an error", () => {
    const run = sop(["check", join(goed, "mijnlamp.docx"), "--format", "json"], {
      now: new Date(2026, 0, 15),
    });
    expect(run.code).toBe(1);
    const rules = (JSON.parse(run.stdout) as Report).files[0]?.findings.map(
      (f) => `${f.rule}:${f.severity}`,
    );
    expect(rules).toContain("R-DATE:error");
  });
});

describe("sop check: formats", () => {
  test("json: exactly the contract's shape, one entry per file", () => {
    const run = sop(["check", join(dir, "map"), "--format", "json"]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files.map((f) => f.file)).toEqual([
      join(fout, "linde.docx"),
      join(goed, "mijnlamp.docx"),
      join(goed, "vlieger.docx"),
      kapot,
    ]);
    const [linde, mijnlamp] = report.files;
    expect(Object.keys(mijnlamp ?? {})).toEqual([
      "file",
      "template",
      "version",
      "source",
      "ready",
      "progress",
      "findings",
    ]);
    expect(mijnlamp).toMatchObject({
      template: "zuid-limburg",
      version: 1,
      source: "controls",
      ready: true,
      progress: { filled: 113, required: 113 },
      findings: [],
    });
    expect(linde?.ready).toBe(false);
    const zlb = linde?.findings.find((f) => f.rule === "ZL-B");
    expect(zlb).toMatchObject({ severity: "error", fields: ["zorgindicator.01"] });
    expect(Object.keys(zlb ?? {})).toEqual(["rule", "severity", "fields", "message"]);
    expect(report.files[3]).toMatchObject({
      file: kapot,
      template: null,
      error: expect.stringContaining("geen zip-pakket"),
    });
    expect(run.stderr).toContain(`${kapot}: Dit is geen Word-document`);
  });

  test("csv: a header with a column per norm, one row per file, RFC 4180 quoting", () => {
    const run = sop(["check", join(dir, "map"), "--format", "csv"]);
    expect(run.code).toBe(2);
    expect(run.stdout.endsWith("\r\n")).toBe(true);
    expect(run.stdout).toContain(`"Basisschool ""De Linde"", locatie Noord"`);
    const [header = [], ...rows] = parseCsv(run.stdout);
    expect(header.slice(0, 8)).toEqual([
      "file",
      "school",
      "template",
      "ready",
      "errors",
      "warnings",
      "progress",
      "error",
    ]);
    // Every norm of the templates involved, also the ones no school broke.
    for (const rule of [
      "ZL-A",
      "ZL-B",
      "ZL-HGW",
      "ZL-SPECIFIEK",
      "ZL-VOORZIENING",
      "HL21-FIN",
      "HL21-EXPERTISE",
    ])
      expect(header).toContain(rule);
    expect(header).not.toContain("PW-VEILIG");
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const cell = (row: string[] | undefined, column: string) => row?.[header.indexOf(column)];
    const [linde, mijnlamp, vlieger, broken] = rows;
    expect(cell(linde, "school")).toBe(ERROR_SCHOOL);
    expect(cell(linde, "ready")).toBe("false");
    expect(cell(linde, "errors")).toBe("1");
    expect(cell(linde, "ZL-B")).toBe("error");
    expect(cell(linde, "ZL-A")).toBe("ok");
    expect(cell(mijnlamp, "ZL-B")).toBe("ok");
    expect(cell(mijnlamp, "progress")).toBe("113 van 113");
    expect(cell(mijnlamp, "HL21-FIN")).toBe("");
    expect(cell(vlieger, "HL21-FIN")).toBe("ok");
    expect(cell(broken, "error")).toMatch(/geen zip-pakket/);
    expect(cell(broken, "template")).toBe("");
  });

  test("--out writes the report to a file and keeps stdout empty", () => {
    const out = join(dir, "rapport.csv");
    const run = sop(["check", goed, "--format", "csv", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^file,school,template,ready/);
    expect(run.stderr).toContain(`Rapport geschreven naar ${out}.`);
  });

  test("an unknown format is a usage error: exit 2", () => {
    const run = sop(["check", goed, "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Onbekend formaat "xml": kies text, json of csv.');
    expect(run.stderr).toContain("Gebruik: npm run sop -- check");
  });
});

describe("sop check: progress bar", () => {
  const many = join(dir, "veel");
  beforeAll(() => {
    mkdirSync(many);
    for (let i = 1; i <= 21; i++)
      copyFileSync(
        join(goed, "mijnlamp.docx"),
        join(many, `school-${String(i).padStart(2, "0")}.docx`),
      );
  });

  test("shows on a terminal for more than 20 files, on stderr only", () => {
    const run = sop(["check", many, "--format", "json"], { isTTY: true });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("\rControleren [");
    expect(run.stderr).toContain("21 van 21 bestanden");
    expect(run.stdout).not.toContain("Controleren");
  });

  test("stays away when stderr is no terminal", () => {
    expect(sop(["check", many, "--format", "json"], { isTTY: false }).stderr).toBe("");
  });

  test("stays away for 20 files or fewer", () => {
    const files = Array.from({ length: 20 }, (_, i) =>
      join(many, `school-${String(i + 1).padStart(2, "0")}.docx`),
    );
    expect(sop(["check", ...files, "--format", "json"], { isTTY: true }).stderr).toBe("");
  });
});
