/**
 * The board page of the browser edition in Debian's Chromium: a folder of SOPs of every template and
 * a broken file, the table, a school's findings, the pictures, and the exports read back.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readXlsx } from "../report/xlsx";
import { BELOW_NORM_SCHOOL, boardFolder } from "./board-folder";
import { ARTIFACTS, chromiumSuite, screenshot, type PanePage } from "./harness";

const chromium = chromiumSuite();
const folder = boardFolder();

async function boardPage(): Promise<PanePage> {
  const { page, problems } = await chromium.open({ width: 1400 });
  await page.getByRole("button", { name: "SOP's controleren (bestuur)" }).click();
  await page.getByRole("heading", { name: "SOP's controleren (bestuur)" }).waitFor();
  return { page, problems };
}

test("a chosen folder gives a row per file, with each norm's status and the broken file's reason", async () => {
  const { page, problems } = await boardPage();
  await page.getByLabel("Kies een map met SOP's").setInputFiles(folder.dir);
  const table = page.getByRole("table", { name: "SOP's per school" });
  await page.getByText(/6 bestanden gecontroleerd/).waitFor({ timeout: 15_000 });
  const headers = await table.locator("thead th").allInnerTexts();
  assert.ok(headers.some((h) => h.startsWith("School")));
  assert.ok(headers.some((h) => h.startsWith("Klaar")));
  assert.ok(headers.some((h) => h.startsWith("ZL-B")));
  assert.equal(await table.locator("tbody tr").count(), 6);

  const broken = table.locator("tbody tr", { hasText: "kapot.docx" });
  assert.match(await broken.innerText(), /Niet te lezen: .*geen zip-pakket/);
  const linde = table.locator("tbody tr", { hasText: BELOW_NORM_SCHOOL });
  assert.match(await linde.innerText(), /✗ nee/);
  assert.match(await linde.innerText(), /✗ niet gehaald/);
  const mijnlamp = table.locator("tbody tr", { hasText: "Basisschool De Mijnlamp" });
  assert.match(await mijnlamp.innerText(), /✓ ja/);
  // 110 required Zuid-Limburg fields since issue 7.
  assert.match(await mijnlamp.innerText(), /110 van 110/);

  // Sorting by Klaar puts the schools that are not ready first.
  await table.getByRole("button", { name: /^Klaar/ }).click();
  const first = await table.locator("tbody tr").first().innerText();
  assert.match(first, /kapot\.docx/);
  assert.equal(
    await table
      .locator("th", { has: page.getByRole("button", { name: /^Klaar/ }) })
      .getAttribute("aria-sort"),
    "ascending",
  );

  // Per norm how many schools meet it, and the Zuid-Limburg scores over all schools.
  assert.match(await page.locator('[data-norm="ZL-B"]').innerText(), /1 van 2 scholen gehaald/);
  await page.locator('[data-spread="ZL-B"]').waitFor();
  await page.locator('[data-spread="ZL-HGW"]').waitFor();
  await screenshot(page, "bestuur-1-tabel");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a click on a school shows its findings grouped per norm", async () => {
  const { page, problems } = await boardPage();
  await page.getByLabel("Kies SOP's (.docx)").setInputFiles(folder.files);
  await page.getByText(/6 bestanden gecontroleerd/).waitFor({ timeout: 15_000 });
  await page.getByRole("button", { name: BELOW_NORM_SCHOOL }).click();
  const detail = page.getByRole("region", { name: BELOW_NORM_SCHOOL });
  const norm = detail.getByRole("region", { name: "Norm b: zorgindicatoren minstens 3" });
  assert.match(await norm.innerText(), /niet gehaald/);
  assert.match(await norm.innerText(), /Fout \[ZL-B\]/);
  await screenshot(page, "bestuur-2-school");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the exports: a workbook with the overview and findings, and a CSV for Dutch Excel", async () => {
  const { page, problems } = await boardPage();
  await page.getByLabel("Kies SOP's (.docx)").setInputFiles(folder.files);
  await page.getByText(/6 bestanden gecontroleerd/).waitFor({ timeout: 15_000 });

  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Excel-bestand (.xlsx)" }).click(),
  ]);
  assert.equal(xlsx.suggestedFilename(), "SOP-overzicht.xlsx");
  const xlsxPath = join(ARTIFACTS, "SOP-overzicht.xlsx");
  await xlsx.saveAs(xlsxPath);
  const sheets = readXlsx(readFileSync(xlsxPath));
  assert.deepEqual([...sheets.keys()], ["Overzicht", "Bevindingen", "Codes"]);
  const [header = [], ...rows] = sheets.get("Overzicht") ?? [];
  assert.deepEqual(header.slice(0, 2), ["School", "Bestand"]);
  assert.equal(rows.length, 6);
  const linde = rows.find((r) => r[0] === BELOW_NORM_SCHOOL);
  assert.equal(linde?.[header.findIndex((h) => h.startsWith("ZL-B "))], "niet gehaald");
  assert.ok(sheets.get("Bevindingen")?.some((r) => r[0] === BELOW_NORM_SCHOOL && r[2] === "ZL-B"));

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSV voor Excel" }).click(),
  ]);
  const csvPath = join(ARTIFACTS, "SOP-overzicht.csv");
  await csv.saveAs(csvPath);
  const text = readFileSync(csvPath, "utf8");
  assert.ok(text.startsWith("\uFEFFSchool;Bestand;"), "a BOM and Dutch Excel's separator");
  assert.equal(text.trimEnd().split("\r\n").length, 7);
  assert.match(text, /Basisschool De Linde;.*;niet gehaald;/);
  assert.deepEqual(problems, []);
  await page.close();
});
