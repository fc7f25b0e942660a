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
  it("the button takes back the last write, then the one before, and is off when nothing is left", async () => {
    const user = await openZuidLimburg();
    expect(undoButton()).toBeDisabled();
    const section = await openSection(user, /Kwaliteitsstandaard/);
    await user.click(section.getByRole("radio", { name: "Zorgindicator 1 (1.4): 2" }));
    await waitFor(() => expect(undoButton()).toBeEnabled());
    await user.click(section.getByRole("radio", { name: "Zorgindicator 1 (1.4): 4" }));
    await waitFor(() =>
      expect(section.getByRole("radio", { name: "Zorgindicator 1 (1.4): 4" })).toBeChecked(),
    );

    await user.click(undoButton());
    await waitFor(() =>
      expect(section.getByRole("radio", { name: "Zorgindicator 1 (1.4): 2" })).toBeChecked(),
    );
    await user.click(undoButton());
    await waitFor(() => expect(undoButton()).toBeDisabled());
    for (const score of ["1", "2", "3", "4"])
      expect(
        section.getByRole("radio", { name: `Zorgindicator 1 (1.4): ${score}` }),
      ).not.toBeChecked();
  });

  it("Ctrl+Z outside a text box takes back the typing; inside one the browser's own undo is left alone", async () => {
    const user = await openZuidLimburg();
    const section = await openSection(user, /Algemene gegevens van de school/);
    const school = section.getByRole("textbox", { name: "School" });
    await user.type(school, "De Bron");
    // Ctrl+Z inside the box is the browser's: SOP Assistent does not take the write back.
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(undoButton()).toBeEnabled(), SLOW);
    expect(school).toHaveValue("De Bron");

    await user.click(within(screen.getByRole("banner")).getByText(/^SOP Zuid-Limburg/));
    await user.keyboard("{Control>}z{/Control}");
    await waitFor(() => expect(school).toHaveValue(""));
    expect(undoButton()).toBeDisabled();
  });
});
