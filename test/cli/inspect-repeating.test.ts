import { join } from "node:path";
import { FIXTURE_DIR } from "../../scripts/make-word-fixtures";
import { sop } from "./helpers";

/**
 * Issue 7 point 9: `inspect` names the control around each item of a repeating section
 * (`w15:repeatingSectionItem`) `RepeatingSectionItem`; it is not a rich-text control. The document is
 * the Word-made fixture with a repeating section around paragraphs ("Doelen") and one around table
 * rows ("Activiteiten"), as Word 365 writes them (scripts/word-fixtures/controls-fixture.ts).
 */

const file = join(FIXTURE_DIR, "word-controls.docx");

type Control = { tag: string; title: string; type: string; depth: number; text: string };

describe("sop inspect of repeating sections", () => {
  const report = () => {
    const run = sop(["inspect", file, "--json"]);
    expect(run.code).toBe(0);
    return (JSON.parse(run.stdout) as { controls: Control[] }).controls;
  };

  test("each item of a repeating section is a RepeatingSectionItem, in document order", () => {
    const controls = report();
    const around = (tag: string) => {
      const at = controls.findIndex((c) => c.tag === tag);
      expect(controls[at]?.type).toBe("RepeatingSection");
      return controls.slice(at + 1).filter((c) => c.depth === 1 && c.tag === "");
    };
    expect(around("doelen").slice(0, 2)).toEqual([
      expect.objectContaining({
        type: "RepeatingSectionItem",
        text: "Doel: Technisch lezen op AVI E5",
      }),
      expect.objectContaining({
        type: "RepeatingSectionItem",
        text: "Doel: Tafels tot 10 automatiseren",
      }),
    ]);
    expect(around("activiteiten").slice(0, 2)).toEqual([
      expect.objectContaining({ type: "RepeatingSectionItem", text: "Leesclub\nwekelijks" }),
      expect.objectContaining({ type: "RepeatingSectionItem", text: "Rekenmuurtje\ndagelijks" }),
    ]);
  });

  test("the controls inside an item keep their own type", () => {
    const doel = report().filter((c) => c.tag === "doel");
    expect(doel.map((c) => [c.type, c.depth])).toEqual([
      ["PlainText", 2],
      ["PlainText", 2],
    ]);
  });

  test("the text listing names the type too", () => {
    const run = sop(["inspect", file]);
    expect(run.stdout).toMatch(/RepeatingSectionItem\s+\(geen tag\)\s+-\s+Doel: Technisch lezen/);
    expect(run.stdout).toMatch(/RepeatingSectionItem\s+\(geen tag\)\s+-\s+Leesclub ⏎ wekelijks/);
  });
});
