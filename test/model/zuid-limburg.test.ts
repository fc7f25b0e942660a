import { templates, type Field } from "../../src/model";

const template = templates["zuid-limburg"];
const field = (id: string): Field | undefined => template.byId.get(id)?.field;
const kind = (id: string) => field(id)?.kind;
const optionKeys = (id: string) => {
  const f = field(id);
  return f?.kind === "choice" ? f.options.map((o) => o.key) : undefined;
};

const pad = (n: number) => String(n).padStart(2, "0");
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

describe("zuid-limburg: schoolondersteuningsprofiel PO 3104 / 3105 / 3106", () => {
  test("sections in document order, with the number of fields counted from the model", () => {
    const counts = template.sections.map((s) => [
      [s.number, s.heading].filter(Boolean).join(" "),
      s.level,
      template.fields.filter((f) => f.sectionId === s.id).length,
    ]);
    expect(counts).toEqual([
      // Datum, namens school (directeur), namens bestuur
      ["1 Inleiding", 1, 3],
      ["2 Algemene gegevens", 1, 0],
      // School, straat, postcode, plaats, brin, directeur, telefoon, email, IB, bestuur, SWV
      ["2.1 Algemene gegevens van de school", 2, 11],
      // peildatum; leerlingen ≤ 8 / > 8 + computed total; groepen onder-/bovenbouw; niveau 3 / 4;
      // locaties; schoolgroep (10); uitstroom 11 × (tick + %) (22); JW, WLZ, ZVW, 1K-1R,
      // verwijsindex, vervoer (6)
      ["2.2 Kengetallen", 2, 38],
      // het concept, de kern (one page)
      ["2.3 Onderwijsconcept van de school", 2, 2],
      ["3 Basisondersteuning", 1, 0],
      // datum, basisarrangement, gebaseerd op, onderbouwing (4); 23 × (score + eigen oordeel) (46)
      ["3.1 Ankerpunt: Kwaliteitsstandaard", 2, 50],
      // 13 indicators
      ["3.2 Ankerpunt: Planmatig en handelingsgericht werken", 2, 13],
      // rows 1-4: 4 × ja/nee + aantal (20); rows 5-7: name + 4 × ja/nee + aantal (18)
      ["3.3 Ankerpunt: Specifieke ondersteuning", 2, 38],
      // autonome ondersteuning: niveau 1 leraar, onderwijsassistent, 2 × (FTE + name) (6),
      // bestuur 5 ticks, niveau 2 IB + 3 × (FTE + name) (7), handelingsplan (1), niveau 3 RT +
      // 3 × (FTE + name) (7), niveau 4 nvt = 26; knooppunt 3 × (4 ja/nee + aantal) = 15;
      // netwerk 4 × (JW, WLZ, ZVW, Overig, ketenpartners) = 20; the norm "De
      // ondersteuningsstructuur is opgenomen in het schoolplan ..." (r. 522) as a tick (1)
      // + the five ketenpartner ticks of "Beschikbare deskundigheid van elders" (model regels 670-686)
      ["3.4 Ankerpunt: Ondersteuningsstructuur", 2, 67],
      // materialen, aanpak, gebouw, anders × (nee/ja + omschrijving)
      ["4 Specifieke voorzieningen", 1, 8],
      // 5 × (ontwikkeldoel, activiteiten, tijdpad)
      ["5 Ambities en ontwikkeldoelen", 1, 15],
    ]);
    expect(template.fields).toHaveLength(245);
  });

  test.each<[string, Field["kind"]]>([
    ["ondertekening.datum", "date"],
    ["ondertekening.directeur", "text"],
    ["ondertekening.bestuur", "text"],
    ...[
      "naam",
      "straat",
      "postcode",
      "plaats",
      "brin",
      "directeur",
      "telefoon",
      "email",
      "ib",
      "bestuur",
    ].map((k): [string, Field["kind"]] => [`school.${k}`, "text"]),
    ["swv", "choice"],
    ["kengetallen.peiljaar", "text"],
    ["kengetallen.leerlingen", "computed"],
    ...[
      "leerlingen-tm8",
      "leerlingen-na8",
      "groepen-onderbouw",
      "groepen-bovenbouw",
      "niveau3",
      "niveau4",
      "locaties",
      "schoolgroep",
      "jw",
      "wlz",
      "zvw",
      "gewicht",
      "verwijsindex",
      "vervoer",
    ].map((k): [string, Field["kind"]] => [`kengetallen.${k}`, "number"]),
    ...UITSTROOM.flatMap((k): [string, Field["kind"]][] => [
      [`uitstroom.${k}`, "tick"],
      [`uitstroom.${k}.pct`, "number"],
    ]),
    ["concept.volledig", "richText"],
    ["concept.kern", "text"],
    ["kwaliteit.datum", "date"],
    ["kwaliteit.basisarrangement", "choice"],
    ["kwaliteit.bron", "choice"],
    ["kwaliteit.onderbouwing", "text"],
    ...Array.from({ length: 23 }, (_, i): [string, Field["kind"]][] => [
      [`zorgindicator.${pad(i + 1)}`, "choice"],
      [`zorgindicator.${pad(i + 1)}.eigen-oordeel`, "tick"],
    ]).flat(),
    ...Array.from({ length: 13 }, (_, i): [string, Field["kind"]] => [
      `hgw.${pad(i + 1)}`,
      "choice",
    ]),
    ...Array.from({ length: 7 }, (_, i): [string, Field["kind"]][] => [
      [`specifiek.${i + 1}.beleid`, "choice"],
      [`specifiek.${i + 1}.specialisme`, "choice"],
      [`specifiek.${i + 1}.keten`, "choice"],
      [`specifiek.${i + 1}.eigenaar`, "choice"],
      [`specifiek.${i + 1}.aantal`, "computed"],
    ]).flat(),
    ["specifiek.5.naam", "text"],
    ["specifiek.6.naam", "text"],
    ["specifiek.7.naam", "text"],
    ["structuur.handelingsplan", "tick"],
    ...["beleidskader", "functioneert", "procedure", "ontwikkelpunten"].map(
      (k): [string, Field["kind"]] => [`knooppunt.organisatie.${k}`, "choice"],
    ),
    ...["jgz", "smw", "toegang-jeugd", "ouders"].map((k): [string, Field["kind"]] => [
      `knooppunt.structureel.${k}`,
      "choice",
    ]),
    ...["ivh", "mee", "leerplicht", "vervoer"].map((k): [string, Field["kind"]] => [
      `knooppunt.incidenteel.${k}`,
      "choice",
    ]),
    ["knooppunt.organisatie.aantal", "computed"],
    ["knooppunt.structureel.aantal", "computed"],
    ["knooppunt.incidenteel.aantal", "computed"],
    ...[1, 2, 3, 4].flatMap((n): [string, Field["kind"]][] => [
      [`netwerk.niveau${n}.partners`, "text"],
      [`netwerk.niveau${n}.jw`, "tick"],
      [`netwerk.niveau${n}.wlz`, "tick"],
      [`netwerk.niveau${n}.zvw`, "tick"],
      [`netwerk.niveau${n}.overig`, "tick"],
    ]),
    ...["materialen", "aanpak", "gebouw", "anders"].flatMap((k): [string, Field["kind"]][] => [
      [`voorziening.${k}`, "choice"],
      [`voorziening.${k}.omschrijving`, "text"],
    ]),
    ...[1, 2, 3, 4, 5].flatMap((n): [string, Field["kind"]][] => [
      [`ambitie.${n}.doel`, "text"],
      [`ambitie.${n}.activiteiten`, "text"],
      [`ambitie.${n}.tijdpad`, "text"],
    ]),
  ])("field %s is a %s", (id, expected) => {
    expect(kind(id)).toBe(expected);
  });

  test("the FTE numbers of the autonomous support per niveau", () => {
    for (const id of [
      "structuur.niveau1.leraar",
      "structuur.niveau1.onderwijsassistent",
      "structuur.niveau1.anders-1",
      "structuur.niveau1.anders-2",
      "structuur.niveau2.interne-begeleiding",
      "structuur.niveau2.anders-3",
      "structuur.niveau3.remedial-teaching",
      "structuur.niveau3.anders-3",
    ]) {
      const f = field(id);
      expect(f?.kind === "number" && f.unit).toBe("fte");
    }
    expect(template.fields.filter((e) => /^structuur\.niveau4\./.test(e.field.id))).toEqual([]);
  });

  test("the bestuur ticks", () => {
    for (const k of ["informatie", "kennis-delen", "consultatie", "observatie", "onderzoek"])
      expect(kind(`structuur.bestuur.${k}`)).toBe("tick");
  });

  test.each([
    ["swv", ["3104", "3105", "3106"]],
    ["kwaliteit.basisarrangement", ["ja", "nee"]],
    ["kwaliteit.bron", ["inspectie", "eigen"]],
    ["zorgindicator.01", ["1", "2", "3", "4"]],
    ["zorgindicator.23", ["1", "2", "3", "4"]],
    ["hgw.13", ["1", "2", "3", "4"]],
    ["specifiek.1.beleid", ["ja", "nee"]],
    ["specifiek.7.eigenaar", ["ja", "nee"]],
    ["knooppunt.incidenteel.vervoer", ["ja", "nee"]],
  ])("%s has the options %j", (id, keys) => {
    expect(optionKeys(id)).toEqual(keys);
  });

  test("voorzieningen have ja and nee, laid out as the model's Nee | Ja columns", () => {
    expect(optionKeys("voorziening.materialen")?.sort()).toEqual(["ja", "nee"]);
  });

  test("the computed totals and counts", () => {
    const formula = (id: string) => {
      const f = field(id);
      return f?.kind === "computed" ? f.formula : undefined;
    };
    expect(formula("kengetallen.leerlingen")).toEqual({
      op: "sum",
      of: ["kengetallen.leerlingen-tm8", "kengetallen.leerlingen-na8"],
    });
    expect(formula("specifiek.3.aantal")).toEqual({
      op: "count-option",
      of: [
        "specifiek.3.beleid",
        "specifiek.3.specialisme",
        "specifiek.3.keten",
        "specifiek.3.eigenaar",
      ],
      option: "ja",
    });
    expect(formula("knooppunt.structureel.aantal")).toEqual({
      op: "count-option",
      of: [
        "knooppunt.structureel.jgz",
        "knooppunt.structureel.smw",
        "knooppunt.structureel.toegang-jeugd",
        "knooppunt.structureel.ouders",
      ],
      option: "ja",
    });
  });

  test("follow-ups: a name for rows 5-7, an omschrijving for a voorziening (ZL-VOORZIENING)", () => {
    expect(field("specifiek.6.naam")?.followUp).toEqual({
      of: "specifiek.6.beleid",
      relation: "naam",
    });
    expect(field("voorziening.gebouw.omschrijving")?.followUp).toEqual({
      of: "voorziening.gebouw",
      relation: "omschrijving",
      when: ["ja"],
      report: { rule: "ZL-VOORZIENING", severity: "warning" },
    });
  });

  // Changed on purpose (issue 7.2): the board adopts the SOP after receiving it (r. 47: "Dit
  // document is vastgesteld door het bestuur"), so only the director's name is needed to send it.
  test("the director's name and the one-page summary are required; the adoption may follow", () => {
    for (const id of ["ondertekening.directeur", "concept.kern"])
      expect(field(id)?.required).toBe(true);
    for (const id of ["ondertekening.datum", "ondertekening.bestuur"])
      expect(field(id)?.required).toBe(false);
    const datum = field("ondertekening.datum");
    expect(datum?.kind === "date" && datum.past).not.toBe(true);
    expect(field("kwaliteit.datum")).toMatchObject({ kind: "date", past: true });
  });

  test("every regional rule of Zuid-Limburg has a check", () => {
    expect([...new Set(template.checks.map((c) => c.rule))].sort()).toEqual([
      "ZL-A",
      "ZL-AMBITIES",
      "ZL-B",
      "ZL-HGW",
      "ZL-KENGETALLEN",
      "ZL-LENGTH",
      "ZL-ONDERTEKENING",
      "ZL-SCHOOL",
      "ZL-SPECIFIEK",
      "ZL-STRUCTUUR",
      "ZL-UITSTROOM",
    ]);
  });
});
