/** @jest-environment jsdom */
import "./polyfills";
import { screen } from "@testing-library/react";
import { strFromU8, unzipSync } from "fflate";
import { templates } from "../../src/model";
import { evaluate } from "../../src/rules";
import { schools } from "../fixtures/schools";
import { openView, renderPane, templateDocument } from "./helpers";

/** A Zuid-Limburg document with the complete school, whose host can open a second document. */
async function filledWithHost() {
  const doc = templateDocument("zuid-limburg");
  const values = schools["zuid-limburg"];
  const computed = evaluate(templates["zuid-limburg"], values, "2026-11-23").computed;
  await doc.write(
    Object.entries({ ...values, ...computed }).map(([field, value]) => ({
      field,
      value: value ?? null,
    })),
  );
  const opened: { bytes: Uint8Array; name: string }[] = [];
  const openSeparate = jest.fn(async (bytes: Uint8Array, name: string) => {
    opened.push({ bytes, name });
  });
  return { doc: Object.assign(doc, { openSeparate }), opened };
}

describe("SOP one page in the pane", () => {
  it("makes the one-page summary and opens it beside the SOP in Word", async () => {
    const { doc, opened } = await filledWithHost();
    const user = await renderPane(doc, { host: "word" });
    await openView(user, "Klaar voor bestuur");
    await user.click(screen.getByRole("button", { name: "SOP one page maken" }));
    expect(
      await screen.findByText("De samenvatting staat in een nieuw Word-venster."),
    ).toBeInTheDocument();
    expect(opened).toHaveLength(1);
    expect(opened[0]?.name).toBe("SOP one page Basisschool De Mijnlamp.docx");
    const part = unzipSync(opened[0]?.bytes ?? new Uint8Array())["word/document.xml"];
    const xml = strFromU8(part ?? new Uint8Array());
    expect(xml).toContain("Basisschool De Mijnlamp");
    expect(xml).toContain("Norm b: zorgindicatoren minstens 3");
  });

  it("says where the download went in the browser edition", async () => {
    const { doc } = await filledWithHost();
    const user = await renderPane(doc, { host: "browser" });
    await openView(user, "Klaar voor bestuur");
    await user.click(screen.getByRole("button", { name: "SOP one page maken" }));
    expect(
      await screen.findByText(
        "De samenvatting is gedownload als SOP one page Basisschool De Mijnlamp.docx.",
      ),
    ).toBeInTheDocument();
  });

  it("says so when the host cannot open it, and keeps the pane working", async () => {
    const { doc } = await filledWithHost();
    doc.openSeparate.mockRejectedValueOnce(
      new Error("Deze versie van Word kan vanuit SOP Assistent geen nieuw document openen."),
    );
    const user = await renderPane(doc);
    await openView(user, "Klaar voor bestuur");
    await user.click(screen.getByRole("button", { name: "SOP one page maken" }));
    expect(await screen.findByText(/kon niet worden gemaakt/)).toHaveTextContent(
      "geen nieuw document openen",
    );
    expect(screen.getByRole("button", { name: "SOP one page maken" })).toBeEnabled();
  });

  it("is not offered where the document cannot open another one", async () => {
    const user = await renderPane(templateDocument("zuid-limburg"));
    await openView(user, "Klaar voor bestuur");
    expect(screen.queryByRole("button", { name: "SOP one page maken" })).not.toBeInTheDocument();
  });
});
