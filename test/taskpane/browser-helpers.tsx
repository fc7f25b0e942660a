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
