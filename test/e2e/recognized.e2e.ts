/**
 * The browser edition in Debian's Chromium on a school's own SOP without SOP fields: it opens it,
 * says what it looks like, binds it, and the downloaded file reads right with the `sop` CLI.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { ARTIFACTS, chromiumSuite, screenshot } from "./harness";

const chromium = chromiumSuite();

test("a document without controls is recognized, bound, downloaded and read back by sop values", async () => {
  const { page, problems } = await chromium.open();
  const source = join(__dirname, "../fixtures/recognition/zuid-limburg-form.docx");
  await page.locator('input[type="file"]').setInputFiles(source);
  await page
    .getByRole("heading", {
      name: /^Dit lijkt een SOP Zuid-Limburg – SOP \(\d+ van \d+ antwoorden herkend\)$/,
    })
    .waitFor();
  await screenshot(page, "recognized-start");
  await page.getByRole("button", { name: "Velden toevoegen aan dit document" }).click();
  await page.getByRole("tablist", { name: "Onderdelen van SOP Assistent" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: /Download/ }).click(),
  ]);
  const file = join(ARTIFACTS, "recognized-bound.docx");
  await download.saveAs(file);
  const out = execFileSync(
    join(__dirname, "../../node_modules/.bin/tsx"),
    [join(__dirname, "../../src/cli/bin.ts"), "values", file, "--json"],
    { encoding: "utf8" },
  );
  const values = JSON.parse(out) as { template: string; values: Record<string, unknown> };
  assert.equal(values.template, "zuid-limburg");
  assert.equal(values.values["school.naam"], "Basisschool De Mijnlamp");
  assert.deepEqual(values.values["zorgindicator.05"], ["3", "4"]);
  assert.equal(values.values["kwaliteit.basisarrangement"], "ja");
  assert.deepEqual(problems, []);
  await page.close();
});
