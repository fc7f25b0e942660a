/** @jest-environment jsdom */
import "./polyfills";
import { act, render, screen, waitFor } from "@testing-library/react";
import { DocxDocument } from "../../src/document/docx/adapter";
import type { NoWord, WordConnection } from "../../src/document/word/host";
import { WordDocument } from "../../src/document/word/word-document";
import { decideStart, openedByOffice } from "../../src/taskpane/startup";
import { Startup } from "../../src/taskpane/Startup";
import { PROFILES, WordSimulator } from "../document/word/simulator";
import { WithoutStyles, openSection, openView, renderPane } from "./helpers";

/**
 * The pane over the simulated Word, under every behaviour profile: what a director sees must not
 * depend on which reading of Word's documentation turns out to be true.
 */
const byProfile = PROFILES.map((p) => [p.name, p] as const);

describe.each(byProfile)("the pane in Word (%s profile)", (_name, profile) => {
  it("an empty Zuid-Limburg template counts every required field as still to do", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg", profile);
    await renderPane(new WordDocument(sim.host));
    expect(screen.getByRole("heading", { name: "Zuid-Limburg – SOP" })).toBeInTheDocument();
    expect(screen.getByText("School: nog niet ingevuld")).toBeInTheDocument();
    // 110 required fields (issue 7: the adoption date, the board's name and zorgindicator 2 are no
    // longer required), of which 5 are prefilled by the template.
    expect(screen.getByRole("progressbar")).toHaveAccessibleName("Nog 105 velden in te vullen");
  });

  it("a name typed in the pane goes into the document, with one read after the write", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg", profile);
    const doc = new WordDocument(sim.host);
    const user = await renderPane(doc);
    const reads = jest.spyOn(doc, "readAll");
    await openView(user, "Invullen");
    const section = await openSection(user, /Algemene gegevens van de school/);
    await user.type(section.getByRole("textbox", { name: "School" }), "De Mijnlamp");
    await waitFor(() =>
      expect(new DocxDocument(sim.toBytes()).readSync().values["school.naam"]).toBe("De Mijnlamp"),
    );
    await waitFor(() => expect(reads).toHaveBeenCalledTimes(1));
    // Word's events about that write come and go without another full read.
    await act(() => new Promise((resolve) => setTimeout(resolve, 800)));
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it("with Track Changes on, Start says that what the pane writes is tracked", async () => {
    const sim = WordSimulator.fromTemplate("haaglanden-2021", profile);
    sim.userTracksChanges(true);
    await renderPane(new WordDocument(sim.host));
    expect(await screen.findByText(/Wijzigingen bijhouden staat aan/)).toBeInTheDocument();
  });

  it("starts as the add-in when Office opened the page, however long office.js takes", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs", profile);
    const connection: WordConnection = {
      document: new WordDocument(sim.host),
      theme: "light",
      onThemeChange: () => () => undefined,
    };
    const wait = (): Promise<WordConnection | NoWord> =>
      new Promise((resolve) => setTimeout(() => resolve(connection), profile.onReadyMs));
    await act(async () => {
      render(
        <WithoutStyles>
          <Startup
            inOffice
            wait={wait}
            word={() => <p>Het deelvenster in Word</p>}
            browser={() => <p>De browserversie</p>}
          />
        </WithoutStyles>,
      );
    });
    if (profile.onReadyMs > 0) expect(screen.getByText("Verbinden met Word…")).toBeInTheDocument();
    expect(
      await screen.findByText("Het deelvenster in Word", {}, { timeout: profile.onReadyMs + 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText("De browserversie")).not.toBeInTheDocument();
  }, 20_000);
});

describe("starting", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const never = () => new Promise<never>(() => undefined);

  it("outside Office the browser edition starts at once, without asking for Word", async () => {
    const wait = jest.fn(never);
    await expect(decideStart(false, wait)).resolves.toEqual({ kind: "browser" });
    expect(wait).not.toHaveBeenCalled();
  });

  it.each<[NoWord, string]>([
    ["timeout", "unreachable"],
    ["no-office", "unreachable"],
    ["broken", "unreachable"],
    ["not-word", "browser"],
  ])("inside Office, Word answering %s starts the %s screen", async (answer, kind) => {
    await expect(decideStart(true, async () => answer)).resolves.toMatchObject({ kind });
  });

  it("inside Office, a Word that never answers gets the Dutch message after the limit, never the file picker", async () => {
    const { waitForWord } = await import("../../src/document/word/host");
    const globals = globalThis as Record<string, unknown>;
    globals.Office = { onReady: never, HostType: { Word: "Word" } };
    try {
      render(
        <WithoutStyles>
          <Startup
            inOffice
            wait={waitForWord}
            limitMs={30_000}
            word={() => <p>Het deelvenster in Word</p>}
            browser={() => <p>De browserversie</p>}
          />
        </WithoutStyles>,
      );
      await act(() => jest.advanceTimersByTimeAsync(29_000));
      expect(screen.getByText("Verbinden met Word…")).toBeInTheDocument();
      await act(() => jest.advanceTimersByTimeAsync(1_000));
      expect(screen.getByText("SOP Assistent kan Word niet bereiken")).toBeInTheDocument();
      expect(screen.getByText(/Start › SOP Assistent/)).toBeInTheDocument();
      expect(screen.getByRole("button", { name: "Opnieuw proberen" })).toBeInTheDocument();
      expect(screen.queryByText("De browserversie")).not.toBeInTheDocument();
      expect(document.querySelector('input[type="file"]')).toBeNull();
    } finally {
      delete globals.Office;
    }
  });

  it("reads the loader's verdict from <html data-opened-by>", () => {
    const doc = document.implementation.createHTMLDocument("t");
    expect(openedByOffice(doc)).toBe(false);
    doc.documentElement.setAttribute("data-opened-by", "office");
    expect(openedByOffice(doc)).toBe(true);
    doc.documentElement.setAttribute("data-opened-by", "browser");
    expect(openedByOffice(doc)).toBe(false);
  });
});
