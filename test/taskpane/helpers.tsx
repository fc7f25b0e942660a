import "./polyfills";
import "@testing-library/jest-dom";
import { RendererProvider, createDOMRenderer } from "@fluentui/react-components";
import { act, configure, render, screen, within } from "@testing-library/react";
import { useState, type ReactNode } from "react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { templates, type FieldValue, type TemplateId } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import type { SopDocument } from "../../src/document/port";
import { evaluate } from "../../src/rules";
import { App } from "../../src/taskpane/App";
import { schools } from "../fixtures/schools";

// A pane test clicks and types through a whole document in jsdom; on a busy machine (the full suite
// in parallel) that takes longer than the defaults allow, which says nothing about the pane.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

/** The pane's "today": 23 November 2026. */
export const today = () => new Date(2026, 10, 23);

/** A fresh document from one of our regional templates. */
export function templateDocument(id: TemplateId): DocxDocument {
  return new DocxDocument(buildTemplateDocx(templates[id]));
}

/** A template filled with its complete school, changed where a test says so. */
export async function school(
  id: TemplateId,
  changes: Record<string, FieldValue | null>,
): Promise<DocxDocument> {
  const doc = templateDocument(id);
  const values = { ...schools[id], ...changes };
  const computed = evaluate(templates[id], values, "2026-11-23").computed;
  await doc.write(
    Object.entries({ ...values, ...computed }).map(([field, value]) => ({
      field,
      value: value ?? null,
    })),
  );
  return doc;
}

/** Style rules that decide what is hidden, which the accessibility tree depends on. */
const HIDING = /display:\s*none|visibility:\s*hidden/;

/**
 * Fluent's style rules, left out of the test DOM except those that hide things: jsdom's
 * getComputedStyle (which Testing Library's role queries and user-event call for every element)
 * slows down with every rule in the page, and the tests look at roles, names and values.
 */
export function WithoutStyles({ children }: { children: ReactNode }) {
  const [renderer] = useState(() =>
    createDOMRenderer(document, { unstable_filterCSSRule: (rule) => HIDING.test(rule) }),
  );
  return <RendererProvider renderer={renderer}>{children}</RendererProvider>;
}

/** Renders the pane over a document and waits until it has read it. */
export async function renderPane(
  document: SopDocument,
  { host = "word", theme = "light" }: { host?: "word" | "browser"; theme?: "light" | "dark" } = {},
) {
  // jsdom's getComputedStyle is slow with Fluent's many style rules: the pointer-events check of every
  // click would take most of a test's time. Fluent never disables pointer events on enabled controls.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
  await act(async () => {
    render(
      <WithoutStyles>
        <App document={document} today={today} theme={theme} host={host} />
      </WithoutStyles>,
    );
  });
  await screen.findByRole("heading", { name: "SOP Assistent" });
  return user;
}

/** Opens a view of the pane by its tab. */
export async function openView(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole("tab", { name }));
}

/** Opens a section in Invullen (by a part of its heading) and gives its panel. */
export async function openSection(user: ReturnType<typeof userEvent.setup>, heading: RegExp) {
  const button = screen.getByRole("button", { name: heading });
  if (button.getAttribute("aria-expanded") !== "true") await user.click(button);
  const panelId = button.getAttribute("aria-controls");
  const panel = panelId ? document.getElementById(panelId) : null;
  return within(panel ?? document.body);
}
