import { checkDocument, type FileResult } from "../../src/report/check-file";
import { overviewCsv } from "../../src/report/excel-csv";
import { boardWorkbook } from "../../src/report/workbook";
import { filledTemplate } from "../document/filled";
import { readXlsx } from "./xlsx";
import { DocxDocument } from "../../src/document/docx/adapter";

const today = { year: 2026, month: 11, day: 23 };

/** A filled Zuid-Limburg SOP with one zorgindicator below the norm (score 2). */
function belowNorm(): Uint8Array {
  const doc = new DocxDocument(filledTemplate("zuid-limburg"));
  doc.writeSync([
    { field: "school.naam", value: "Basisschool De Linde" },
    { field: "zorgindicator.01", value: "2" },
  ]);
  return doc.toBytes();
}

const results: FileResult[] = [
  checkDocument("goed/mijnlamp.docx", filledTemplate("zuid-limburg"), today),
  checkDocument("fout/linde.docx", belowNorm(), today),
  checkDocument("goed/vlieger.docx", filledTemplate("haaglanden-2021"), today),
  checkDocument("kapot.docx", new TextEncoder().encode("geen zip"), today),
];

describe("the board's workbook", () => {
  let sheets: Map<string, string[][]>;
  beforeAll(async () => {
    sheets = readXlsx(await boardWorkbook(results));
  });

  test("has an overview, the findings and the codes, in Dutch", () => {
    expect([...sheets.keys()]).toEqual(["Overzicht", "Bevindingen", "Codes"]);
  });

  test("the overview has a row per file with school, template, readiness, progress and each norm", () => {
    const [header = [], ...rows] = sheets.get("Overzicht") ?? [];
    expect(header.slice(0, 5)).toEqual([
      "School",
      "Bestand",
      "Sjabloon",
      "Versie",
      "Klaar voor bestuur",
    ]);
    const col = (start: string) => header.findIndex((h) => h.startsWith(start));
    expect(rows).toHaveLength(4);
    const [mijnlamp, linde, vlieger, kapot] = rows;
    expect(mijnlamp?.[0]).toBe("Basisschool De Mijnlamp");
    expect(mijnlamp?.[col("Klaar")]).toBe("ja");
    expect(mijnlamp?.[col("Ingevuld")]).toBe("110"); // 110 required since issue 7
    expect(mijnlamp?.[col("ZL-B ")]).toBe("gehaald");
    expect(linde?.[0]).toBe("Basisschool De Linde");
    expect(linde?.[col("Klaar")]).toBe("nee");
    expect(linde?.[col("Fouten")]).toBe("1");
    expect(linde?.[col("ZL-B ")]).toBe("niet gehaald");
    expect(vlieger?.[col("Sjabloon")]).toBe("Haaglanden – SOP 2021-2025");
    expect(vlieger?.[col("ZL-B ")] ?? "").toBe(""); // not a norm of Haaglanden
    expect(vlieger?.[col("HL21-FIN ")]).toBe("gehaald");
    expect(kapot?.[col("Bestand")]).toBe("kapot.docx");
    expect(kapot?.[col("Niet te lezen")]).toMatch(/geen zip-pakket/);
  });

  test("the findings sheet lists each finding with its code, severity and message", () => {
    const [header = [], ...rows] = sheets.get("Bevindingen") ?? [];
    expect(header).toEqual([
      "School",
      "Bestand",
      "Code",
      "Norm of regel",
      "Ernst",
      "Velden",
      "Melding",
    ]);
    const zlb = rows.find((r) => r[2] === "ZL-B");
    expect(zlb?.slice(0, 6)).toEqual([
      "Basisschool De Linde",
      "fout/linde.docx",
      "ZL-B",
      "Norm b: zorgindicatoren minstens 3",
      "fout",
      "zorgindicator.01",
    ]);
    expect(zlb?.[6]).toMatch(/\S/);
    expect(rows.find((r) => r[1] === "kapot.docx")?.[4]).toBe("niet te lezen");
  });

  test("the codes sheet explains every code that occurs", () => {
    const [header = [], ...rows] = sheets.get("Codes") ?? [];
    expect(header).toEqual(["Code", "Wat de regel controleert"]);
    expect(rows).toContainEqual(["ZL-B", "Norm b: zorgindicatoren minstens 3"]);
    expect(rows).toContainEqual(["HL21-FIN", "Bijdrage basisondersteuning"]);
  });
});

describe("the overview as CSV for Dutch Excel", () => {
  test("starts with a byte order mark, separates with ; and quotes what needs it", () => {
    const csv = overviewCsv(results, (v) =>
      /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v,
    );
    expect(csv.startsWith("\uFEFFSchool;Bestand;Sjabloon;Versie;Klaar voor bestuur;")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(6); // header, four files, and the final line break
    expect(lines[2]).toMatch(/^Basisschool De Linde;fout\/linde\.docx;Zuid-Limburg – SOP;1;nee;/);
    expect(lines[2]).toContain(";niet gehaald;");
  });
});
