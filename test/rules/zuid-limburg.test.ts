import { templates, type Values } from "../../src/model";
import { evaluate, type Finding } from "../../src/rules";
import { complete } from "../fixtures/schools/zuid-limburg";

const template = templates["zuid-limburg"];
const today = "2026-11-23";
const run = (change: Values) => evaluate(template, { ...complete, ...change }, today);
const about = (findings: readonly Finding[], rule: string) =>
  findings.filter((f) => f.rule === rule);

const UITSTROOM = [
  "vmbo-b",
  "vmbo-k",
  "vmbo-gl",
  "vmbo-tl",
  "vmbo-b-lwoo",
  "vmbo-k-lwoo",
  "pro",
  "vso",
  "havo-vwo",
  "buitenland",
  "anders",
];
const noPercentages: Values = Object.fromEntries(UITSTROOM.map((k) => [`uitstroom.${k}.pct`, ""]));
const PARTNERS = [1, 2, 3, 4].map((n) => `netwerk.niveau${n}.partners`);
const noPartners: Values = Object.fromEntries(PARTNERS.map((id) => [id, ""]));

/** The uitstroom part of the real Zuid-Limburg form (end of the reference text): ticks, no %. */
const realUitstroom: Values = {
  swv: "3106",
  ...noPercentages,
  ...Object.fromEntries(UITSTROOM.map((k) => [`uitstroom.${k}`, false])),
  "uitstroom.vmbo-b": true,
  "uitstroom.vmbo-k": true,
  "uitstroom.vmbo-gl": true,
  "uitstroom.vmbo-tl": true,
  "uitstroom.vmbo-b-lwoo": true,
  "uitstroom.pro": true,
  "uitstroom.havo-vwo": true,
};

/** The one-page summary the real school wrote (end of the reference text). */
const realKern =
  "We gaan uit van verschillen tussen mensen, elk mens is uniek. We leren kinderen omgaan met deze verschillen. Daarnaast werken wij samen met kind en ouders aan groei en spreken wij hoge verwachtingen uit. Wij bieden iedere leerling een vaste basis van vaardigheden en kennis van de wereld aan om in de maatschappij te kunnen functioneren. Kenmerkend voor onze school is diversiteit. Wij beschouwen de school als oefenplaats om sociale vaardigheden te leren en maatschappelijke competenties te ontdekken om later kansrijk in te voegen in een veranderende maatschappij.";

const lines = (count: number, length = 80) =>
  Array.from({ length: count }, (_, i) => `${i + 1}. ${"x".repeat(length)}`).join("\n");

describe("zuid-limburg norms", () => {
  test("a complete school meets every norm and is ready for the board", () => {
    const result = run({});
    expect(result.findings).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.ready).toBe(true);
    expect(result.progress.overall.filled).toBe(result.progress.overall.required);
    expect(result.computed["kengetallen.leerlingen"]).toBe(244);
    expect(result.computed["specifiek.5.aantal"]).toBe(3);
    expect(result.computed["knooppunt.incidenteel.aantal"]).toBe(2);
  });

  test.each<[string, Values, string, Finding["severity"], string[]]>([
    // ZL-KENGETALLEN
    [
      "more pupils in niveau 3 + 4 than in the school",
      { "kengetallen.niveau3": 230, "kengetallen.niveau4": 20 },
      "ZL-KENGETALLEN",
      "error",
      ["kengetallen.niveau3", "kengetallen.niveau4", "kengetallen.leerlingen"],
    ],
    [
      "more JW pupils than pupils",
      { "kengetallen.jw": "245" },
      "ZL-KENGETALLEN",
      "error",
      ["kengetallen.jw", "kengetallen.leerlingen"],
    ],
    [
      "more pupils with aangepast vervoer than pupils",
      { "kengetallen.vervoer": 300 },
      "ZL-KENGETALLEN",
      "error",
      ["kengetallen.vervoer", "kengetallen.leerlingen"],
    ],
    [
      "a total that is not tm8 + na8",
      { "kengetallen.leerlingen": 240 },
      "R-COMPUTED",
      "warning",
      ["kengetallen.leerlingen"],
    ],
    // ZL-UITSTROOM
    [
      "percentages adding up to 95",
      { "uitstroom.havo-vwo.pct": 43 },
      "ZL-UITSTROOM",
      "error",
      UITSTROOM.filter((k) => !["vmbo-k-lwoo", "vso", "buitenland", "anders"].includes(k)).map(
        (k) => `uitstroom.${k}.pct`,
      ),
    ],
    [
      "a tick without a percentage",
      { "uitstroom.vso": true },
      "ZL-UITSTROOM",
      "warning",
      ["uitstroom.vso", "uitstroom.vso.pct"],
    ],
    [
      "a ticked category at 0 %",
      { "uitstroom.vso": true, "uitstroom.vso.pct": 0 },
      "ZL-UITSTROOM",
      "warning",
      ["uitstroom.vso", "uitstroom.vso.pct"],
    ],
    [
      "a percentage without its tick",
      { "uitstroom.buitenland.pct": "2", "uitstroom.havo-vwo.pct": 46 },
      "ZL-UITSTROOM",
      "warning",
      ["uitstroom.buitenland", "uitstroom.buitenland.pct"],
    ],
    // ZL-LENGTH
    [
      "a one-page summary of 12 lines",
      { "concept.kern": "x".repeat(1000) },
      "ZL-LENGTH",
      "warning",
      ["concept.kern"],
    ],
    [
      "a one-page summary of 11 short paragraphs",
      { "concept.kern": lines(11, 20) },
      "ZL-LENGTH",
      "warning",
      ["concept.kern"],
    ],
    [
      "an onderbouwing of 6 lines",
      { "kwaliteit.onderbouwing": lines(6) },
      "ZL-LENGTH",
      "warning",
      ["kwaliteit.onderbouwing"],
    ],
    // ZL-SPECIFIEK (an agreement for that intervention in 3.4: a hint only)
    [
      "dyslexia support without a specialist, a partner for dyslexia listed",
      {
        "specifiek.2.specialisme": "nee",
        "specifiek.2.aantal": 3,
        "netwerk.niveau3.partners":
          "Dyslexiebehandeling door een extern behandelcentrum, op school.",
      },
      "ZL-SPECIFIEK",
      "info",
      ["specifiek.2.aantal"],
    ],
    [
      "an own intervention without its name",
      { "specifiek.6.beleid": "ja" },
      "R-DETAIL",
      "warning",
      ["specifiek.6.naam", "specifiek.6.beleid"],
    ],
    [
      "an extra FTE line without the name of the deskundigheid",
      { "structuur.niveau1.anders-2": "0,2" },
      "R-DETAIL",
      "warning",
      ["structuur.niveau1.anders-2.naam", "structuur.niveau1.anders-2"],
    ],
    // ZL-KNOOPPUNT: the counts are computed
    [
      "a Knooppunt count that does not match the ja answers",
      { "knooppunt.incidenteel.aantal": 4 },
      "R-COMPUTED",
      "warning",
      ["knooppunt.incidenteel.aantal"],
    ],
    [
      "a specifieke-ondersteuning count that does not match",
      { "specifiek.5.aantal": "4" },
      "R-COMPUTED",
      "warning",
      ["specifiek.5.aantal"],
    ],
    // ZL-VOORZIENING
    [
      "a voorziening ja without omschrijving",
      { "voorziening.gebouw": "ja" },
      "ZL-VOORZIENING",
      "warning",
      ["voorziening.gebouw.omschrijving", "voorziening.gebouw"],
    ],
    // ZL-ONDERTEKENING
    [
      "no director's name",
      { "ondertekening.directeur": "  " },
      "ZL-ONDERTEKENING",
      "warning",
      ["ondertekening.directeur"],
    ],
    [
      "an inspection date after today",
      { "kwaliteit.datum": "24-11-2026" },
      "R-DATE",
      "error",
      ["kwaliteit.datum"],
    ],
    // generic rules on this template
    [
      "two scores ticked for one zorgindicator",
      { "zorgindicator.07": ["3", "4"] },
      "R-EXCLUSIVE",
      "error",
      ["zorgindicator.07"],
    ],
    [
      "a pupil count that is no number",
      { "kengetallen.leerlingen-tm8": "ongeveer 150", "kengetallen.leerlingen": undefined },
      "R-NUMBER",
      "error",
      ["kengetallen.leerlingen-tm8"],
    ],
    [
      "an FTE with its unit typed after it",
      { "structuur.niveau2.interne-begeleiding": "0,8 fte" },
      "R-NUMBER",
      "error",
      ["structuur.niveau2.interne-begeleiding"],
    ],
    ["no brinnummer", { "school.brin": "" }, "R-REQUIRED", "warning", ["school.brin"]],
  ])("%s", (_name, change, rule, severity, fields) => {
    const findings = run(change).findings;
    expect(findings).toEqual([expect.objectContaining({ rule, severity, fields })]);
    expect(findings[0]?.message).toMatch(/\S{3}/);
  });

  test.each<[string, Values, string, Finding["severity"], string, string]>([
    // ZL-A: no basisarrangement
    [
      "no basisarrangement",
      { "kwaliteit.basisarrangement": "nee" },
      "ZL-A",
      "error",
      "kwaliteit.basisarrangement",
      "norm a (basisarrangement)",
    ],
    // ZL-B: every zorgindicator at least 3
    [
      "a zorgindicator at 2",
      { "zorgindicator.03": "2" },
      "ZL-B",
      "error",
      "zorgindicator.03",
      "norm b (zorgindicatoren minstens 3)",
    ],
    [
      "a zorgindicator at 1",
      { "zorgindicator.23": "1" },
      "ZL-B",
      "error",
      "zorgindicator.23",
      "norm b (zorgindicatoren minstens 3)",
    ],
    // ZL-HGW: 1 or 2 → error, 3 → warning
    [
      "an HGW indicator at 3",
      { "hgw.05": "3" },
      "ZL-HGW",
      "warning",
      "hgw.05",
      "handelingsgericht werken",
    ],
    [
      "an HGW indicator at 2",
      { "hgw.12": "2" },
      "ZL-HGW",
      "error",
      "hgw.12",
      "handelingsgericht werken",
    ],
    [
      "an HGW indicator at 1",
      { "hgw.01": "1" },
      "ZL-HGW",
      "error",
      "hgw.01",
      "handelingsgericht werken",
    ],
    // ZL-SPECIFIEK without network partners in 3.4
    [
      "dyscalculia support below 4 without network partners",
      { ...noPartners, "specifiek.1.keten": "nee", "specifiek.1.aantal": 3 },
      "ZL-SPECIFIEK",
      "error",
      "specifiek.1.aantal",
      "specifieke ondersteuning",
    ],
  ])(
    "%s: the norm's finding, and ZL-AMBITIES asks for a goal",
    (_name, change, rule, severity, field, words) => {
      const result = run(change);
      expect(result.findings).toHaveLength(2);
      expect(about(result.findings, rule)).toEqual([
        expect.objectContaining({ severity, fields: expect.arrayContaining([field]) }),
      ]);
      expect(about(result.findings, "ZL-AMBITIES")).toEqual([
        expect.objectContaining({
          severity: "info",
          fields: [field, ...[1, 2, 3, 4, 5].map((n) => `ambitie.${n}.doel`)],
          suggestion: expect.objectContaining({ field: "ambitie.4.doel" }),
        }),
      ]);
      expect(about(result.findings, "ZL-AMBITIES")[0]?.message).toContain(words);
      expect(result.ready).toBe(severity !== "error");
      // Taking the draft the finding offers answers the norm.
      const draft = about(result.findings, "ZL-AMBITIES")[0]?.suggestion?.value;
      expect(typeof draft).toBe("string");
      const answered = run({ ...change, "ambitie.4.doel": String(draft) });
      expect(about(answered.findings, "ZL-AMBITIES")).toEqual([]);
    },
  );

  test("the real form's uitstroom: seven ticks without percentages give seven warnings", () => {
    const findings = run(realUitstroom).findings;
    expect(findings).toHaveLength(7);
    expect(findings.map((f) => [f.rule, f.severity, f.fields[0]])).toEqual(
      ["vmbo-b", "vmbo-k", "vmbo-gl", "vmbo-tl", "vmbo-b-lwoo", "pro", "havo-vwo"].map((k) => [
        "ZL-UITSTROOM",
        "warning",
        `uitstroom.${k}`,
      ]),
    );
    expect(findings[0]?.message).toMatch(/VMBO basis/);
    // No sum to judge without percentages, so no error; but the uitstroom is unfinished (issue 7.9:
    // "onvolledig until every ticked category has its percentage"), so not yet ready for the board.
    const result = run(realUitstroom);
    expect(result.missing).toEqual(
      ["vmbo-b", "vmbo-k", "vmbo-gl", "vmbo-tl", "vmbo-b-lwoo", "pro", "havo-vwo"].map(
        (k) => `uitstroom.${k}.pct`,
      ),
    );
    expect(result.ready).toBe(false);
  });

  test.each<[string, Values]>([
    ["JW pupils equal to the total", { "kengetallen.jw": 244 }],
    ["niveau 3 + 4 equal to the total", { "kengetallen.niveau3": 200, "kengetallen.niveau4": 44 }],
    ["percentages adding up to 101 (rounding)", { "uitstroom.havo-vwo.pct": 49 }],
    ["percentages adding up to 99,5", { "uitstroom.havo-vwo.pct": "47,5" }],
    ["no uitstroom at all", { ...noPercentages, ...allTicks(false) }],
    ["the real school's one-page summary (8 lines)", { "concept.kern": realKern }],
    ["a one-page summary of exactly 10 lines", { "concept.kern": lines(10) }],
    ["an onderbouwing of exactly 5 lines", { "kwaliteit.onderbouwing": lines(5) }],
    [
      "the inspectie's judgement needs no onderbouwing",
      { "kwaliteit.bron": "inspectie", "kwaliteit.onderbouwing": "" },
    ],
    ["every zorgindicator at 3", allScores("zorgindicator", 23, "3")],
    // The board adopts the SOP after receiving it (zuid-limburg-sop-model.txt r. 47: "Dit document is
    // vastgesteld door het bestuur"): a planned date and no board member's name yet.
    ["no date of vaststelling yet", { "ondertekening.datum": "" }],
    ["a planned date of vaststelling", { "ondertekening.datum": "15-01-2027" }],
    ["no board member's name yet", { "ondertekening.bestuur": undefined }],
    ["every HGW indicator at 4", allScores("hgw", 13, "4")],
    ["an own intervention left empty needs no name", { "specifiek.5.naam": "", ...emptyRow(5) }],
    [
      "a voorziening nee needs no omschrijving",
      { "voorziening.aanpak": "nee", "voorziening.aanpak.omschrijving": "" },
    ],
    [
      "an HGW score of 3 answered by an ontwikkeldoel",
      {
        "hgw.05": "3",
        "ambitie.4.doel": "Handelingsgericht werken: toetsanalyse door alle leraren.",
      },
    ],
  ])("%s passes", (name, change) => {
    const findings = run(change).findings;
    if (name.startsWith("an HGW score of 3")) {
      expect(findings.map((f) => f.rule)).toEqual(["ZL-HGW"]);
    } else {
      expect(findings).toEqual([]);
    }
  });

  test("an own judgement without onderbouwing (ZL-B) keeps the document from the board", () => {
    const result = run({ "kwaliteit.onderbouwing": "" });
    expect(about(result.findings, "ZL-B")).toEqual([
      expect.objectContaining({ severity: "warning", fields: ["kwaliteit.onderbouwing"] }),
    ]);
    expect(result.missing).toEqual(["kwaliteit.onderbouwing"]);
    expect(result.ready).toBe(false);
  });

  // A missing onderbouwing makes the document incomplete; it is not a zorgindicator below 3. The
  // engine's answered-by-goal counts every non-info ZL-B finding as a missed norm, so today it drafts
  // a goal "eerst Onderbouwing eigen oordeel". Reported to the lead; flips when the engine is fixed.
  test("an incomplete onderbouwing asks for no ontwikkeldoel", () => {
    expect(about(run({ "kwaliteit.onderbouwing": "" }).findings, "ZL-AMBITIES")).toEqual([]);
  });

  // zuid-limburg-sop-model.txt r. 52: "Namens school (directeur): dhr/mw" is what the school signs.
  test("without the director's name the document is not ready for the board", () => {
    const result = run({
      "ondertekening.datum": "",
      "ondertekening.directeur": "",
      "ondertekening.bestuur": "",
    });
    expect(result.missing).toEqual(["ondertekening.directeur"]);
    expect(about(result.findings, "ZL-ONDERTEKENING")).toHaveLength(1);
    expect(about(result.findings, "R-REQUIRED")).toEqual([]);
    expect(result.ready).toBe(false);
  });

  test("an own intervention without a name keeps the document from the board", () => {
    const result = run({ "specifiek.7.beleid": "nee" });
    expect(result.missing).toEqual(["specifiek.7.naam"]);
    expect(result.ready).toBe(false);
  });

  test("a missing omschrijving of a fixed voorziening is a warning only", () => {
    expect(run({ "voorziening.gebouw": "ja" }).ready).toBe(true);
  });

  // Changed on purpose (issue 7.3): an "Anders" row in use without saying what it is counts as
  // incomplete in every template; for the Voorziening "Anders" its omschrijving is that name.
  test("an Anders voorziening without its omschrijving keeps the document from the board", () => {
    const result = run({ "voorziening.anders": "ja" });
    expect(about(result.findings, "R-DETAIL")).toHaveLength(1);
    expect(result.missing).toEqual(["voorziening.anders.omschrijving"]);
    expect(result.ready).toBe(false);
  });

  test("ZL-SPECIFIEK with an agreement for that intervention is a hint and asks for no goal", () => {
    const result = run({
      "specifiek.4.eigenaar": "nee",
      "specifiek.4.aantal": 3,
      "netwerk.niveau1.partners": "Schoolmaatschappelijk werk: trainingen sociale veiligheid.",
    });
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([["ZL-SPECIFIEK", "info"]]);
    expect(result.ready).toBe(true);
  });

  test("R-COMPUTED offers the recomputed value", () => {
    const [finding] = run({ "kengetallen.leerlingen": 240 }).findings;
    expect(finding?.suggestion).toEqual({ field: "kengetallen.leerlingen", value: 244 });
  });

  test("messages cite what is wrong", () => {
    const sum = about(run({ "uitstroom.havo-vwo.pct": 43 }).findings, "ZL-UITSTROOM")[0];
    expect(sum?.message).toMatch(/95%/);
    const length = about(run({ "concept.kern": "x".repeat(1000) }).findings, "ZL-LENGTH")[0];
    expect(length?.message).toMatch(/12 regels/);
    const hgw = about(run({ "hgw.12": "2" }).findings, "ZL-HGW")[0];
    expect(hgw?.message).toMatch(/HGW-indicator 12 scoort 2 \(26-50% van het team\)/);
    const kengetal = about(run({ "kengetallen.wlz": 250 }).findings, "ZL-KENGETALLEN")[0];
    expect(kengetal?.message).toMatch(/Aantal leerlingen WLZ \(250\).*\(244\)/);
  });
});

function allTicks(value: boolean): Values {
  return Object.fromEntries(UITSTROOM.map((k) => [`uitstroom.${k}`, value]));
}

function allScores(group: string, count: number, score: string): Values {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`${group}.${String(i + 1).padStart(2, "0")}`, score]),
  );
}

function emptyRow(n: number): Values {
  return Object.fromEntries(
    ["beleid", "specialisme", "keten", "eigenaar", "aantal"].map((k) => [
      `specifiek.${n}.${k}`,
      undefined,
    ]),
  );
}
