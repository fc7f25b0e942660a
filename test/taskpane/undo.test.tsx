/** @jest-environment jsdom */
import "./polyfills";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { BrowserEdition } from "../../src/taskpane/browser/BrowserEdition";
import type { Draft, DraftStore } from "../../src/taskpane/browser/draft-store";
import { WithoutStyles, openSection, openView, today } from "./helpers";

/** Nothing kept between tests: each starts at the open screen without a draft. */
const noDrafts: DraftStore = {
  load: async () => undefined as Draft | undefined,
  save: async () => undefined,
  clear: async () => undefined,
};

/** Opening a template loads the engine and the pane: generous on a busy machine. */
const SLOW = { timeout: 30_000 };
// Each test opens a whole template in jsdom; on a shared, loaded machine that alone can take 20 s.
jest.setTimeout(120_000);

async function openZuidLimburg() {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
  await act(async () => {
    render(
      <WithoutStyles>
        <BrowserEdition today={today} drafts={noDrafts} />
      </WithoutStyles>,
    );
  });
  await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
  await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, SLOW);
  await openView(user, "Invullen");
  return user;
}

const undoButton = () => screen.getByRole("button", { name: "Ongedaan maken" });

describe("Undo in the browser edition", () => {
  it("the button and Ctrl+Z outside a text box take back the pane's write; Ctrl+Z inside one is the browser's", async () => {
    const user = await openZuidLimburg();
    expect(undoButton()).toBeDisabled();
    const section = await openSection(user, /Algemene gegevens van de school/);
    const school = section.getByRole("textbox", { name: "School" });
    const preview = within(screen.getByRole("main", { name: "Voorbeeld van het document" }));

    await user.type(school, "De Bron");
    await waitFor(() => expect(undoButton()).toBeEnabled(), SLOW);
    // Ctrl+Z inside the box is the browser's own undo of the typing: the write stays.
    await user.keyboard("{Control>}z{/Control}");
    expect(school).toHaveValue("De Bron");
    await preview.findByText("De Bron", {}, SLOW);

    await user.click(undoButton());
    await waitFor(() => expect(school).toHaveValue(""), SLOW);
    await waitFor(() => expect(preview.queryByText("De Bron")).not.toBeInTheDocument(), SLOW);
    expect(undoButton()).toBeDisabled();

    await user.type(school, "Het Anker");
    await waitFor(() => expect(undoButton()).toBeEnabled(), SLOW);
    await user.click(within(screen.getByRole("banner")).getByText(/^SOP Zuid-Limburg/));
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(school).toHaveValue(""), SLOW);
    expect(undoButton()).toBeDisabled();
  });
});
