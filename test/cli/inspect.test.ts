import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { templates } from "../../src/model";
import {
  schools,
  sop,
  tempDir,
  filled,
  withoutCustomProperties,
  rewritePart,
  templateIdList,
  duplicateControl,
} from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

type Control = {
  tag: string;
  type: string;
  text: string;
  checked?: boolean;
  showingPlaceholder: boolean;
};

/** One control per field, one per option of a choice. */
function expectedControls(id: (typeof templateIdList)[number]): number {
  return templates[id].fields.reduce(
    (n, { field }) => n + (field.kind === "choice" ? field.options.length : 1),
    0,
  );
}

describe("sop inspect", () => {
  test.each(templateIdList)(
    "lists every control of a fresh %s template, all showing their placeholder or prefilled text",
    (id) => {
      const file = join(dir, `fresh-${id}.docx`);
      writeFileSync(file, buildTemplateDocx(templates[id]));
      const run = sop(["inspect", file, "--json"]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as {
        template: string;
        version: number;
        controls: Control[];
        duplicates: unknown[];
        unknownTags: unknown[];
      };
      expect(report.template).toBe(id);
      expect(report.version).toBe(templates[id].version);
      expect(report.controls).toHaveLength(expectedControls(id));
      expect(report.duplicates).toEqual([]);
      expect(report.unknownTags).toEqual([]);
      const checkboxes = report.controls.filter((c) => c.type === "CheckBox");
      expect(checkboxes.length).toBeGreaterThan(0);
      expect(checkboxes.every((c) => c.checked === false)).toBe(true);
      const texts = report.controls.filter((c) => c.type !== "CheckBox");
      expect(texts.every((c) => c.showingPlaceholder === (c.text === ""))).toBe(true);
    },
  );

  test("after filling, a ticked box shows as checked and a filled field no longer shows its placeholder", () => {
    const file = filled(dir, "zuid-limburg", schools["zuid-limburg"]);
    const report = JSON.parse(sop(["inspect", file, "--json"]).stdout) as { controls: Control[] };
    const byTag = new Map(report.controls.map((c) => [c.tag, c]));
    expect(byTag.get("sop:swv=3106")).toMatchObject({ type: "CheckBox", checked: true });
    expect(byTag.get("sop:swv=3104")).toMatchObject({ type: "CheckBox", checked: false });
    expect(byTag.get("sop:school.naam")).toMatchObject({
      type: "PlainText",
      text: "Basisschool De Mijnlamp",
      showingPlaceholder: false,
    });

    const text = sop(["inspect", file]).stdout;
    expect(text).toContain("Sjabloon: Zuid-Limburg – SOP (zuid-limburg, versie 1)");
    expect(text).toMatch(/CheckBox\s+sop:swv=3106\s+.*☒ aangevinkt/);
    expect(text).toMatch(/PlainText\s+sop:school\.naam\s+.*Basisschool De Mijnlamp/);
  });

  test("reads a Word document that is no SOP: template none, its controls still listed", () => {
    const file = join(dir, "gewoon.docx");
    writeFileSync(file, withoutCustomProperties(buildTemplateDocx(templates.passenderwijs)));
    const json = JSON.parse(sop(["inspect", file, "--json"]).stdout) as {
      template: unknown;
      controls: unknown[];
    };
    expect(json.template).toBeNull();
    expect(json.controls.length).toBe(expectedControls("passenderwijs"));
    const run = sop(["inspect", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Sjabloon: geen");
  });

  test("reports duplicate sop: tags and names an unknown template version", () => {
    const file = join(dir, "dubbel.docx");
    let bytes = rewritePart(
      buildTemplateDocx(templates["haaglanden-2021"]),
      "word/document.xml",
      (xml) => duplicateControl(xml, "sop:school.naam"),
    );
    writeFileSync(file, bytes);
    const json = JSON.parse(sop(["inspect", file, "--json"]).stdout) as { duplicates: unknown[] };
    expect(json.duplicates).toEqual([{ tag: "sop:school.naam", count: 2 }]);
    expect(sop(["inspect", file]).stdout).toContain(
      "Dubbel: sop:school.naam staat 2 keer in het document.",
    );

    bytes = rewritePart(bytes, "docProps/custom.xml", (xml) =>
      xml.replace("<vt:i4>1</vt:i4>", "<vt:i4>99</vt:i4>"),
    );
    writeFileSync(file, bytes);
    const unknown = sop(["inspect", file, "--json"]);
    expect(unknown.code).toBe(0);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ template: null, version: null });
    expect(JSON.parse(unknown.stdout).templateProblem).toContain("sjabloonversie");
  });
});
