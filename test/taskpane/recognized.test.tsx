/** @jest-environment jsdom */
import "./polyfills";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import { DocxDocument } from "../../src/document/docx/adapter";
import { recognizingDocx } from "../../src/document/recognize/docx-recognizing";
import type { SopDocument } from "../../src/document/port";
import { browserPort } from "../../src/taskpane/browser/browser-port";
import { renderPane } from "./helpers";
import { zuidLimburgWithGaps } from "../document/gaps";

const fixtures = join(__dirname, "../fixtures/recognition");

/** The browser edition's port over a file: the .docx adapter with recognition, bind and import. */
function opened(name: string): { doc: DocxDocument; port: SopDocument } {
  const doc = new DocxDocument(new Uint8Array(readFileSync(join(fixtures, name))));
  return { doc, port: { ...browserPort(doc, () => undefined), ...recognizingDocx(doc) } };
}

describe("Start for a document that is no SOP of ours but reads as one", () => {
  it("says what it looks like and lists what was found, before anything changes", async () => {
    const { doc, port } = opened("haaglanden-2021-school.docx");
    await renderPane(port);
    expect(
      await screen.findByRole("heading", {
        name: /^Dit lijkt een SOP Haaglanden – SOP 2021-2025 \(\d+ van 111 antwoorden herkend\)$/,
      }),
    ).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Herkende antwoorden" });
    expect(
      within(list).getByText("Naam van de school: Basisschool De Vlieger"),
    ).toBeInTheDocument();
    expect(
      within(list).getByText(/Onderwijsbehoeften staan centraal: Op orde \+ In ontwikkeling/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Overzetten naar Ondersteuningsaanbod 2025" }),
    ).toBeInTheDocument();
    expect((await doc.detect()).kind).toBe("none");
  });

  it("Velden toevoegen aan dit document: the same document becomes the SOP, with the values found", async () => {
    const { doc, port } = opened("zuid-limburg-form.docx");
    const user = await renderPane(port);
    await user.click(
      await screen.findByRole("button", { name: "Velden toevoegen aan dit document" }),
    );
    expect(await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" })).toBeInTheDocument();
    expect(await doc.detect()).toEqual({ kind: "sop", template: "zuid-limburg", version: 1 });
    expect(doc.readSync().values).toMatchObject({
      "school.naam": "Basisschool De Mijnlamp",
      "zorgindicator.05": ["3", "4"],
    });
    expect(screen.getByText("School: Basisschool De Mijnlamp")).toBeInTheDocument();
  });

  it("Overzetten naar Ondersteuningsaanbod 2025: the pane goes on with the new document", async () => {
    const { doc, port } = opened("haaglanden-2021-libreoffice.docx");
    const user = await renderPane(port);
    // A LibreOffice re-save says so, and offers to restore its fields.
    expect(
      await screen.findByRole("heading", { name: /heeft zijn velden verloren/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/LibreOffice doet dat/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Velden herstellen" })).toBeInTheDocument();
    await user.click(
      screen.getByRole("button", { name: "Overzetten naar Ondersteuningsaanbod 2025" }),
    );
    expect(
      await screen.findByRole("heading", {
        name: "Haaglanden – Ondersteuningsaanbod schoolgids 2025",
      }),
    ).toBeInTheDocument();
    expect(doc.readSync().values).toMatchObject({
      "netwerk.anders-1.naam": "CJG",
      "gebouw.lift": "nee",
    });
  });
});

describe("Fields the document has no place for", () => {
  it("are listed, and added at the end of their section when the school asks", async () => {
    const doc = new DocxDocument(zuidLimburgWithGaps());
    const port = { ...browserPort(doc, () => undefined), ...recognizingDocx(doc) };
    const user = await renderPane(port);
    const missing = await screen.findByRole("list", { name: "Niet in dit document" });
    expect(within(missing).getByText("Brinnummer")).toBeInTheDocument();
    await user.click(
      screen.getByRole("button", {
        name: "Velden toevoegen, ook de ontbrekende aan het eind van hun hoofdstuk",
      }),
    );
    expect(await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" })).toBeInTheDocument();
    const state = doc.readSync();
    expect(state.problems).toEqual([]);
    for (const id of ["school.brin", "school.telefoon", "ambitie.1.doel", "ambitie.5.tijdpad"])
      expect(state.present.has(id)).toBe(true);
    expect(state.values).toMatchObject({ "school.naam": "Basisschool De Mijnlamp" });
  });
});
