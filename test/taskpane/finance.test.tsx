/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor } from "@testing-library/react";
import { openView, renderPane, templateDocument } from "./helpers";

describe("Financiën", () => {
  // Behaviour changed on purpose (issue 12, point 2): the card writes as you type, like every other
  // field, instead of waiting for a "Zet in document" button; the button is gone.
  it("computes € 32.032 for 222 leerlingen in 2020-2021 and writes it as you type", async () => {
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
    expect(screen.queryByRole("button", { name: "Zet in document" })).not.toBeInTheDocument();

    await waitFor(async () => {
      const { values } = await doc.readAll();
      expect(values).toMatchObject({
        "financien.schooljaar": "2020-2021",
        "financien.leerlingen": 222,
        "financien.vaste-voet": 8500,
        "financien.per-leerling": 106,
        "financien.bedrag": 32032,
      });
    });
    expect(doc.controls().find((c) => c.tag === "sop:financien.bedrag")?.text).toBe("€ 32.032");
  });

  it("shows what is in the document after switching tabs, even right after typing", async () => {
    const doc = templateDocument("haaglanden-2021");
    const user = await renderPane(doc);
    await openView(user, "Financiën");
    await user.type(screen.getByRole("textbox", { name: "Schooljaar" }), "2020-2021");
    await user.type(screen.getByRole("textbox", { name: "Aantal leerlingen" }), "150");
    // Away before the pause in typing has passed, and back.
    await openView(user, "Start");
    await openView(user, "Financiën");
    expect(screen.getByRole("textbox", { name: "Aantal leerlingen" })).toHaveValue("150");
    expect(screen.getByRole("textbox", { name: "Schooljaar" })).toHaveValue("2020-2021");
    expect(screen.getByText("€ 8.500 × 1 + € 106 × 150 = € 24.400")).toBeInTheDocument();
    await waitFor(async () => expect((await doc.readAll()).values["financien.bedrag"]).toBe(24400));
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
    expect(screen.getByText("nog niet te berekenen")).toBeInTheDocument();
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
