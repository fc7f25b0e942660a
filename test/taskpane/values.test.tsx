/** @jest-environment jsdom */
import "./polyfills";
import { waitFor } from "@testing-library/react";
import { openSection, openView, renderPane, templateDocument } from "./helpers";

/**
 * Issue 7 point 9 in the pane: the checks on a school's particulars and the Dutch echo of a number
 * appear beside the field as the person types, from the same rules `check` runs.
 */
describe("Invullen: values as people type them", () => {
  it("shows a year as 2025 and writes it so (passenderwijs-sop-model.txt:58 'oktober (jaar)')", async () => {
    const doc = templateDocument("passenderwijs");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Algemene gegevens van onze school/);
    const year = section.getByRole("textbox", { name: "Peiljaar (1 oktober)" });
    await user.type(year, "2025");
    await user.tab();
    expect(year).toHaveValue("2025");
    await waitFor(() =>
      expect(doc.controls().find((c) => c.tag === "sop:school.peiljaar")?.text).toBe("2025"),
    );
    await user.clear(year);
    await user.type(year, "2027");
    await user.tab();
    expect(year).toHaveAccessibleDescription(/telling van 1 oktober 2027 is nog niet geweest/);
  });

  it("echoes a rejected decimal as 1,5", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Kengetallen/);
    const field = section.getByRole("textbox", { name: "Aantal locaties" });
    await user.type(field, "1,5");
    await user.tab();
    expect(field).toHaveValue("1,5");
    expect(field).toHaveAccessibleDescription(/nu "1,5"/);
  });

  it.each([
    // zuid-limburg-sop-model.txt:67 "Brinnummer", :63 "Adres-Postcode", :73 "Email".
    ["Brinnummer", "123AB", /brinnummer "123AB" klopt niet.*12AB00/],
    ["Adres-Postcode", "641 KB", /postcode "641 KB" klopt niet/],
    ["Email", "info.demijnlamp.nl", /"info\.demijnlamp\.nl" is geen e-mailadres/],
  ])("says beside %s what is wrong with %p", async (name, typed, message) => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Algemene gegevens van de school/);
    const field = section.getByRole("textbox", { name });
    await user.type(field, typed);
    await user.tab();
    await waitFor(() => expect(field).toHaveAccessibleDescription(message));
  });
});
