/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Draft, DraftStore } from "../../src/taskpane/browser/draft-store";
import { resumeText } from "../../src/taskpane/browser/draft-store";
import { openSection, openView } from "./helpers";
import { BROWSER_TEST_MS, OPENING, renderBrowserEdition } from "./browser-helpers";

/** A draft store in memory: what IndexedDB does in the browser. */
function memoryStore(): DraftStore & { kept: () => Draft | undefined } {
  let kept: Draft | undefined;
  return {
    load: async () => kept,
    save: async (d) => {
      kept = d;
    },
    clear: async () => {
      kept = undefined;
    },
    kept: () => kept,
  };
}

/** Typing is written after a pause, the draft stored after another: generous on a busy machine. */
const SLOW = { timeout: 10_000 };
// Each test opens the document engine and a whole template in jsdom: slow on a loaded CI machine.
jest.setTimeout(BROWSER_TEST_MS);

const renderEdition = (drafts: DraftStore) => renderBrowserEdition({ drafts });

async function startAndName(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
  await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, OPENING);
  await openView(user, "Invullen");
  const section = await openSection(user, /Algemene gegevens van de school/);
  await user.type(section.getByRole("textbox", { name: "School" }), name);
  return section;
}

describe("the browser edition never loses work", () => {
  it("keeps the document as a draft and offers it back on the next visit", async () => {
    const drafts = memoryStore();
    const first = await renderEdition(drafts);
    await startAndName(first.user, "De Bron");
    await waitFor(() => expect(drafts.kept()?.name).toBe("SOP De Bron.docx"), SLOW);
    expect(
      await screen.findByText("Nog niet gedownload; bewaard in deze browser", {}, SLOW),
    ).toBeInTheDocument();
    first.view.unmount();

    const second = await renderEdition(drafts);
    const resume = await screen.findByRole("button", {
      name: /^Verder met SOP De Bron, gewijzigd om/,
    });
    await second.user.click(resume);
    await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, OPENING);
    await openView(second.user, "Invullen");
    const section = await openSection(second.user, /Algemene gegevens van de school/);
    expect(section.getByRole("textbox", { name: "School" })).toHaveValue("De Bron");
  });

  it("asks before Ander document when the changes are not downloaded", async () => {
    const { user } = await renderEdition(memoryStore());
    await startAndName(user, "De Bron");
    await waitFor(() => expect(screen.getByText(/Nog niet gedownload/)).toBeInTheDocument());
    const ask = jest.spyOn(window, "confirm").mockReturnValueOnce(false);
    await user.click(screen.getByRole("button", { name: "Ander document" }));
    expect(ask).toHaveBeenCalledWith(expect.stringContaining("nog niet gedownload"));
    // Cancelled: the document stays open.
    expect(screen.getByRole("button", { name: "Download .docx" })).toBeInTheDocument();
    ask.mockReturnValueOnce(true);
    await user.click(screen.getByRole("button", { name: "Ander document" }));
    // Back at the start, with the draft offered.
    expect(
      await screen.findByRole("button", { name: /^Verder met SOP De Bron/ }),
    ).toBeInTheDocument();
  });

  it("says when the download is up to date", async () => {
    Object.assign(URL, { createObjectURL: () => "blob:sop", revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = await renderEdition(memoryStore());
    await startAndName(user, "De Bron");
    await screen.findByText(/Nog niet gedownload/, {}, SLOW);
    await user.click(screen.getByRole("button", { name: "Download .docx" }));
    expect(await screen.findByText("Download is bijgewerkt")).toBeInTheDocument();
    // Nothing to ask now: straight back to the start.
    const ask = jest.spyOn(window, "confirm");
    await user.click(screen.getByRole("button", { name: "Ander document" }));
    expect(ask).not.toHaveBeenCalled();
    expect(await screen.findByRole("heading", { name: "Een document openen" })).toBeInTheDocument();
  });

  it("names the day when the draft is not from today", () => {
    const at = new Date(2026, 10, 20, 14, 32).getTime();
    expect(resumeText({ name: "SOP De Bron.docx", savedAt: at }, new Date(2026, 10, 20, 18))).toBe(
      "Verder met SOP De Bron, gewijzigd om 14:32",
    );
    expect(resumeText({ name: "SOP De Bron.docx", savedAt: at }, new Date(2026, 10, 23))).toBe(
      "Verder met SOP De Bron, gewijzigd op 20-11-2026 om 14:32",
    );
  });
});
