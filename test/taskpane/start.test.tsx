/** @jest-environment jsdom */
import "./polyfills";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import { webDarkTheme } from "@fluentui/react-components";
import { DocxDocument } from "../../src/document/docx/adapter";
import { renderPane, templateDocument } from "./helpers";

describe("Start", () => {
  it("shows the recognised template, its SWV and the overall progress", async () => {
    await renderPane(templateDocument("zuid-limburg"));
    expect(screen.getByRole("heading", { name: "Zuid-Limburg – SOP" })).toBeInTheDocument();
    expect(screen.getByText(/Samenwerkingsverband: PO 3104/)).toBeInTheDocument();
    expect(screen.getByText("School: nog niet ingevuld")).toBeInTheDocument();
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAccessibleName(/^Nog \d+ velden in te vullen$/);
  });
});

/** A Word-made document with content controls but no SOP. */
function wordDocument(): DocxDocument {
  return new DocxDocument(
    new Uint8Array(readFileSync(join(__dirname, "../fixtures/word/word-controls.docx"))),
  );
}

describe("Nieuw SOP", () => {
  it("asks before a document with content is replaced by a template", async () => {
    const doc = wordDocument();
    const user = await renderPane(doc);
    expect(screen.getByText(/nog geen schoolondersteuningsprofiel/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent(
      "Dit document bevat al tekst. Vervangen door het sjabloon Zuid-Limburg – SOP?",
    );
    // In jsdom, Fluent's focus trap (tabster) may leave the open dialog itself marked aria-hidden when
    // its timers run late (a busy machine): the buttons are looked up in the dialog by role and name
    // regardless. That the dialog is reachable is checked in Chromium (axe and the e2e suites).
    await user.click(
      await within(dialog).findByRole("button", { name: "Annuleren", hidden: true }),
    );
    // Gone from the page, not only from the accessibility tree (it fades out first).
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect((await doc.detect()).kind).toBe("none");

    await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
    // As above: the dialog may be marked aria-hidden by tabster's late timers in jsdom.
    const again = await screen.findByRole("dialog", { hidden: true });
    await user.click(await within(again).findByRole("button", { name: "Vervangen", hidden: true }));
    expect(await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" })).toBeInTheDocument();
    expect(await doc.detect()).toEqual({ kind: "sop", template: "zuid-limburg", version: 1 });
  });

  it("starts at once in an empty document", async () => {
    const doc = wordDocument();
    jest.spyOn(doc, "hasContent").mockResolvedValue(false);
    const start = jest.spyOn(doc, "startFromTemplate");
    const user = await renderPane(doc);
    await user.click(screen.getByRole("button", { name: /Nieuw SOP: Passenderwijs/ }));
    expect(await screen.findByRole("heading", { name: /^Passenderwijs/ })).toBeInTheDocument();
    expect(start).toHaveBeenCalledWith("passenderwijs");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("Start in an older Word", () => {
  it("says what this Word cannot do", async () => {
    const doc = templateDocument("haaglanden-2025");
    jest
      .spyOn(doc, "limitations")
      .mockReturnValue(["Deze versie van Word kan geen keuzelijsten vullen (WordApi 1.9)."]);
    await renderPane(doc);
    expect(screen.getByText("Niet alles kan in deze versie van Word")).toBeInTheDocument();
    expect(screen.getByText(/geen keuzelijsten vullen/)).toBeInTheDocument();
  });

  it("follows the theme it is given", async () => {
    await renderPane(templateDocument("passenderwijs"), { theme: "dark" });
    // FluentProvider puts the theme's colours into the page as CSS variables.
    const rules = Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules).map((r) => r.cssText))
      .join("\n");
    expect(rules).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });
});
