/** @jest-environment jsdom */
import "./polyfills";
import { screen, within } from "@testing-library/react";
import { DocxDocument } from "../../src/document/docx/adapter";
import { WordDocument } from "../../src/document/word/word-document";
import { fixture, withRevision } from "../document/word/recognizing-docs";
import { PROFILES, WordSimulator } from "../document/word/simulator";
import { renderPane } from "./helpers";

/**
 * Start in Word for a document without SOP fields that reads as an SOP (issue 8, point 6), under
 * every behaviour profile: what was found, then bind in place or carry over into a new document.
 */
const byProfile = PROFILES.map((p) => [p.name, p] as const);
const LONG = { timeout: 20_000 };

describe.each(byProfile)("a school's own SOP open in Word (%s profile)", (_name, profile) => {
  it("says what it looks like and lists what was found, before anything changes", async () => {
    const sim = new WordSimulator(fixture("haaglanden-2021-school"), profile);
    const doc = new WordDocument(sim.host);
    await renderPane(doc);
    expect(
      await screen.findByRole(
        "heading",
        {
          name: /^Dit lijkt een SOP Haaglanden – SOP 2021-2025 \(\d+ van 111 antwoorden herkend\)$/,
        },
        LONG,
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Herkende antwoorden" });
    expect(
      within(list).getByText("Naam van de school: Basisschool De Vlieger"),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Velden toevoegen aan dit document" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Overnemen in een nieuw document" })).toBeEnabled();
    expect(
      screen.getByRole("button", { name: "Overzetten naar Ondersteuningsaanbod 2025" }),
    ).toBeEnabled();
    expect((await doc.detect()).kind).toBe("none");
  }, 60_000);

  it("Velden toevoegen aan dit document: the same document becomes the SOP, with the values found", async () => {
    const sim = new WordSimulator(fixture("zuid-limburg-form"), profile);
    const user = await renderPane(new WordDocument(sim.host));
    await user.click(
      await screen.findByRole("button", { name: "Velden toevoegen aan dit document" }, LONG),
    );
    expect(
      await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, LONG),
    ).toBeInTheDocument();
    expect(screen.getByText("School: Basisschool De Mijnlamp")).toBeInTheDocument();
    const saved = new DocxDocument(sim.toBytes());
    expect(await saved.detect()).toEqual({ kind: "sop", template: "zuid-limburg", version: 1 });
    expect(saved.readSync().values).toMatchObject({ "zorgindicator.05": ["3", "4"] });
  }, 60_000);

  it("Overnemen in een nieuw document: the new SOP opens in its own window, this one stays", async () => {
    const bytes = fixture("passenderwijs-controls");
    const sim = new WordSimulator(bytes, profile);
    const user = await renderPane(new WordDocument(sim.host));
    await user.click(
      await screen.findByRole("button", { name: "Overnemen in een nieuw document" }, LONG),
    );
    expect(
      await screen.findByText(/Het nieuwe document staat open in een eigen Word-venster/, {}, LONG),
    ).toBeInTheDocument();
    expect(sim.opened).toHaveLength(1);
    const opened = new DocxDocument(sim.opened[0] as Uint8Array);
    expect(await opened.detect()).toMatchObject({ kind: "sop", template: "passenderwijs" });
    expect(Object.keys(opened.readSync().values).length).toBeGreaterThan(10);
    expect(await new DocxDocument(sim.toBytes()).detect()).toEqual({ kind: "none" });
    expect(screen.getByRole("heading", { name: /^Dit lijkt een SOP/ })).toBeInTheDocument();
  }, 60_000);

  it("an SOP LibreOffice re-saved says so, and its fields come back", async () => {
    const sim = new WordSimulator(fixture("haaglanden-2025-libreoffice"), profile);
    const user = await renderPane(new WordDocument(sim.host));
    expect(
      await screen.findByRole("heading", { name: /heeft zijn velden verloren/ }, LONG),
    ).toBeInTheDocument();
    expect(screen.getByText(/LibreOffice doet dat/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Velden herstellen" }));
    expect(
      await screen.findByRole(
        "heading",
        { name: "Haaglanden – Ondersteuningsaanbod schoolgids 2025" },
        LONG,
      ),
    ).toBeInTheDocument();
  }, 60_000);

  it("a document with tracked changes: the pane says what to do, and nothing changes", async () => {
    const bytes = withRevision(fixture("haaglanden-2021-school"));
    const sim = new WordSimulator(bytes, profile);
    const user = await renderPane(new WordDocument(sim.host));
    await user.click(
      await screen.findByRole("button", { name: "Velden toevoegen aan dit document" }, LONG),
    );
    expect(
      await screen.findByText(
        /Accepteer of weiger ze eerst \(Controleren › Wijzigingen\)/,
        {},
        LONG,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Velden toevoegen aan dit document" })).toBeEnabled();
    expect(await new DocxDocument(sim.toBytes()).detect()).toEqual({ kind: "none" });
  }, 60_000);
});
