/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor, within } from "@testing-library/react";
import { openView, renderPane, school } from "./helpers";

describe("Ontwikkeldoelen drafted for a norm not met", () => {
  it("Zuid-Limburg: shows doel, activiteiten and tijdpad, and writes them only when taken over", async () => {
    const doc = await school("zuid-limburg", { "zorgindicator.04": "2" });
    const user = await renderPane(doc);
    await openView(user, "Normen");
    const draft = screen.getByRole("region", {
      name: "Voorstel bij Norm b: zorgindicatoren minstens 3",
    });
    const doel = within(draft).getByRole("textbox", { name: "Doel" });
    expect(doel).toHaveValue(
      "Alle zorgindicatoren minstens op een 3 brengen; eerst Zorgindicator 4 (4.4).",
    );
    expect(within(draft).getByRole("textbox", { name: "Tijdpad" })).toHaveValue(
      "Schooljaar 2026-2027",
    );
    // Shown is not written.
    expect((await doc.readAll()).values["ambitie.4.doel"]).toBeUndefined();

    const tijdpad = within(draft).getByRole("textbox", { name: "Tijdpad" });
    await user.clear(tijdpad);
    await user.type(tijdpad, "Voor de zomer van 2027");
    await user.click(within(draft).getByRole("button", { name: "Overnemen in het document" }));

    await waitFor(async () =>
      expect((await doc.readAll()).values).toMatchObject({
        "ambitie.4.doel":
          "Alle zorgindicatoren minstens op een 3 brengen; eerst Zorgindicator 4 (4.4).",
        "ambitie.4.tijdpad": "Voor de zomer van 2027",
      }),
    );
    expect((await doc.readAll()).values["ambitie.4.activiteiten"]).toMatch(/^Per zorgindicator/);
    // The norm now has its goal: the draft goes, and the pane says where it went.
    await waitFor(() =>
      expect(
        screen.queryByRole("region", { name: "Voorstel bij Norm b: zorgindicatoren minstens 3" }),
      ).not.toBeInTheDocument(),
    );
    const status = screen.getByText(
      "Ontwikkeldoel bij Norm b: zorgindicatoren minstens 3 staat in het document.",
    );
    expect(status).toHaveFocus();
  });

  it("Haaglanden 2021: adds the goal after the doelen already written, naming the uitgangspunten", async () => {
    const doc = await school("haaglanden-2021", {
      "evaluatie.doelen": "Wij werken met een jaarplan.",
    });
    const user = await renderPane(doc);
    await openView(user, "Normen");
    const draft = screen.getByRole("region", {
      name: "Voorstel bij Uitgangspunten HGW in de doelen",
    });
    expect(within(draft).queryByRole("textbox", { name: "Tijdpad" })).not.toBeInTheDocument();
    const doel = within(draft).getByRole("textbox", { name: "Doel" });
    expect((doel as HTMLTextAreaElement).value).toContain("De werkwijze is systematisch");
    await user.click(within(draft).getByRole("button", { name: "Overnemen in het document" }));
    await waitFor(async () => {
      const text = String((await doc.readAll()).values["evaluatie.doelen"]);
      expect(text.split("\n")[0]).toBe("Wij werken met een jaarplan.");
      expect(text).toContain("De uitgangspunten van handelingsgericht werken op orde brengen");
    });
    // HL21-GOALS is answered: the draft goes, and so does the warning about the doelen.
    await waitFor(() =>
      expect(
        screen.queryByRole("region", { name: "Voorstel bij Uitgangspunten HGW in de doelen" }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.queryByText(/staat niet in/)).not.toBeInTheDocument();
  });

  it("Niet nu hides a draft without writing anything", async () => {
    const doc = await school("passenderwijs", { "veilig.meldcode": false });
    const write = jest.spyOn(doc, "write");
    const user = await renderPane(doc);
    await openView(user, "Normen");
    const draft = screen.getByRole("region", { name: "Voorstel bij Veilige leeromgeving" });
    await user.click(within(draft).getByRole("button", { name: "Niet nu" }));
    expect(screen.queryByRole("region", { name: "Voorstel bij Veilige leeromgeving" })).toBeNull();
    expect(write).not.toHaveBeenCalled();
  });
});
