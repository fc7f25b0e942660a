/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor } from "@testing-library/react";
import { openView, renderPane, templateDocument } from "./helpers";

describe("Financiën", () => {
  it("computes € 32.032 for 222 leerlingen in 2020-2021 and writes it with 'Zet in document'", async () => {
    const doc = templateDocument("haaglanden-2021");
    const user = await renderPane(doc);
    await openView(user, "Financiën");
    await user.type(screen.getByRole("textbox", { name: "Schooljaar" }), "2020-2021");
    await user.type(screen.getByRole("textbox", { name: "Aantal leerlingen" }), "222");
    expect(screen.getByRole("textbox", { name: "Aantal zelfstandige schoollocaties" })).toHaveValue(
      "1",
    );
    expect(screen.getByText("€ 8.500 × 1 + € 106 × 222 = € 32.032")).toBeInTheDocument();
    expect(
      screen.getByText(/vaste voet € 8\.500 per zelfstandige schoollocatie en € 106 per leerling/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Zet in document" }));
    await waitFor(async () => {
      const { values } = await doc.readAll();
      expect(values).toMatchObject({
        "financien.schooljaar": "2020-2021",
        "financien.leerlingen": 222,
        "financien.locaties": 1,
        "financien.vaste-voet": 8500,
        "financien.per-leerling": 106,
        "financien.bedrag": 32032,
      });
    });
    expect(doc.controls().find((c) => c.tag === "sop:financien.bedrag")?.text).toBe("€ 32.032");
    expect(screen.getByText(/De bijdrage van € 32\.032 staat in het document/)).toBeInTheDocument();
  });

  it("warns when the amount the school states differs, with the nearest pupil count", async () => {
    const user = await renderPane(templateDocument("haaglanden-2021"));
    await openView(user, "Financiën");
    await user.type(screen.getByRole("textbox", { name: "Schooljaar" }), "2020-2021");
    await user.type(screen.getByRole("textbox", { name: "Aantal leerlingen" }), "222");
    await user.type(screen.getByRole("textbox", { name: /Bedrag volgens de school/ }), "32.000");
    expect(screen.getByText(/wijkt af van de berekening/)).toHaveTextContent(
      /het dichtstbijzijnde aantal is 222/,
    );
  });

  it("asks for the amounts of a schooljaar it does not know", async () => {
    const user = await renderPane(templateDocument("haaglanden-2021"));
    await openView(user, "Financiën");
    await user.type(screen.getByRole("textbox", { name: "Schooljaar" }), "2030-2031");
    await user.type(screen.getByRole("textbox", { name: "Aantal leerlingen" }), "100");
    expect(screen.getByRole("button", { name: "Zet in document" })).toBeDisabled();
    await user.type(
      screen.getByRole("textbox", { name: "Vaste voet per zelfstandige schoollocatie" }),
      "9.000",
    );
    await user.type(screen.getByRole("textbox", { name: "Bedrag per leerling" }), "110");
    expect(screen.getByText("€ 9.000 × 1 + € 110 × 100 = € 20.000")).toBeInTheDocument();
  });

  it("is there only for a template with the financial paragraph", async () => {
    await renderPane(templateDocument("zuid-limburg"));
    expect(screen.queryByRole("tab", { name: "Financiën" })).not.toBeInTheDocument();
  });
});
