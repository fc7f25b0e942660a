import { templates, type Values } from "../../src/model";
import { evaluate, type Finding } from "../../src/rules";
import { complete } from "../fixtures/schools/haaglanden-2025";

const template = templates["haaglanden-2025"];
const today = "2026-11-23";
const run = (change: Values) => evaluate(template, { ...complete, ...change }, today);

describe("haaglanden-2025 norms", () => {
  test("a complete school meets every norm and is ready for the board", () => {
    const result = run({});
    expect(result.findings).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.progress.overall.filled).toBe(result.progress.overall.required);
  });

  // Changed on purpose (issue 7.3): an unnamed "Anders" row in use is incomplete (R-DETAIL, a
  // warning that keeps the SOP from the board) in every template, no longer an HL25-DETAIL error.
  test.each<[string, Values, string, Finding["severity"], string[]]>([
    [
      "expertise ja without its korte weergave",
      { "expertise.rekenen": "ja" },
      "HL25-DETAIL",
      "warning",
      ["expertise.rekenen.inhoud", "expertise.rekenen"],
    ],
    [
      "Anders-expertise ja without a name",
      { "expertise.anders": "ja", "expertise.anders.inhoud": "Rots en Water" },
      "R-DETAIL",
      "warning",
      ["expertise.anders.naam", "expertise.anders"],
    ],
    [
      "an Anders-partner without a name",
      { "netwerk.anders-1.naam": "" },
      "R-DETAIL",
      "warning",
      ["netwerk.anders-1.naam", "netwerk.anders-1"],
    ],
    [
      "an Anders-room without a name",
      { "gebouw.anders": "ja" },
      "R-DETAIL",
      "warning",
      ["gebouw.anders.naam", "gebouw.anders"],
    ],
    [
      "no dyslexia support",
      { "didactisch.dyslexie": "" },
      "HL25-DYSLEXIE",
      "info",
      ["didactisch.dyslexie"],
    ],
    [
      "a dash for dyslexia, as the real example has",
      { "didactisch.dyslexie": "-" },
      "HL25-DYSLEXIE",
      "info",
      ["didactisch.dyslexie"],
    ],
    [
      "an emptied schoolse vaardigheid",
      { "vaardigheid.leerstof": "  " },
      "HL25-VAARDIGHEDEN",
      "error",
      ["vaardigheid.leerstof"],
    ],
    [
      "both ja and nee for a partner",
      { "netwerk.politie": ["ja", "nee"] },
      "R-EXCLUSIVE",
      "error",
      ["netwerk.politie"],
    ],
    [
      "no answer for a room",
      { "gebouw.lift": undefined },
      "R-REQUIRED",
      "warning",
      ["gebouw.lift"],
    ],
  ])("%s", (_name, change, rule, severity, fields) => {
    const findings = run(change).findings;
    expect(findings).toEqual([expect.objectContaining({ rule, severity, fields })]);
    expect(findings[0]?.message).toMatch(/\S{3}/);
  });

  test.each<[string, Values]>([
    [
      "expertise nee needs no korte weergave",
      { "expertise.taal": "nee", "expertise.taal.inhoud": "" },
    ],
    [
      "an Anders row answered nee needs no name",
      { "netwerk.anders-1": "nee", "netwerk.anders-1.naam": "" },
    ],
    [
      "an adapted schoolse vaardigheid",
      { "vaardigheid.groepsgrootte": "Groepen van hoogstens 28 leerlingen." },
    ],
    ["dyslexia support in kernwoorden", { "didactisch.dyslexie": "Bouw!, dyslexieprotocol" }],
    // Issue 7.6: "-" in an "Anders, namelijk" row is an empty row, as the model writes it
    // (haaglanden-ondersteuningsaanbod-2025-model.txt r. 458 and 484: "Anders, namelijk… -").
    [
      "a dash in the didactisch Anders row",
      { "didactisch.anders": "-", "didactisch.anders.naam": "" },
    ],
    ["a dash in the pedagogisch Anders row", { "pedagogisch.anders": " – " }],
  ])("%s passes", (_name, change) => {
    expect(run(change).findings).toEqual([]);
  });

  test("an emptied schoolse vaardigheid keeps the document from the board", () => {
    expect(run({ "vaardigheid.sociaal": "" }).ready).toBe(false);
  });

  test("a dash as the name of an Anders row in use is no name", () => {
    const result = run({ "gebouw.anders": "ja", "gebouw.anders.naam": "-" });
    expect(result.missing).toEqual(["gebouw.anders.naam"]);
    expect(result.ready).toBe(false);
  });

  test("a dash counts as empty in the progress too", () => {
    const filled = run({}).progress.overall.filled;
    expect(run({ "vaardigheid.sociaal": "-" }).progress.overall.filled).toBe(filled - 1);
  });

  test("a missing dyslexia offer is only a hint: the document can still go to the board", () => {
    expect(run({ "didactisch.dyslexie": "-" }).ready).toBe(true);
  });
});
