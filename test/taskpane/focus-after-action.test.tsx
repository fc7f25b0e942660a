/** @jest-environment jsdom */
import "./polyfills";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import { DocxDocument } from "../../src/document/docx/adapter";
import { renderBrowserEdition } from "./browser-helpers";
import { openSection, openView, renderPane, school, templateDocument } from "./helpers";

/** A pane test walks through a whole SOP in jsdom; on the loaded test machine that takes a while. */
const SLOW = 180_000;

describe("focus goes somewhere sensible after every action", () => {
  it(
    "Word: after starting a template, focus is on the document's heading",
    async () => {
      const doc = new DocxDocument(
        new Uint8Array(readFileSync(join(__dirname, "../fixtures/word/word-controls.docx"))),
      );
      jest.spyOn(doc, "hasContent").mockResolvedValue(false);
      const user = await renderPane(doc);
      await user.click(screen.getByRole("button", { name: /Nieuw SOP: Passenderwijs/ }));
      const heading = await screen.findByRole("heading", { name: /^Passenderwijs/ });
      await waitFor(() => expect(heading).toHaveFocus());
    },
    SLOW,
  );

  it(
    "Word: opening the pane on a document does not take focus",
    async () => {
      await renderPane(templateDocument("zuid-limburg"));
      expect(screen.getByRole("heading", { name: "Zuid-Limburg – SOP" })).not.toHaveFocus();
    },
    SLOW,
  );

  it(
    "browser edition: after opening a template, focus is on the document's heading",
    async () => {
      const { user } = await renderBrowserEdition();
      await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
      // The engine and the pane's chunk load first: on a busy machine that takes a while.
      const heading = await screen.findByRole(
        "heading",
        { name: "Zuid-Limburg – SOP" },
        { timeout: 60_000 },
      );
      await waitFor(() => expect(heading).toHaveFocus());
    },
    SLOW,
  );

  it(
    "after Voorstel overnemen, focus is on the field that was written",
    async () => {
      const user = await renderPane(templateDocument("zuid-limburg"));
      await openView(user, "Invullen");
      const section = await openSection(user, /^3\.4 /);
      await user.click(
        section.getByRole("button", { name: /^Voorstel overnemen bij Ambitie 1: ontwikkeldoel/ }),
      );
      const goal = await screen.findByRole("textbox", { name: "Ambitie 1: ontwikkeldoel" });
      await waitFor(() => expect(goal).toHaveFocus());
      expect((goal as HTMLTextAreaElement).value).toMatch(/^De ondersteuningsstructuur vastleggen/);
      expect(document.activeElement).not.toBe(document.body);
    },
    SLOW,
  );

  it(
    "after taking a drafted goal, focus is on the next proposal; after the last, on what happened",
    async () => {
      const doc = await school("zuid-limburg", {
        "zorgindicator.04": "2",
        "structuur.handelingsplan": false,
      });
      const user = await renderPane(doc);
      await openView(user, "Normen");
      const first = screen.getByRole("region", {
        name: "Voorstel bij Norm b: zorgindicatoren minstens 3",
      });
      await user.click(within(first).getByRole("button", { name: "Overnemen in het document" }));
      const next = await screen.findByRole("heading", {
        name: /^Voorstel bij Ondersteuningsstructuur/,
      });
      await waitFor(() => expect(next).toHaveFocus());
      const region = screen.getByRole("region", { name: /^Voorstel bij Ondersteuningsstructuur/ });
      await user.click(within(region).getByRole("button", { name: "Niet nu" }));
      await waitFor(() =>
        expect(
          screen.getByText(
            /^Voorstel bij Ondersteuningsstructuur.* verborgen tot de volgende keer\.$/,
          ),
        ).toHaveFocus(),
      );
    },
    SLOW,
  );

  it(
    "after resolving a double tick, focus is on the answer kept",
    async () => {
      const doc = templateDocument("haaglanden-2021");
      await doc.write([{ field: "hgw.3", value: ["op-orde", "in-ontwikkeling"] }]);
      const user = await renderPane(doc);
      await openView(user, "Invullen");
      const section = await openSection(user, /Handelingsgericht werken/);
      await user.click(section.getByRole("button", { name: /Alleen "Op orde" houden/ }));
      await waitFor(() => expect(section.queryByText("Dubbel aangevinkt")).toBeNull());
      const kept = document.activeElement;
      expect(kept).toHaveAttribute("type", "radio");
      expect(kept).toBeChecked();
      expect(kept?.closest("[data-field]")).toHaveAttribute("data-field", "hgw.3");
      await waitFor(async () => expect((await doc.readAll()).values["hgw.3"]).toBe("op-orde"));
    },
    SLOW,
  );
});
