/** @jest-environment jsdom */
import "./polyfills";
import { within } from "@testing-library/react";
import { openSection, openView, renderPane, templateDocument } from "./helpers";

describe("a table of texts and numbers in Invullen", () => {
  it("names each row by its heading, and its boxes by their own labels", async () => {
    const user = await renderPane(templateDocument("zuid-limburg"));
    await openView(user, "Invullen");
    const section = await openSection(user, /Kengetallen/);
    // zuid-limburg-sop-model.txt:83-87: "Aantal leerlingen ≤ 8 jr … > 8 jr …".
    const pupils = section.getByRole("group", { name: "Aantal leerlingen" });
    expect(pupils).toContainElement(
      section.getByRole("textbox", { name: "Aantal leerlingen ≤ 8 jr" }),
    );
    expect(pupils).toContainElement(
      section.getByRole("textbox", { name: "Aantal leerlingen > 8 jr" }),
    );
    expect(section.queryByRole("group", { name: /≤ 8 jr/ })).toBeNull();
    expect(section.getByRole("group", { name: "Aantal groepen" })).toBeInTheDocument();
  });

  it("keeps 'Anders, namelijk…' over the row the school names itself", async () => {
    const user = await renderPane(templateDocument("haaglanden-2025"));
    await openView(user, "Invullen");
    const section = await openSection(user, /Onderwijsaanbod van de school/);
    // haaglanden-ondersteuningsaanbod-2025-model.txt:458: "Anders, namelijk… -".
    const [didactisch] = section.getAllByRole("group", { name: "Anders, namelijk…" });
    expect(didactisch).toBeDefined();
    // The name of the aanbod and its kernwoorden, both in the row.
    expect(within(didactisch as HTMLElement).getAllByRole("textbox")).toHaveLength(2);
  });
});
