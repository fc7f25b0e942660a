/** @jest-environment jsdom */
import "./polyfills";
import { act, screen, waitFor } from "@testing-library/react";
import { DocxDocument } from "../../src/document/docx/adapter";
import { filledTemplate } from "../document/filled";
import { renderBrowserEdition } from "./browser-helpers";

/**
 * A large document takes a while to save: while it does, the page shows how far it is and a second
 * press on Download starts no second save. The save is held half-way by the test, so what is seen
 * does not depend on the speed of the machine.
 */
describe("the browser edition while a download is being saved", () => {
  it("shows the progress, then downloads once", async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (b: Blob) => (blobs.push(b), "blob:sop"),
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const original = DocxDocument.prototype.toBytesAsync;
    const spy = jest
      .spyOn(DocxDocument.prototype, "toBytesAsync")
      .mockImplementation(async function (this: DocxDocument, options, onProgress) {
        return original
          .call(this, options, async (p: number) => onProgress?.(p))
          .then(async (bytes) => {
            onProgress?.(0.7);
            await held;
            return bytes;
          });
      });
    const { user } = await renderBrowserEdition();
    await user.upload(
      screen.getByLabelText("Kies een .docx-bestand"),
      new File([filledTemplate("zuid-limburg") as BlobPart], "groot.docx"),
    );
    const download = await screen.findByRole(
      "button",
      { name: "Download .docx" },
      { timeout: 20_000 },
    );
    await user.click(download);
    const bar = await screen.findByRole(
      "progressbar",
      { name: "Het document wordt opgeslagen" },
      { timeout: 20_000 },
    );
    await waitFor(() => expect(bar).toHaveAttribute("aria-valuetext", "70%"));
    await user.click(download);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(blobs).toHaveLength(0);

    await act(async () => release());
    await waitFor(() => expect(blobs).toHaveLength(1));
    expect(screen.queryByRole("progressbar", { name: "Het document wordt opgeslagen" })).toBeNull();
    expect(spy).toHaveBeenCalledTimes(1);
  }, 120_000);
});
