/** @jest-environment jsdom */
import "./polyfills";
import { act, screen, waitFor, within } from "@testing-library/react";
import { openSection, openView, renderPane, templateDocument } from "./helpers";

describe("Invullen", () => {
  it("writes a typed school name to the document and counts it in the section's progress", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const header = screen.getByRole("button", { name: /Algemene gegevens van de school/ });
    expect(header).toHaveTextContent("0 van 11");
    const section = await openSection(user, /Algemene gegevens van de school/);
    await user.type(section.getByRole("textbox", { name: "School" }), "Basisschool De Mijnlamp");
    await waitFor(async () =>
      expect((await doc.readAll()).values["school.naam"]).toBe("Basisschool De Mijnlamp"),
    );
    expect(header).toHaveTextContent("1 van 11");
    await openView(user, "Start");
    expect(screen.getByText("School: Basisschool De Mijnlamp")).toBeInTheDocument();
    // Zorgindicator 2, the adoption date and the board member's name are not required (issue 7.2/7.3).
    expect(screen.getByRole("progressbar")).toHaveAccessibleName("Nog 104 velden in te vullen");
  });

  it("reads numbers in Dutch notation, shows them as 1.234 and writes the computed total", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Kengetallen/);
    const young = section.getByRole("textbox", { name: "Aantal leerlingen ≤ 8 jr" });
    expect(young).toHaveAttribute("inputmode", "decimal");
    await user.type(young, "1234");
    await user.tab();
    expect(young).toHaveValue("1.234");
    await user.type(section.getByRole("textbox", { name: "Aantal leerlingen > 8 jr" }), "96");
    await waitFor(async () => {
      const { values } = await doc.readAll();
      expect(values["kengetallen.leerlingen-tm8"]).toBe(1234);
      expect(values["kengetallen.leerlingen"]).toBe(1330);
    });
    expect(section.getByRole("textbox", { name: "Aantal leerlingen" })).toHaveValue("1.330");
    expect(doc.controls().find((c) => c.tag === "sop:kengetallen.leerlingen")?.text).toBe("1.330");
  });

  it("keeps a number that does not parse as typed and shows the R-NUMBER finding beside it", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Kengetallen/);
    const field = section.getByRole("textbox", { name: "Aantal locaties" });
    await user.type(field, "twee");
    await user.tab();
    expect(field).toHaveValue("twee");
    expect(field).toHaveAccessibleDescription(/"twee" bij Aantal locaties is geen getal/);
    await waitFor(async () =>
      expect((await doc.readAll()).values["kengetallen.locaties"]).toBe("twee"),
    );
  });

  it("takes a date as 23-11-2026 and writes it so", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Inleiding/);
    await user.type(section.getByRole("textbox", { name: "Datum vaststelling" }), "2-11-2026");
    await waitFor(async () =>
      expect((await doc.readAll()).values["ondertekening.datum"]).toBe("2026-11-02"),
    );
    expect(doc.controls().find((c) => c.tag === "sop:ondertekening.datum")?.text).toBe(
      "02-11-2026",
    );
  });

  it("shows the ZL-B error when a zorgindicator is scored 2", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Kwaliteitsstandaard/);
    await user.click(section.getByRole("radio", { name: "Zorgindicator 1 (1.4): 2" }));
    expect(
      await section.findByText(/Zorgindicator 1 \(1\.4\) scoort 2, terwijl de norm/),
    ).toBeInTheDocument();
    await waitFor(async () => expect((await doc.readAll()).values["zorgindicator.01"]).toBe("2"));
    await user.click(section.getByRole("radio", { name: "Zorgindicator 1 (1.4): 3" }));
    await waitFor(() =>
      expect(section.queryByText(/Zorgindicator 1 \(1\.4\) scoort/)).not.toBeInTheDocument(),
    );
  });

  it("writes an answer in a table at once and the row's count of ja-scores with it", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Specifieke ondersteuning/);
    for (const kenmerk of ["beleid", "specialisme", "gesloten keten"])
      await user.click(
        section.getByRole("radio", { name: `Rekenhulpvragen (dyscalculie): ${kenmerk}: ja` }),
      );
    await user.click(
      section.getByRole("radio", { name: "Rekenhulpvragen (dyscalculie): proceseigenaar: nee" }),
    );
    await waitFor(async () => {
      const { values } = await doc.readAll();
      expect(values["specifiek.1.eigenaar"]).toBe("nee");
      expect(values["specifiek.1.aantal"]).toBe(3);
    });
    expect(
      section.getByRole("status", { name: /Rekenhulpvragen \(dyscalculie\): aantal ja-scores: 3/ }),
    ).toBeInTheDocument();
  });

  it("shows a double tick from the document as a warning and fixes it with one click", async () => {
    const doc = templateDocument("haaglanden-2021");
    await doc.write([{ field: "hgw.3", value: ["op-orde", "in-ontwikkeling"] }]);
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Handelingsgericht werken/);
    expect(section.getByText("Dubbel aangevinkt")).toBeInTheDocument();
    await user.click(section.getByRole("button", { name: /Alleen "Op orde" houden/ }));
    await waitFor(async () => expect((await doc.readAll()).values["hgw.3"]).toBe("op-orde"));
    expect(section.queryByText("Dubbel aangevinkt")).not.toBeInTheDocument();
  });

  it("shows a change made in the document itself", async () => {
    const doc = templateDocument("zuid-limburg");
    const user = await renderPane(doc);
    await openView(user, "Invullen");
    const section = await openSection(user, /Algemene gegevens van de school/);
    await act(() => doc.write([{ field: "school.naam", value: "OBS Het Anker" }]));
    await waitFor(() =>
      expect(section.getByRole("textbox", { name: "School" })).toHaveValue("OBS Het Anker"),
    );
    await act(() => doc.write([{ field: "swv", value: "3105" }]));
    await waitFor(() =>
      expect(
        section.getByRole("radio", { name: "PO 3105 (Maastricht- Heuvelland)" }),
      ).toBeChecked(),
    );
  });

  it("shows computed fields read-only with their formula", async () => {
    const user = await renderPane(templateDocument("haaglanden-2021"));
    await openView(user, "Invullen");
    const section = await openSection(user, /Financiën basisondersteuning/);
    const amount = section.getByRole("textbox", { name: "Bedrag basisondersteuning" });
    expect(amount).toHaveAttribute("readonly");
    expect(amount).toHaveAccessibleDescription(/Berekend: .*× .*\+ .*×/);
    expect(
      within(section.getByText(/^Berekend:/).parentElement as HTMLElement).getByText(
        /Aantal leerlingen/,
      ),
    ).toBeInTheDocument();
  });
});
