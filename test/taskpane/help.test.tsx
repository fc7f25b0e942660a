/** @jest-environment jsdom */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import { openSection, openView, renderPane, templateDocument } from "./helpers";

describe("help where it is needed (issue 12)", () => {
  it("the pane links to the help page, which explains the norms, Klaar voor bestuur and where the document is kept", async () => {
    await renderPane(templateDocument("zuid-limburg"));
    const link = screen.getByRole("link", { name: "Hulp bij SOP Assistent" });
    expect(link).toHaveAttribute("href", "assets/help.html");
    expect(link).toHaveAttribute("target", "_blank");

    const page = new DOMParser().parseFromString(
      readFileSync(join(__dirname, "../../assets/help.html"), "utf8"),
      "text/html",
    );
    expect(page.documentElement.lang).toBe("nl");
    const headings = Array.from(page.querySelectorAll("h2"), (h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining([
        "Wat zijn de normen?",
        "Wat betekent “Klaar voor bestuur”?",
        "Waar blijft het document?",
      ]),
    );
    // Every link of its table of contents leads somewhere on the page.
    const targets = Array.from(page.querySelectorAll('nav a[href^="#"]'), (a) =>
      (a.getAttribute("href") ?? "").slice(1),
    );
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const id of targets) expect(page.getElementById(id)).not.toBeNull();
  });

  it("a box's hint from the model is reachable from the box, in the list and in a grid", async () => {
    const user = await renderPane(templateDocument("zuid-limburg"));
    await openView(user, "Invullen");
    const structuur = await openSection(user, /Ondersteuningsstructuur/);
    expect(
      structuur.getByText(
        "Aanvinken als de ondersteuningsstructuur in het schoolplan en in de beleidsplannen van het bestuur staat",
      ),
    ).toBeInTheDocument();
    const kwaliteit = await openSection(user, /Kwaliteitsstandaard/);
    const cell = document.querySelector<HTMLElement>(
      '[data-field="zorgindicator.01.eigen-oordeel"]',
    );
    if (!cell) throw new Error("no box for zorgindicator.01.eigen-oordeel");
    expect(within(cell).getByRole("checkbox")).toHaveAccessibleDescription(
      "Aanvinken als de score een eigen oordeel van de school is, geen oordeel van de inspectie",
    );
    expect(kwaliteit.getAllByRole("checkbox").length).toBeGreaterThan(0);
  });
});
