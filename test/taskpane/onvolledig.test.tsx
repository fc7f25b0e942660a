/** @jest-environment jsdom */
import "./polyfills";
import { screen, waitFor, within } from "@testing-library/react";
import { templates } from "../../src/model";
import { evaluate } from "../../src/rules";
import type { FieldChange } from "../../src/document/port";
import { schools } from "../fixtures/schools";
import { openSection, openView, renderPane, templateDocument } from "./helpers";

/** A pane test walks through a whole SOP in jsdom; on the loaded test machine that takes a while. */
const SLOW = 180_000;

const announcements = () => screen.getByRole("status", { name: "Meldingen" });

/** Zuid-Limburg's complete school, computed fields included, with some values changed. */
function completeZl(change: Record<string, FieldChange["value"]>): FieldChange[] {
  const values = { ...schools["zuid-limburg"], ...change };
  const computed = evaluate(templates["zuid-limburg"], values, "2026-11-23").computed;
  const all = {
    ...values,
    ...Object.fromEntries(Object.entries(computed).filter(([, v]) => v !== null)),
  };
  return Object.entries(all).map(([field, value]) => ({ field, value: value ?? null }));
}

const SCHOOLPLAN = "Ondersteuningsstructuur in schoolplan en beleid bestuur";

/** The severity icons (by name) shown with a field's messages. */
const iconsOf = (control: HTMLElement) => {
  const field = control.closest<HTMLElement>("[data-field]");
  return field
    ? within(field)
        .queryAllByRole("img")
        .map((i) => i.getAttribute("aria-label"))
    : [];
};

describe("onvolledig: a message that waits for more input (ADR 0027)", () => {
  it(
    "an empty SOP's unticked norm boxes say onvolledig, not Fout; the board still counts them",
    async () => {
      const user = await renderPane(templateDocument("zuid-limburg"));
      await openView(user, "Invullen");
      const section = await openSection(user, /^3\.4 /);
      const box = section.getByRole("checkbox", { name: SCHOOLPLAN });
      expect(box).toHaveAccessibleDescription(/^Onvolledig: .*is niet aangevinkt/);
      expect(section.queryByRole("img", { name: "Fout" })).toBeNull();
      expect(
        section.getByText(/Vanaf niveau 3 handelingsgericht plan hanteren" is niet/),
      ).toHaveTextContent(/^Onvolledig: /);
      // Klaar voor bestuur judges as `sop check` does: the two unticked boxes are errors there.
      await openView(user, "Klaar voor bestuur");
      const errors = screen.getByRole("region", { name: /^Fouten/ });
      expect(within(errors).getAllByRole("button", { name: /is niet aangevinkt/ })).toHaveLength(2);
    },
    SLOW,
  );

  it(
    "once everything else is filled in, an unticked norm box is an error in the pane too",
    async () => {
      const doc = templateDocument("zuid-limburg");
      await doc.write(completeZl({ "structuur.schoolplan": false }));
      const user = await renderPane(doc);
      await openView(user, "Invullen");
      const section = await openSection(user, /^3\.4 /);
      const box = section.getByRole("checkbox", { name: SCHOOLPLAN });
      expect(box).toHaveAccessibleDescription(/^"Ondersteuningsstructuur.*is niet aangevinkt/);
      expect(iconsOf(box)).toContain("Fout");
      expect(screen.getByRole("tab", { name: "Invullen" })).toHaveAccessibleDescription("1 fout");
    },
    SLOW,
  );

  it(
    "the first digits of a year are onvolledig while typing, and an error once the field is left",
    async () => {
      const user = await renderPane(templateDocument("zuid-limburg"));
      await openView(user, "Invullen");
      const section = await openSection(user, /Kengetallen/);
      const year = section.getByRole("textbox", { name: /Peildatum 1 oktober/ });
      await user.type(year, "20");
      await waitFor(() => expect(year).toHaveAccessibleDescription(/^Onvolledig: /));
      expect(section.queryByRole("img", { name: "Fout" })).toBeNull();
      expect(screen.getByRole("tab", { name: "Invullen" })).not.toHaveAccessibleDescription();
      // Left at "20", it is wrong: now it is an error, and announced as a new one.
      await user.tab();
      await waitFor(() => expect(iconsOf(year)).toEqual(["Fout"]));
      expect(year).not.toHaveAccessibleDescription(/Onvolledig/);
      await waitFor(() =>
        expect(announcements()).toHaveTextContent("Nieuwe fout bij Peildatum 1 oktober (jaar)."),
      );
      // Back in the field and typed on to a real year, the message is gone.
      await user.type(year, "25");
      await waitFor(() => expect(iconsOf(year)).toEqual([]));
      expect(year).not.toHaveAccessibleDescription(/Onvolledig/);
    },
    SLOW,
  );

  it(
    "a text that can never become a number is an error at once",
    async () => {
      const user = await renderPane(templateDocument("zuid-limburg"));
      await openView(user, "Invullen");
      const section = await openSection(user, /Kengetallen/);
      const field = section.getByRole("textbox", { name: "Aantal locaties" });
      await user.type(field, "t");
      await waitFor(() => expect(iconsOf(field)).toEqual(["Fout"]));
      expect(field).toHaveFocus();
    },
    SLOW,
  );
});
