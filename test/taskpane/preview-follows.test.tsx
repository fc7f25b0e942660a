/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor } from "@testing-library/react";
import { openSection, openView } from "./helpers";
import { AFTER_WRITE, renderBrowserEdition } from "./browser-helpers";

const preview = () => screen.getByRole("main", { name: "Voorbeeld van het document" });
/** A field's frame in the preview (the page marks the one being edited). */
const inPreview = (field: string) =>
  preview().querySelector<HTMLElement>(`[data-tag="sop:${field}"]`) as HTMLElement;

/** A pane test walks through a whole SOP in jsdom; on the loaded test machine that takes a while. */
const SLOW = 180_000;

describe("the preview follows the work (browser edition)", () => {
  it(
    "marks the field being edited, keeps the mark after a write, and a click on a field goes to it in the pane",
    async () => {
      const { user } = await renderBrowserEdition();
      await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
      // Loading the document engine takes a while on a loaded machine.
      await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, { timeout: 60_000 });
      await openView(user, "Invullen");
      const general = await openSection(user, /Algemene gegevens van de school/);
      const school = general.getByRole("textbox", { name: "School" });
      expect(inPreview("school.naam")).not.toHaveClass("sop-gekozen");
      await user.click(school);
      await waitFor(() => expect(inPreview("school.naam")).toHaveClass("sop-gekozen"));
      // Only the field being edited is marked.
      expect(preview().querySelectorAll(".sop-gekozen")).toHaveLength(1);
      await user.type(school, "De Mijnlamp");
      await waitFor(
        () => expect(inPreview("school.naam")).toHaveTextContent("De Mijnlamp"),
        AFTER_WRITE,
      );
      expect(inPreview("school.naam")).toHaveClass("sop-gekozen");

      await user.click(inPreview("kengetallen.locaties"));
      await waitFor(() =>
        expect(screen.getByRole("textbox", { name: "Aantal locaties" })).toHaveFocus(),
      );
      await waitFor(() => expect(inPreview("kengetallen.locaties")).toHaveClass("sop-gekozen"));
      expect(inPreview("school.naam")).not.toHaveClass("sop-gekozen");
    },
    SLOW,
  );
});
