/**
 * The pane at the widths of Word's task pane (320 px is its narrowest; 345 and 400 are common): no
 * horizontal scrolling anywhere, the tab strip on one line, grids per row where they do not fit, the
 * computed counts and messages visible, and Download at hand. Self-contained on purpose: it needs only
 * serveDist and launch from the harness.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Locator, Page } from "playwright-core";
import { launch, screenshot, serveDist } from "./harness";

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

before(async () => {
  server = await serveDist();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Nothing wider than the window: the page cannot be scrolled sideways. */
async function assertNoSideways(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: el.scrollWidth, clientWidth: el.clientWidth };
  });
  assert.ok(
    scrollWidth <= clientWidth,
    `${where}: de pagina is ${scrollWidth} px breed in een venster van ${clientWidth} px`,
  );
}

/** The element lies within the window's width (a person sees it without scrolling sideways). */
async function assertInside(page: Page, el: Locator, what: string): Promise<void> {
  await el.scrollIntoViewIfNeeded();
  const box = await el.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  assert.ok(box, `${what} is niet zichtbaar`);
  assert.ok(box.x >= 0 && box.x + box.width <= width + 0.5, `${what} valt buiten het venster`);
}

/** Chooses a view by its tab, or through "Meer…" when its tab did not fit. */
async function chooseView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole("tab", { name, exact: true });
  if ((await tab.count()) === 0) {
    await page.getByRole("button", { name: "Meer…" }).click();
    await page
      .getByRole("group", { name: "Meer onderdelen" })
      .getByRole("button", { name })
      .click();
  } else await tab.click();
  await page.getByRole("tab", { name, exact: true, selected: true }).waitFor();
}

async function openSection(page: Page, heading: RegExp): Promise<Locator> {
  const header = page.getByRole("button", { name: heading }).first();
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  const panel = await header.getAttribute("aria-controls");
  return panel ? page.locator(`[id="${panel}"]`) : page.locator("body");
}

for (const width of [320, 345, 400]) {
  test(`at ${width} px the pane fits: one line of tabs, grids per row, counts and Download visible`, async () => {
    const page = await browser.newPage({ viewport: { width, height: 700 } });
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(e.message));
    await page.goto(server.url);
    await assertNoSideways(page, "openingsscherm");
    await page.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg/ }).click();
    const tablist = page.getByRole("tablist", { name: "Onderdelen van SOP Assistent" });
    await tablist.waitFor();
    await assertNoSideways(page, "Start");

    // One line of tabs: every tab shown stands on the same line, inside the window.
    const tops = await tablist
      .getByRole("tab")
      .evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `tabs op ${new Set(tops).size} regels`);
    await assertInside(page, tablist, "de tabs");
    await screenshot(page, `narrow-${width}-start`);

    await chooseView(page, "Invullen");
    for (const heading of [/2\.2 Kengetallen/, /3\.1 Ankerpunt/, /3\.2/, /3\.3/, /3\.4/]) {
      await openSection(page, heading);
    }
    await assertNoSideways(page, "Invullen met open tabellen");
    // A computed count and a score stay in view; a message shows beside its field.
    await assertInside(
      page,
      page.locator('[data-field="specifiek.1.aantal"]').first(),
      "het aantal ja-scores",
    );
    await assertInside(
      page,
      page.locator('[data-field="hgw.13"]').first(),
      "de score van HGW-indicator 13",
    );
    await page.getByRole("radio", { name: /HGW-indicator 1: 2/ }).check();
    const locaties = page.getByRole("textbox", { name: "Aantal locaties" });
    await locaties.fill("twee");
    await locaties.blur();
    const message = page.getByText(/"twee" bij Aantal locaties is geen getal/).first();
    await message.waitFor();
    await assertInside(page, message, "de foutmelding");
    await assertNoSideways(page, "Invullen met een foutmelding");
    await screenshot(page, `narrow-${width}-invullen`);

    // Download stays at hand while the person is far down the pane.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const download = page.getByRole("button", { name: "Download .docx" });
    assert.ok(await download.isVisible(), "Download is niet zichtbaar");
    const box = await download.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 700, "Download staat buiten beeld");

    for (const view of ["Normen", "Klaar voor bestuur", "Start"]) {
      await chooseView(page, view);
      await assertNoSideways(page, view);
    }
    await screenshot(page, `narrow-${width}-normen`);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("at 320 px the Haaglanden 2021 SOP fits too, its Financiën card included", async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 700 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(server.url);
  await page
    .getByRole("button", { name: /Nieuw SOP: Haaglanden.*2021/ })
    .first()
    .click();
  await page.getByRole("tablist", { name: "Onderdelen van SOP Assistent" }).waitFor();
  for (const view of ["Invullen", "Normen", "Financiën", "Klaar voor bestuur"]) {
    await chooseView(page, view);
    if (view === "Invullen")
      for (const header of await page.getByRole("button", { expanded: false }).all())
        if (![null, "tab-meer"].includes(await header.getAttribute("aria-controls")))
          await header.click();
    await assertNoSideways(page, `Haaglanden 2021: ${view}`);
  }
  await screenshot(page, "narrow-320-haaglanden-financien");
  assert.deepEqual(problems, []);
  await page.close();
});
