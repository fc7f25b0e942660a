/** @jest-environment jsdom */
import "./polyfills";
import { render, screen, waitFor, within } from "@testing-library/react";
import { SeverityIcon } from "../../src/taskpane/fields/SeverityIcon";
import { openSection, openView, renderPane, templateDocument } from "./helpers";

/** The pane's live region for new messages. */
const announcements = () => screen.getByRole("status", { name: "Meldingen" });

/** A pane test walks through a whole SOP in jsdom; on the loaded test machine that takes a while. */
const SLOW = 180_000;

describe("leading to the next thing to do", () => {
  it(
    "the start screen's button goes to the first empty field, Volgende leeg veld to the next one",
    async () => {
      const doc = templateDocument("zuid-limburg");
      const user = await renderPane(doc);
      await user.click(screen.getByRole("button", { name: "Begin met invullen" }));
      // The first required field in document order is the director's signature in 1 Inleiding.
      const director = await screen.findByRole("textbox", { name: /Namens school \(directeur\)/ });
      await waitFor(() => expect(director).toHaveFocus());
      await user.keyboard("J. Janssen");
      await waitFor(() =>
        expect(screen.getByRole("button", { name: /1 Inleiding/ })).toHaveTextContent("1 van 1"),
      );
      await user.click(screen.getByRole("button", { name: "Volgende leeg veld" }));
      await waitFor(() => expect(screen.getByRole("textbox", { name: "School" })).toHaveFocus());
      await user.click(screen.getByRole("button", { name: "Volgende leeg veld" }));
      await waitFor(() =>
        expect(screen.getByRole("textbox", { name: "School" })).not.toHaveFocus(),
      );
      expect(document.activeElement?.closest("[data-field]")).toHaveAttribute(
        "data-field",
        "school.straat",
      );
    },
    SLOW,
  );

  it(
    "an error shows with its icon and count on its section and on Invullen, and is announced once",
    async () => {
      const doc = templateDocument("zuid-limburg");
      const user = await renderPane(doc);
      await openView(user, "Invullen");
      // An empty Zuid-Limburg SOP has no error yet: the unticked 3.4 boxes of ZL-STRUCTUUR are
      // "onvolledig" while the rest is still to be filled in (ADR 0027).
      const tab = () => screen.getByRole("tab", { name: "Invullen" });
      expect(tab()).not.toHaveAccessibleDescription();
      expect(screen.getByRole("button", { name: /^3\.4 / })).not.toHaveTextContent(/fout/);
      const section = await openSection(user, /Kengetallen/);
      const field = section.getByRole("textbox", { name: "Aantal locaties" });
      await user.type(field, "twee");
      await user.tab();
      const message = /"twee" bij Aantal locaties is geen getal/;
      expect(await section.findByRole("img", { name: "Fout" })).toBeInTheDocument();
      expect(field).toHaveAccessibleDescription(message);
      // Announced politely by the pane's one live region (not an alert that interrupts typing), by
      // severity and field: the message itself is shown once, beside the field.
      await waitFor(() =>
        expect(announcements()).toHaveTextContent("Nieuwe fout bij Aantal locaties."),
      );
      expect(screen.queryByRole("alert")).toBeNull();
      expect(screen.getAllByText(message)).toHaveLength(1);
      expect(screen.getByRole("button", { name: /Kengetallen.*1 fout/ })).toBeInTheDocument();
      expect(tab()).toHaveAccessibleDescription("1 fout");
    },
    SLOW,
  );

  it(
    "Volgende probleem goes on from the field the person is at to the next field with an error",
    async () => {
      const doc = templateDocument("zuid-limburg");
      const user = await renderPane(doc);
      await openView(user, "Invullen");
      const section = await openSection(user, /Kengetallen/);
      const field = section.getByRole("textbox", { name: "Aantal locaties" });
      await user.type(field, "twee");
      await user.tab();
      await section.findByRole("img", { name: "Fout" });
      await user.click(screen.getByRole("button", { name: /Algemene gegevens van de school/ }));
      await user.click(screen.getByRole("textbox", { name: "School" }));
      await user.click(screen.getByRole("button", { name: "Volgende probleem" }));
      await waitFor(() => expect(field).toHaveFocus());
    },
    SLOW,
  );

  it(
    "error, warning and tip each have an icon of their own shape, named for screen readers",
    () => {
      render(
        <>
          <SeverityIcon severity="error" />
          <SeverityIcon severity="warning" />
          <SeverityIcon severity="info" />
        </>,
      );
      const icons = ["Fout", "Waarschuwing", "Tip"].map((name) =>
        screen.getByRole("img", { name }),
      );
      const shapes = new Set(icons.map((icon) => icon.querySelector("path")?.getAttribute("d")));
      expect(shapes.size).toBe(3);
    },
    SLOW,
  );

  it(
    "finds a field by a word of its label and goes to it",
    async () => {
      const doc = templateDocument("zuid-limburg");
      const user = await renderPane(doc);
      await openView(user, "Invullen");
      await user.type(
        screen.getByRole("searchbox", { name: "Zoek een veld op zijn naam" }),
        "locaties",
      );
      const found = screen.getByRole("list", { name: "Gevonden velden" });
      await user.click(within(found).getByRole("button", { name: "Aantal locaties" }));
      await waitFor(() =>
        expect(screen.getByRole("textbox", { name: "Aantal locaties" })).toHaveFocus(),
      );
      await user.clear(screen.getByRole("searchbox", { name: "Zoek een veld op zijn naam" }));
      await user.type(
        screen.getByRole("searchbox", { name: "Zoek een veld op zijn naam" }),
        "xyzzy",
      );
      expect(screen.getByText(/Geen veld gevonden met “xyzzy”/)).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    "the HGW grid says what each score means, and a school's own interventie is headed by its name",
    async () => {
      const doc = templateDocument("zuid-limburg");
      const user = await renderPane(doc);
      await openView(user, "Invullen");
      const hgw = await openSection(user, /3\.2/);
      expect(
        hgw.getByText("Betekenis: 1 = 0-25 %, 2 = 26-50 %, 3 = 51-75 %, 4 = 76-100 %"),
      ).toBeInTheDocument();
      const specific = await openSection(user, /3\.3/);
      expect(specific.getByRole("rowheader", { name: "Interventie 5: naam" })).toBeInTheDocument();
      await user.type(specific.getByRole("textbox", { name: "Interventie 5: naam" }), "NT2-klas");
      await waitFor(() =>
        // The row's number from the model stays in front of the name (ZL 3.3, rows 5-7).
        expect(specific.getByRole("rowheader", { name: "5. NT2-klas" })).toBeInTheDocument(),
      );
    },
    SLOW,
  );
});
