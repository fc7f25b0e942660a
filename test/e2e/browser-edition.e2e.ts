/**
 * The browser edition in Debian's Chromium: what a director does without Word, end to end.
 * Run with `npm run test:e2e` (builds dist/ first). Screenshots land in test-results/e2e/.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { ARTIFACTS, chromiumSuite, openSection, openTemplate, screenshot } from "./harness";

const chromium = chromiumSuite();
/**
 * How long a wait for what follows an edit may take on a loaded CI machine (the pause in typing, the
 * write, the preview's redraw). Not a budget: the budgets an issue sets are asserted as such.
 */
const SETTLE = 10_000;
const problemsSeen = new WeakMap<Page, string[]>();

/** A new page with a new SOP of this template, its problems noted for `problemsOf`. */
async function withTemplate(name: RegExp): Promise<Page> {
  const { page, problems } = await chromium.open();
  problemsSeen.set(page, problems);
  await openTemplate(page, name);
  return page;
}

const problemsOf = (page: Page) => problemsSeen.get(page) ?? [];

test("the edition starts from a regional template, without office.js and without errors", async () => {
  const page = await withTemplate(/Nieuw SOP: Zuid-Limburg/);
  await page.getByText("Zuid-Limburg – SOP").first().waitFor();
  await screenshot(page, "1-start");
  for (const tab of ["Invullen", "Normen", "Klaar voor bestuur"]) {
    await page.getByRole("tab", { name: tab }).click();
    await screenshot(page, `view-${tab.toLowerCase().replace(/\s+/g, "-")}`);
  }
  assert.deepEqual(problemsOf(page), []);
  await page.close();
});

test("filling the Zuid-Limburg pupil counts updates the total", async () => {
  const page = await withTemplate(/Nieuw SOP: Zuid-Limburg/);
  await openSection(page, /2\.2 Kengetallen/);
  // The counts stand after their row labels in one table (issue 7), whose row group is labelled too.
  await page.getByRole("textbox", { name: /leerlingen ≤ 8 jr/i }).fill("120");
  await page.getByRole("textbox", { name: /leerlingen > 8 jr/i }).fill("96");
  await page.getByText("216", { exact: false }).first().waitFor({ timeout: SETTLE });
  await screenshot(page, "2-kengetallen");
  await page.close();
});

test("score 2 for a zorgindicator shows the ZL-B error within a second, and a click on it focuses the field", async () => {
  const page = await withTemplate(/Nieuw SOP: Zuid-Limburg/);
  await openSection(page, /3\.1 Ankerpunt/);
  const row = page.locator('[data-field="zorgindicator.01"]');
  await row.getByRole("radio", { name: /: 2$/ }).check();
  const started = Date.now();
  await page.getByRole("tab", { name: "Normen" }).click();
  const finding = page.getByRole("button", { name: /Zorgindicator 1 \(1\.4\)/ }).first();
  await finding.waitFor({ timeout: 1000 });
  assert.ok(Date.now() - started < 1000, "the ZL-B finding appears within a second");
  await screenshot(page, "3-normen-zl-b");
  await finding.click();
  await page.waitForFunction(
    () =>
      document.activeElement?.closest("[data-field]")?.getAttribute("data-field") ===
      "zorgindicator.01",
    null,
    {
      timeout: SETTLE,
    },
  );
  await page.close();
});

test("the Haaglanden finance card writes € 32.032 for 222 leerlingen", async () => {
  const page = await withTemplate(/Nieuw SOP: Haaglanden – SOP 2021-2025/);
  await page.getByRole("tab", { name: "Financiën" }).click();
  await page
    .getByLabel(/Schooljaar/i)
    .first()
    .fill("2020-2021");
  await page
    .getByLabel(/leerlingen/i)
    .first()
    .fill("222");
  await page.getByText("€ 32.032").first().waitFor({ timeout: SETTLE });
  // No button to press (issue 12): the card writes as you type and the preview follows.
  await page
    .getByRole("main", { name: "Voorbeeld van het document" })
    .getByText("€ 32.032")
    .first()
    .waitFor({ timeout: SETTLE });
  await screenshot(page, "4-financien");
  await page.close();
});

test("a downloaded file, read back with the sop CLI, holds what was entered; axe finds nothing serious", async () => {
  const page = await withTemplate(/Nieuw SOP: Passenderwijs/);
  await openSection(page, /1 Algemene gegevens/);
  await page.getByLabel(/^Naam van de school/).fill("Basisschool De Linde");
  await page.getByLabel(/^Brinnummer/).fill("12AB");
  // Written (after the pause in typing) once the page says the change is kept: no fixed wait.
  await page.getByText("Nog niet gedownload; bewaard in deze browser").waitFor({ timeout: SETTLE });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Download/ }).click(),
  ]);
  const file = join(ARTIFACTS, "download.docx");
  await download.saveAs(file);
  const out = execFileSync(
    join(__dirname, "../../node_modules/.bin/tsx"),
    [join(__dirname, "../../src/cli/bin.ts"), "values", file, "--json"],
    {
      encoding: "utf8",
    },
  );
  const values = JSON.parse(out) as { template: string; values: Record<string, unknown> };
  assert.equal(values.template, "passenderwijs");
  assert.equal(values.values["school.naam"], "Basisschool De Linde");
  assert.equal(values.values["school.brin"], "12AB");

  const axe = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: axe });
  const result = await page.evaluate(async () => {
    type Axe = {
      run: (context: {
        exclude: string[][];
      }) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
    };
    // Fluent UI's focus manager (tabster) puts hidden, focusable dummy elements around focus traps on
    // purpose; axe flags them (aria-hidden-focus), Fluent calls that by design. Everything else counts.
    return (window as unknown as { axe: Axe }).axe.run({ exclude: [["[data-tabster-dummy]"]] });
  });
  const serious = result.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  writeFileSync(join(ARTIFACTS, "axe.json"), JSON.stringify(result.violations, null, 2));
  assert.deepEqual(
    serious.map((v) => `${v.id} (${v.nodes.length})`),
    [],
  );
  await page.close();
});

test("a director can do it all by keyboard: open a template, reach a field, fill it in", async () => {
  const { page } = await chromium.open();
  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
  const tabTo = async (pattern: RegExp, limit = 60) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press("Tab");
      if (pattern.test(await focusedText())) return;
    }
    assert.fail(`${pattern} is not reachable with Tab`);
  };
  await tabTo(/Nieuw SOP: Passenderwijs/);
  await page.keyboard.press("Enter");
  await page.getByRole("tablist", { name: "Onderdelen van SOP Assistent" }).waitFor();
  await tabTo(/^Start$/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("tab", { name: "Invullen", selected: true }).waitFor();
  await tabTo(/1 Algemene gegevens/);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Basisschool Het Anker");
  const preview = page.getByRole("main", { name: "Voorbeeld van het document" });
  await preview.getByText("Basisschool Het Anker").first().waitFor({ timeout: SETTLE });
  await screenshot(page, "5-keyboard");
  await page.close();
});
