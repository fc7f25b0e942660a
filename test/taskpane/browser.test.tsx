/** @jest-environment jsdom */
import "./polyfills";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { templates } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { BrowserEdition } from "../../src/taskpane/browser/BrowserEdition";
import { fileNameFor, readBytes } from "../../src/taskpane/browser/files";
import { AFTER_WRITE, BROWSER_TEST_MS, OPENING } from "./browser-helpers";
import { WithoutStyles, openSection, openView, today } from "./helpers";

async function renderEdition() {
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never, delay: null });
  await act(async () => {
    render(
      <WithoutStyles>
        <BrowserEdition today={today} />
      </WithoutStyles>,
    );
  });
  return user;
}

// Each test opens the document engine and a whole template in jsdom: slow on a loaded CI machine.
jest.setTimeout(BROWSER_TEST_MS);

const preview = () => screen.getByRole("main", { name: "Voorbeeld van het document" });

describe("the browser edition", () => {
  it("starts from a regional template: the pane beside a preview of the document", async () => {
    const user = await renderEdition();
    expect(screen.getByRole("heading", { name: "SOP Assistent", level: 1 })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
    expect(
      await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, OPENING),
    ).toBeInTheDocument();
    expect(
      within(preview()).getByRole("heading", { name: "Schoolondersteuningsprofiel" }),
    ).toBeInTheDocument();
    expect(
      within(preview()).getByRole("heading", { name: "2.1 Algemene gegevens van de school" }),
    ).toBeInTheDocument();
  });

  it("refreshes the preview after a write and keeps a value <script> as text", async () => {
    const user = await renderEdition();
    await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
    await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, OPENING);
    await openView(user, "Invullen");
    const section = await openSection(user, /Algemene gegevens van de school/);
    const evil = '<script>alert("x")</script>';
    await user.type(
      section.getByRole("textbox", { name: "School" }),
      evil.replace(/[{[]/g, "$&$&"),
    );
    await waitFor(() => expect(within(preview()).getByText(evil)).toBeInTheDocument(), AFTER_WRITE);
    expect(preview().querySelector("script")).toBeNull();
  });

  it("opens a .docx chosen with the file picker", async () => {
    const user = await renderEdition();
    const bytes = buildTemplateDocx(templates["haaglanden-2021"]);
    await user.upload(
      screen.getByLabelText("Kies een .docx-bestand"),
      new File([bytes as BlobPart], "sop-2021.docx"),
    );
    expect(
      await screen.findByRole("heading", { name: "Haaglanden – SOP 2021-2025" }, OPENING),
    ).toBeInTheDocument();
    expect(screen.getByText("sop-2021.docx")).toBeInTheDocument();
  });

  it("opens a .docx dropped onto the page", async () => {
    await renderEdition();
    const bytes = buildTemplateDocx(templates.passenderwijs);
    const file = new File([bytes as BlobPart], "passenderwijs.docx");
    const page = screen.getByRole("heading", { name: "SOP Assistent", level: 1 });
    await act(async () => {
      fireEvent.dragOver(page, { dataTransfer: { files: [file], types: ["Files"] } });
      fireEvent.drop(page, { dataTransfer: { files: [file], types: ["Files"] } });
    });
    expect(
      await screen.findByRole("heading", { name: /^Passenderwijs/ }, OPENING),
    ).toBeInTheDocument();
  });

  it("says in Dutch why a file cannot be opened", async () => {
    const user = await renderEdition();
    await user.upload(
      screen.getByLabelText("Kies een .docx-bestand"),
      new File(["dit is tekst"], "notities.docx"),
    );
    expect(
      await screen.findByText(/Dit is geen Word-document \(\.docx\)/, {}, OPENING),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Document openen…" })).toBeEnabled();
  });

  it("downloads the .docx with what was typed, named after the school", async () => {
    const blobs: Blob[] = [];
    let name = "";
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        blobs.push(b);
        return "blob:sop";
      },
      revokeObjectURL: () => undefined,
    });
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      name = this.download;
    });
    const user = await renderEdition();
    await user.click(screen.getByRole("button", { name: /Nieuw SOP: Zuid-Limburg – SOP/ }));
    await screen.findByRole("heading", { name: "Zuid-Limburg – SOP" }, OPENING);
    await openView(user, "Invullen");
    const section = await openSection(user, /Algemene gegevens van de school/);
    await user.type(section.getByRole("textbox", { name: "School" }), "Basisschool De Mijnlamp");
    // At once, before the pane's pause in typing has passed: the download must still hold it.
    await user.click(screen.getByRole("button", { name: "Download .docx" }));
    await waitFor(() => expect(name).toBe("SOP Basisschool De Mijnlamp.docx"));
    // The preview redraws a moment after the write; let it, so its update falls inside the test's act.
    await waitFor(
      () => expect(within(preview()).getByText("Basisschool De Mijnlamp")).toBeInTheDocument(),
      AFTER_WRITE,
    );
    const saved = new DocxDocument(await readBytes(blobs[0] as Blob));
    expect((await saved.readAll()).values["school.naam"]).toBe("Basisschool De Mijnlamp");
  });
});

describe("file names", () => {
  it("come from the school's name, without characters a file system refuses", () => {
    expect(fileNameFor('BS "De Mijnlamp" / Heerlen', "x.docx")).toBe(
      "SOP BS De Mijnlamp Heerlen.docx",
    );
    expect(fileNameFor(undefined, "eigen.docx")).toBe("eigen.docx");
    expect(fileNameFor("   ", "SOP Zuid-Limburg")).toBe("SOP Zuid-Limburg.docx");
  });
});
