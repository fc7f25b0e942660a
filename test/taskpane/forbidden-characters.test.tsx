/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor } from "@testing-library/react";
import { DocxDocument } from "../../src/document/docx/adapter";
import { openSection, openView, renderPane, templateDocument } from "./helpers";

/**
 * The pane drops characters no Word document can hold as they are typed or pasted (a control
 * character copied from another program), in every kind of text-holding field, and the document
 * it writes opens again. (test/cli/forbidden-characters.test.ts opens such a file in LibreOffice.)
 */
const FORBIDDEN = "\u0000\u0001\u0007\u000B\u000C\u001B\u001F\uFFFE\uFFFF\uD800";

describe("characters a Word document cannot hold, in the pane", () => {
  it("are removed from a text, a number and a date as they come in", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const general = await openSection(user, /Algemene gegevens van de school/);
    await user.click(general.getByRole("textbox", { name: "School" }));
    await user.paste(`De${FORBIDDEN} Mijnlamp`);
    const figures = await openSection(user, /Kengetallen/);
    await user.click(figures.getByRole("textbox", { name: "Aantal leerlingen ≤ 8 jr" }));
    await user.paste(`12${FORBIDDEN}3`);
    const intro = await openSection(user, /Inleiding/);
    await user.click(intro.getByRole("textbox", { name: "Datum vaststelling" }));
    await user.paste(`2-11${FORBIDDEN}-2026`);
    await waitFor(async () => {
      const values = (await doc.readAll()).values;
      expect(values["school.naam"]).toBe("De Mijnlamp");
      expect(values["ondertekening.datum"]).toBe("2026-11-02");
    });
    expect(screen.getByRole("textbox", { name: "School" })).toHaveValue("De Mijnlamp");
    const reopened = new DocxDocument(doc.toBytes()).readSync().values;
    expect(reopened["school.naam"]).toBe("De Mijnlamp");
    expect(Object.values(reopened).some((v) => typeof v === "number" && v === 123)).toBe(true);
  });
});

describe("hidden text in the pane", () => {
  it("says that a field's hidden text does not count as its answer", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const doc = new DocxDocument(
      readFileSync(join(__dirname, "../fixtures/unusual/hidden-text.docx")),
    );
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const general = await openSection(user, /Algemene gegevens van de school/);
    expect(general.getByRole("textbox", { name: "School" })).toHaveValue("");
    expect(
      general.getByText(/Dit veld bevat verborgen tekst \(opmaak Verborgen in Word\)/),
    ).toBeInTheDocument();
  });
});
