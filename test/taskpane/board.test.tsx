/** @jest-environment jsdom */
import "./polyfills";
import { act, screen, waitFor, within } from "@testing-library/react";
import { templates, type TemplateId } from "../../src/model";
import { evaluate } from "../../src/rules";
import type { FieldChange } from "../../src/document/port";
import { schools } from "../fixtures/schools";
import { openView, renderPane, templateDocument } from "./helpers";

/** A school's complete values with their computed fields, as changes to write. */
function complete(id: TemplateId): FieldChange[] {
  const values = schools[id];
  const computed = evaluate(templates[id], values, "2026-11-23").computed;
  const all = {
    ...values,
    ...Object.fromEntries(Object.entries(computed).filter(([, v]) => v !== null)),
  };
  return Object.entries(all).map(([field, value]) => ({ field, value: value ?? null }));
}

describe("Klaar voor bestuur", () => {
  it("lists what is missing, by section, and the signatures still to come", async () => {
    const doc = templateDocument("zuid-limburg");
    const select = jest.spyOn(doc, "select");
    const user = await renderPane(doc);
    await openView(user, "Klaar voor bestuur");
    expect(screen.getByText("Nog niet klaar voor het bestuur")).toBeInTheDocument();
    const signatures = screen.getByRole("region", { name: "Ondertekening" });
    const items = within(signatures).getAllByRole("listitem");
    // Zuid-Limburg: the board adopts the SOP after receiving it (zuid-limburg-sop-model.txt r. 47-54).
    expect(items.map((i) => i.textContent)).toEqual([
      "Datum vaststelling: mag volgen bij vaststelling",
      "Namens school (directeur): ontbreekt",
      "Namens bestuur: mag volgen bij vaststelling",
    ]);
    const missing = screen.getByRole("region", { name: /Nog in te vullen/ });
    expect(
      within(missing).getByRole("heading", { name: "2.1 Algemene gegevens van de school" }),
    ).toBeInTheDocument();
    await user.click(within(missing).getByRole("button", { name: "Brinnummer" }));
    expect(select).toHaveBeenCalledWith("school.brin");
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Brinnummer" })).toHaveFocus());
  });

  it("turns green for a school that answers a norm it does not meet with an ontwikkeldoel", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Klaar voor bestuur");
    await act(() => doc.write(complete("zuid-limburg")));
    await act(() => doc.write([{ field: "zorgindicator.05", value: "2" }]));
    expect(await screen.findByText("Nog niet klaar voor het bestuur")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Fouten (1)" })).toBeInTheDocument();
    await act(() =>
      doc.write([{ field: "ambitie.4.doel", value: "Alle zorgindicatoren minstens op een 3." }]),
    );
    expect(await screen.findByText("Klaar voor het bestuur")).toBeInTheDocument();
    expect(screen.getByText(/zijn beantwoord met een ontwikkeldoel/)).toBeInTheDocument();
  });

  it.each(["zuid-limburg", "haaglanden-2021", "passenderwijs", "haaglanden-2025"] as const)(
    "turns green for a complete school (%s)",
    async (id) => {
      const doc = templateDocument(id);
      const user = await renderPane(doc);
      await openView(user, "Klaar voor bestuur");
      expect(screen.queryByText("Klaar voor het bestuur")).not.toBeInTheDocument();
      await act(() => doc.write(complete(id)));
      expect(await screen.findByText("Klaar voor het bestuur")).toBeInTheDocument();
      expect(screen.queryByRole("region", { name: /Nog in te vullen/ })).not.toBeInTheDocument();
    },
  );

  it("makes a ready SOP final: the empty optional fields lose their grey hints (issue 7.8)", async () => {
    const doc = templateDocument("haaglanden-2021");
    const user = await renderPane(doc);
    await openView(user, "Klaar voor bestuur");
    await act(() => doc.write(complete("haaglanden-2021")));
    const section = await screen.findByRole("region", { name: "Definitief maken" });
    // The complete school leaves the hours of its "Nee" rows empty: they still show "Bijv. …".
    const hinted = doc.controls().filter((c) => c.showingPlaceholder);
    expect(hinted.map((c) => c.tag)).toContain("sop:expertise.motoriek.uren");
    const before = doc.readSync().values;
    await user.click(within(section).getByRole("button", { name: "Definitief maken" }));
    await waitFor(() => expect(doc.controls().filter((c) => c.showingPlaceholder)).toEqual([]));
    expect(doc.readSync().values).toEqual(before);
    expect(screen.getByText("Klaar voor het bestuur")).toBeInTheDocument();
    expect(within(section).getByText(/geen grijze aanwijzingen meer/)).toBeInTheDocument();
  });
});
