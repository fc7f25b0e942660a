/**
 * A norm with none of its answers given is never met: on an untouched template it reads
 * "onvolledig" (issue 7 point 1: "gehaald / niet gehaald / onvolledig" per norm). Zuid-Limburg once
 * reported ZL-SPECIFIEK, ZL-UITSTROOM and ZL-VOORZIENING as gehaald on an empty form.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { templates, type TemplateId } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { evaluate } from "../../src/rules";
import { schools } from "../fixtures/schools";

const ids = Object.keys(templates) as TemplateId[];

/** The values of the committed empty template, as the pane and `check` read them. */
function emptyTemplateValues(id: TemplateId) {
  const bytes = readFileSync(join(__dirname, "../../templates", `${id}.docx`));
  return new DocxDocument(bytes).readSync().values;
}

describe.each(ids)("the empty %s template", (id) => {
  const evaluation = evaluate(templates[id], emptyTemplateValues(id), "2026-11-23");

  test("meets no norm: each is onvolledig, or niet gehaald where a box it requires is unticked", () => {
    expect(evaluation.norms.length).toBeGreaterThan(0);
    expect(evaluation.norms.filter((n) => n.status === "met").map((n) => n.rule)).toEqual([]);
    expect(evaluation.ready).toBe(false);
  });

  test("the complete school still meets every norm", () => {
    const full = evaluate(templates[id], schools[id], "2026-11-23");
    expect(full.norms.filter((n) => n.status !== "met").map((n) => n.rule)).toEqual([]);
    expect(full.ready).toBe(true);
  });
});

describe("one answer is enough to judge a norm", () => {
  test("Zuid-Limburg: 'nee' for every voorziening meets ZL-VOORZIENING without an omschrijving", () => {
    // zuid-limburg-sop-model.txt:704-712: the omschrijving is asked "Bij JA" only.
    const values = Object.fromEntries(
      ["materialen", "aanpak", "gebouw", "anders"].map((k) => [`voorziening.${k}`, "nee"]),
    );
    const norm = evaluate(templates["zuid-limburg"], values, "2026-11-23").norms.find(
      (n) => n.rule === "ZL-VOORZIENING",
    );
    expect(norm?.status).toBe("met");
  });

  test("Zuid-Limburg: specifieke ondersteuning scored below 4 without partners is not met", () => {
    // zuid-limburg-sop-model.txt:397-398: below 4 the school needs agreements in table 3.4.
    const values = Object.fromEntries(
      ["beleid", "specialisme", "keten", "eigenaar"].map((k) => [`specifiek.1.${k}`, "nee"]),
    );
    const norm = evaluate(templates["zuid-limburg"], values, "2026-11-23").norms.find(
      (n) => n.rule === "ZL-SPECIFIEK",
    );
    expect(norm?.status).toBe("not-met");
  });
});
