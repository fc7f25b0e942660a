/** @jest-environment jsdom */
import "./polyfills";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor } from "@testing-library/react";
import { DocxDocument } from "../../src/document/docx/adapter";
import { listEntries } from "../../src/document/docx/zip";
import { readBytes } from "../../src/taskpane/browser/files";
import { renderBrowserEdition } from "./browser-helpers";

/**
 * A document whose image is damaged (test/fixtures/bad/damaged-image.docx, from
 * scripts/make-bad-corpus.ts) cannot be saved whole: Download says why and offers a way out,
 * so the work done in the page is never trapped.
 */
describe("the browser edition with a document that cannot be saved whole", () => {
  it("explains, then saves without the damaged part or downloads the values as JSON", async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (blobs.push(b), "blob:sop"),
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const { user } = await renderBrowserEdition();
    const bytes = readFileSync(join(__dirname, "../fixtures/bad/damaged-image.docx"));
    await user.upload(
      screen.getByLabelText("Kies een .docx-bestand"),
      new File([bytes as BlobPart], "beschadigd.docx"),
    );
    await screen.findByRole("button", { name: "Download .docx" }, { timeout: 20_000 });
    await user.click(screen.getByRole("button", { name: "Download .docx" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Het document kan niet worden opgeslagen");
    expect(alert).toHaveTextContent("word/media/image1.png");
    expect(blobs).toHaveLength(0);

    await user.click(screen.getByRole("button", { name: "Opslaan zonder beschadigd onderdeel" }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const saved = await readBytes(blobs[0] as Blob);
    expect(listEntries(saved).map((e) => e.name)).not.toContain("word/media/image1.png");
    expect((await new DocxDocument(saved).readAll()).detection).toMatchObject({ kind: "sop" });
    expect(screen.queryByRole("alert")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Download .docx" }));
    await screen.findByRole("alert");
    await user.click(screen.getByRole("button", { name: "Waarden downloaden (JSON)" }));
    await waitFor(() => expect(blobs).toHaveLength(2));
    expect(names[1]).toBe("beschadigd - waarden.json");
    const text = new TextDecoder().decode(await readBytes(blobs[1] as Blob));
    const json = JSON.parse(text) as { template: string };
    expect(json.template).toBe("haaglanden-2025");
  }, 120_000);
});
