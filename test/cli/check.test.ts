import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { templates } from "../../src/model";
import { main } from "../../src/cli/main";
import { readXlsx } from "../report/xlsx";
import { duplicateControl, filled, rewritePart, schools, sop, tempDir, TODAY } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

const ERROR_SCHOOL = 'Basisschool "De Linde", locatie Noord';
const goed = join(dir, "map", "goed");
const fout = join(dir, "map", "fout");
const kapot = join(dir, "map", "kapot.docx");
const los = join(dir, "los");

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
  // Outside the folder above: norm b not met but answered by an ontwikkeldoel (ready), and a
  // school without any error that misses the director's name (not ready).
  mkdirSync(los, { recursive: true });
  filled(
    los,
    "zuid-limburg",
    {
      ...schools["zuid-limburg"],
      "school.naam": "Basisschool De Eik",
      "zorgindicator.01": "2",
      "ambitie.4.doel": "Alle zorgindicatoren minstens op een 3, eerst zorgindicator 1.",
      "ambitie.4.activiteiten": "Scholing van het team.",
      "ambitie.4.tijdpad": "2027",
    },
    "eik.docx",
  );
  filled(
    los,
    "zuid-limburg",
    {
      ...schools["zuid-limburg"],
      "school.naam": "Basisschool De Beuk",
      "ondertekening.directeur": "",
    },
    "beuk.docx",
  );
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
    norms: { rule: string; status: string }[];
    error?: string;
  }[];
};

/** Splits Dutch Excel's CSV: RFC 4180 with `;` (quoted cells may hold `;`, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const cell = /"((?:[^"]|"")*)"|([^";\r\n]*)/y;
  let at = 0;
  while (at < text.length) {
    cell.lastIndex = at;
    const m = cell.exec(text);
    if (!m) throw new Error(`bad CSV at ${at}`);
    row.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ""));
    at = cell.lastIndex;
    if (text[at] === ";") at += 1;
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
    expect(run.stdout).toContain("Voortgang: 110 van 110 velden");
    expect(run.stdout).toMatch(
      /Normen gehaald: (ZL-SCHOOL, )?ZL-KENGETALLEN, ZL-UITSTROOM, .*ZL-B, /,
    );
    expect(run.stdout).not.toContain("Normen niet gehaald");
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
      /Klaar voor het bestuur: nee\n {2}Voortgang: \d+ van \d+ velden\n {2}Normen niet gehaald: ZL-B\n {2}Normen gehaald: .*\n {2}Fouten \(1\):\n {4}- \[ZL-B\] /,
    );
  });

  test("a norm not met but answered by an ontwikkeldoel: ready, exit 0, the norm still reported", () => {
    const run = sop(["check", join(los, "eik.docx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Klaar voor het bestuur: ja");
    expect(run.stdout).toContain(
      "Normen niet gehaald: ZL-B (beantwoord met een ontwikkeldoel of toelichting)",
    );
    expect(run.stdout).toMatch(/Fouten \(1\):\n {4}- \[ZL-B\] .*heeft hiervoor een ontwikkeldoel/);
  });

  test("no error but a required field empty: not ready, exit 1", () => {
    const run = sop(["check", join(los, "beuk.docx"), "--format", "json"]);
    expect(run.code).toBe(1);
    const [beuk] = (JSON.parse(run.stdout) as Report).files;
    expect(beuk?.ready).toBe(false);
    expect(beuk?.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(beuk?.norms).toContainEqual({ rule: "ZL-ONDERTEKENING", status: "incomplete" });
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
      // In words a board member knows: the models it follows none of, not a document property's name.
      /^Dit document is geen SOP: het volgt geen van de modellen \(Haaglanden, Passenderwijs, Zuid-Limburg\) en heeft geen SOP-velden\.$/,
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

  test("judges dates against the injected clock: an inspection after today is an error, a planned adoption is not", () => {
    const run = sop(["check", join(goed, "mijnlamp.docx"), "--format", "json"], {
      now: new Date(2023, 0, 15),
    });
    expect(run.code).toBe(1);
    const dates = (JSON.parse(run.stdout) as Report).files[0]?.findings.filter(
      (f) => f.rule === "R-DATE",
    );
    // The inspection (15-03-2023) lies after today; the adoption date (14-10-2026) may be planned.
    expect(dates).toEqual([
      expect.objectContaining({ severity: "error", fields: ["kwaliteit.datum"] }),
    ]);
  });
});

describe("sop check: formats", () => {
  // Issue 11: the JSON carries the school's name too, so a program needs no second read.
  test("json: exactly the contract's shape plus the school, one entry per file", () => {
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
      "school",
      "template",
      "version",
      "source",
      "ready",
      "progress",
      "findings",
      "norms",
    ]);
    expect(mijnlamp).toMatchObject({
      school: "Basisschool De Mijnlamp",
      template: "zuid-limburg",
      version: 1,
      source: "controls",
      ready: true,
      progress: { filled: 110, required: 110 },
      findings: [],
    });
    expect(mijnlamp?.norms.map((n) => n.status).every((s) => s === "met")).toBe(true);
    expect(mijnlamp?.norms.map((n) => n.rule)).toEqual(
      expect.arrayContaining(["ZL-A", "ZL-B", "ZL-HGW", "ZL-SPECIFIEK", "ZL-STRUCTUUR"]),
    );
    expect(linde?.ready).toBe(false);
    expect(linde?.norms).toContainEqual({ rule: "ZL-B", status: "not-met" });
    expect(linde?.norms).toContainEqual({ rule: "ZL-A", status: "met" });
    expect(Object.keys(linde?.norms[0] ?? {})).toEqual(["rule", "status"]);
    const zlb = linde?.findings.find((f) => f.rule === "ZL-B");
    expect(zlb).toMatchObject({ severity: "error", fields: ["zorgindicator.01"] });
    expect(Object.keys(zlb ?? {})).toEqual(["rule", "severity", "fields", "message"]);
    expect(report.files[3]).toMatchObject({
      file: kapot,
      school: null,
      template: null,
      norms: [],
      error: expect.stringContaining("geen zip-pakket"),
    });
    expect(run.stderr).toContain(`${kapot}: Dit is geen Word-document`);
  });

  // Issue 11: the CSV is for Dutch Excel (a BOM, `;`), with Dutch headers and each norm's status in
  // words, instead of English headers and "ok"/the worst severity.
  test("csv: Dutch Excel's CSV, a column per norm with its status in words, one row per file", () => {
    const run = sop(["check", join(dir, "map"), "--format", "csv"]);
    expect(run.code).toBe(2);
    expect(run.stdout.startsWith("\uFEFFSchool;Bestand;")).toBe(true);
    expect(run.stdout.endsWith("\r\n")).toBe(true);
    expect(run.stdout).toContain(`"Basisschool ""De Linde"", locatie Noord"`);
    const [header = [], ...rows] = parseCsv(run.stdout.slice(1));
    expect(header.slice(0, 10)).toEqual([
      "School",
      "Bestand",
      "Sjabloon",
      "Versie",
      "Klaar voor bestuur",
      "Ingevuld",
      "Verplicht",
      "Fouten",
      "Waarschuwingen",
      "Niet te lezen",
    ]);
    const column = (rule: string) => header.findIndex((h) => h.startsWith(`${rule} `));
    // Every norm of the templates involved, also the ones no school broke, with its title.
    expect(header).toContain("ZL-B Norm b: zorgindicatoren minstens 3");
    for (const rule of ["ZL-A", "ZL-B", "ZL-HGW", "ZL-SPECIFIEK", "ZL-VOORZIENING", "HL21-FIN"])
      expect(column(rule)).toBeGreaterThan(9);
    expect(column("PW-VEILIG")).toBe(-1);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const cell = (row: string[] | undefined, name: string) =>
      row?.[header.includes(name) ? header.indexOf(name) : column(name)];
    const [linde, mijnlamp, vlieger, broken] = rows;
    expect(cell(linde, "School")).toBe(ERROR_SCHOOL);
    expect(cell(linde, "Klaar voor bestuur")).toBe("nee");
    expect(cell(linde, "Fouten")).toBe("1");
    expect(cell(linde, "ZL-B")).toBe("niet gehaald");
    expect(cell(linde, "ZL-A")).toBe("gehaald");
    expect(cell(mijnlamp, "ZL-B")).toBe("gehaald");
    expect(cell(mijnlamp, "Ingevuld")).toBe("110");
    expect(cell(mijnlamp, "Verplicht")).toBe("110");
    expect(cell(mijnlamp, "Sjabloon")).toBe("Zuid-Limburg – SOP");
    expect(cell(mijnlamp, "HL21-FIN")).toBe("");
    expect(cell(vlieger, "HL21-FIN")).toBe("gehaald");
    expect(cell(broken, "Niet te lezen")).toMatch(/geen zip-pakket/);
    expect(cell(broken, "Sjabloon")).toBe("");
  });

  test("--out writes the report to a file and keeps stdout empty", () => {
    const out = join(dir, "rapport.csv");
    const run = sop(["check", goed, "--format", "csv", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^\uFEFFSchool;Bestand;Sjabloon;/);
    expect(run.stderr).toContain(`Rapport geschreven naar ${out}.`);
  });

  test("an unknown format is a usage error: exit 2", () => {
    const run = sop(["check", goed, "--format", "xml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Onbekend formaat "xml": kies text, json, csv of xlsx.');
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

describe("sop check: Excel workbook", () => {
  test("--format xlsx --out writes the board's workbook: overview, findings and codes", async () => {
    const out = join(dir, "overzicht.xlsx");
    let stderr = "";
    const code = await main(["check", join(dir, "map"), "--format", "xlsx", "--out", out], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s), isTTY: false },
      now: () => TODAY,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`Rapport geschreven naar ${out}.`);
    const sheets = readXlsx(readFileSync(out));
    expect([...sheets.keys()]).toEqual(["Overzicht", "Bevindingen", "Codes"]);
    const [header = [], ...rows] = sheets.get("Overzicht") ?? [];
    expect(header.slice(0, 2)).toEqual(["School", "Bestand"]);
    expect(rows.map((r) => r[0])).toEqual([
      ERROR_SCHOOL,
      "Basisschool De Mijnlamp",
      "Basisschool De Vlieger",
      "",
    ]);
  });

  test("without --out it says where the workbook should go", () => {
    const run = sop(["check", goed, "--format", "xlsx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("geef met --out een bestandsnaam");
  });
});
