/**
 * Never losing work in the browser edition, in Debian's Chromium (issue 12): the draft offered back
 * after a reload, the question before leaving with changes not downloaded, and Undo.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { chromiumSuite, openSection, openTemplate, screenshot } from "./harness";

const chromium = chromiumSuite();

const preview = (page: Page) => page.getByRole("main", { name: "Voorbeeld van het document" });

/** A new Zuid-Limburg SOP with the school's name typed in, written to the document. */
async function namedSop(name: string) {
  const opened = await chromium.open();
  await openTemplate(opened.page, /Nieuw SOP: Zuid-Limburg/);
  await openSection(opened.page, /Algemene gegevens van de school/);
  await opened.page.getByRole("textbox", { name: "School", exact: true }).fill(name);
  await preview(opened.page).getByText(name).first().waitFor();
  return opened;
}

/** Waits until the browser's IndexedDB holds the draft with this file name. */
async function draftKept(page: Page, fileName: string): Promise<void> {
  await page.waitForFunction(
    (name) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open("sop-assistent");
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("concept")) return resolve(false);
          const get = db.transaction("concept").objectStore("concept").get("huidig");
          get.onsuccess = () =>
            resolve((get.result as { name?: string } | undefined)?.name === name);
          get.onerror = () => resolve(false);
        };
      }),
    fileName,
    { polling: 100 },
  );
}

test("after a reload the page offers the draft back, and it holds what was typed", async () => {
  const { page, problems } = await namedSop("Basisschool De Bron");
  await draftKept(page, "SOP Basisschool De Bron.docx");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.reload();
  const resume = page.getByRole("button", {
    name: /^Verder met SOP Basisschool De Bron, gewijzigd om \d\d:\d\d$/,
  });
  await resume.waitFor();
  await screenshot(page, "keeping-1-verder");
  await resume.click();
  await openSection(page, /Algemene gegevens van de school/);
  assert.equal(
    await page.getByRole("textbox", { name: "School", exact: true }).inputValue(),
    "Basisschool De Bron",
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test("leaving with changes not downloaded asks first; after the download it does not", async () => {
  const { page, problems } = await namedSop("Basisschool Het Anker");
  await page.getByText("Nog niet gedownload; bewaard in deze browser").waitFor();
  const asked: string[] = [];
  page.on("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss(); // "Stay on this page"
  });
  // Leaving the page as a person does (this Chromium asks on a reload, not on a scripted close).
  const question = page.waitForEvent("dialog");
  await page.evaluate(() => window.location.reload());
  await question;
  assert.deepEqual(asked, ["beforeunload"]);
  assert.equal(
    await page.getByRole("textbox", { name: "School", exact: true }).inputValue(),
    "Basisschool Het Anker",
    "the person chose to stay: the document is still open",
  );

  await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download .docx" }).click(),
  ]);
  await page.getByText("Download is bijgewerkt").waitFor();
  await page.evaluate(() => window.location.reload());
  await page.getByRole("button", { name: /^Verder met SOP Basisschool Het Anker/ }).waitFor();
  assert.deepEqual(asked, ["beforeunload"], "nothing asked once the download is up to date");
  assert.deepEqual(problems, []);
  await page.close();
});

test("Ongedaan maken and Ctrl+Z take back the pane's writes, and the preview follows", async () => {
  const { page, problems } = await namedSop("Basisschool De Linde");
  const undo = page.getByRole("button", { name: "Ongedaan maken" });
  await undo.click();
  const school = page.getByRole("textbox", { name: "School", exact: true });
  await page.waitForFunction(
    () =>
      (document.querySelector('[data-field="school.naam"] input') as HTMLInputElement | null)
        ?.value === "",
  );
  assert.equal(await school.inputValue(), "");
  await preview(page).getByText("Basisschool De Linde").waitFor({ state: "detached" });

  // A score ticked in the grid, then Ctrl+Z with the focus on it.
  await openSection(page, /3\.1 Ankerpunt/);
  const two = page.locator('[data-field="zorgindicator.01"]').getByRole("radio", { name: /: 2$/ });
  await two.check();
  await page.getByRole("button", { name: "Ongedaan maken", disabled: false }).waitFor();
  await page.keyboard.press("Control+z");
  await page.waitForFunction(
    () =>
      !(
        document.querySelector('[data-field="zorgindicator.01"] input[type="radio"]:checked') ??
        null
      ),
  );
  assert.equal(await two.isChecked(), false);
  await page.getByRole("button", { name: "Ongedaan maken", disabled: true }).waitFor();
  await screenshot(page, "keeping-2-ongedaan");
  assert.deepEqual(problems, []);
  await page.close();
});
