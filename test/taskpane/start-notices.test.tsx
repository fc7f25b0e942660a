/** @jest-environment jsdom */
import "./polyfills";
import { screen, within } from "@testing-library/react";
import { wordMessage } from "../../src/document/word/messages";
import { renderPane, templateDocument } from "./helpers";

describe("Start: what it says about this document and this Word", () => {
  it("puts Track Changes under a heading of its own, apart from what this Word cannot do", async () => {
    const doc = templateDocument("haaglanden-2025");
    jest
      .spyOn(doc, "limitations")
      .mockReturnValue([
        wordMessage("tracked-changes"),
        "Deze versie van Word kan geen keuzelijsten vullen (WordApi 1.9).",
      ]);
    await renderPane(doc);
    const tracked = screen.getByRole("group", { name: "Revisies in dit document" });
    expect(within(tracked).getByText(/Wijzigingen bijhouden staat aan/)).toBeInTheDocument();
    const word = screen.getByRole("group", { name: "Niet alles kan in deze versie van Word" });
    expect(within(word).getByText(/geen keuzelijsten vullen/)).toBeInTheDocument();
    expect(within(word).queryByText(/Wijzigingen bijhouden/)).toBeNull();
  });

  it("with only Track Changes on, says nothing about this version of Word", async () => {
    const doc = templateDocument("passenderwijs");
    jest.spyOn(doc, "limitations").mockReturnValue([wordMessage("tracked-changes")]);
    await renderPane(doc);
    expect(screen.getByRole("group", { name: "Revisies in dit document" })).toBeInTheDocument();
    expect(screen.queryByText("Niet alles kan in deze versie van Word")).toBeNull();
  });
});
