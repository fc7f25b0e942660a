/**
 * ADR 0027 in Chromium: where focus lands after opening a template (and that a real Tab goes on from
 * there), and "Onvolledig" instead of an error while a field is still being filled in.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { chromiumSuite, openSection, openTemplate } from "./harness";

const chromium = chromiumSuite();

test("after opening a template focus is on its heading; Tab goes on to Begin met invullen", async () => {
  const { page, problems } = await chromium.open({ width: 1280 });
  await openTemplate(page, /Nieuw SOP: Zuid-Limburg/);
  const heading = page.getByRole("heading", { name: "Zuid-Limburg – SOP" });
  await page.waitForFunction(() => document.activeElement?.tagName === "H2");
  assert.equal(await heading.evaluate((h) => h === document.activeElement), true);
  await page.keyboard.press("Tab");
  const begin = page.getByRole("button", { name: "Begin met invullen" });
  assert.equal(await begin.evaluate((b) => b === document.activeElement), true);
  assert.deepEqual(problems, []);
  await page.close();
});

test("an empty SOP says onvolledig in 3.4; a year left half-typed becomes an error", async () => {
  const { page, problems } = await chromium.open({ width: 1280 });
  await openTemplate(page, /Nieuw SOP: Zuid-Limburg/);
  await openSection(page, /^3\.4 /);
  const box = page.locator('[data-field="structuur.schoolplan"]');
  await box.getByText("Onvolledig:").first().waitFor();
  assert.equal(await box.getByRole("img", { name: "Fout" }).count(), 0);

  await openSection(page, /2\.2 Kengetallen/);
  const year = page.getByRole("textbox", { name: /Peildatum 1 oktober/ });
  await year.pressSequentially("20");
  const field = page.locator('[data-field="kengetallen.peiljaar"]');
  await field.getByText("Onvolledig:").waitFor();
  assert.equal(await field.getByRole("img", { name: "Fout" }).count(), 0);
  await page.keyboard.press("Tab");
  await field.getByRole("img", { name: "Fout" }).waitFor();
  assert.equal(await field.getByText("Onvolledig:").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});
