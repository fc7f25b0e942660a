import { act, render } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { BrowserEdition } from "../../src/taskpane/browser/BrowserEdition";
import type { DraftStore } from "../../src/taskpane/browser/draft-store";
import { WithoutStyles, today } from "./helpers";

/** The browser edition on its open screen, with a user that types without delay. */
export async function renderBrowserEdition(options: { drafts?: DraftStore } = {}) {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
  const view = await act(async () =>
    render(
      <WithoutStyles>
        <BrowserEdition today={today} {...options} />
      </WithoutStyles>,
    ),
  );
  return { user, view };
}

/**
 * Opening a document in the browser edition loads the document engine first (a lazy import): on a
 * loaded CI machine the first opening in a suite can take far longer than Testing Library's default.
 */
export const OPENING = { timeout: 60_000 };

/** A test that opens a document in the browser edition and works in it, on a loaded CI machine. */
export const BROWSER_TEST_MS = 180_000;

/**
 * Typing is written after the pane's pause in typing, the preview redrawn and the draft kept after
 * pauses of their own: a wait for what follows a write, generous for a loaded CI machine.
 */
export const AFTER_WRITE = { timeout: 15_000 };
