import { templates, type Field, type FieldKind } from "../../src/model";

const template = templates["haaglanden-2021"];

function field(id: string): Field {
  const entry = template.byId.get(id);
  if (!entry) throw new Error(`veld ${id} ontbreekt`);
  return entry.field;
}

function optionKeys(id: string): string[] {
  const f = field(id);
  return f.kind === "choice" ? f.options.map((o) => o.key) : [];
}

const EXPERTISE = [
  "remedial-teaching",
  "taal-lezen-spraak",
  "rekenen-wiskunde",
  "gedrag",
  "jonge-kind",
  "hoogbegaafdheid",
  "motoriek",
  "nt2",
  "cognitieve-ontwikkeling",
  "autisme",
  "zieke-leerlingen",
  "faalangst",
];
const EXTERN = [
  "sbo",
  "so",
  "adviseur",
  "smw",
  "leerplicht",
  "jgz",
  "cjg",
  "politie",
  "logopedie",
  "fysiotherapie",
  "jeugdhulp",
];
const VOORZIENING = [
  "rolstoelvriendelijk",
  "invalidetoilet",
  "doven-slechthorenden",
  "blinden-slechtzienden",
  "gespreksruimte",
  "therapieruimte",
  "verzorgingsruimte",
  "time-out-ruimte",
  "lift",
];
const HGW = ["hgw.werkwijze", "hgw.1", "hgw.2", "hgw.3", "hgw.4", "hgw.5", "hgw.6", "hgw.7"];

describe("haaglanden-2021", () => {
  it("loads with its identity", () => {
    expect(template.id).toBe("haaglanden-2021");
    expect(template.name).toBe("Haaglanden – SOP 2021-2025");
    expect(template.swv).toBe("SPPOH (Haaglanden)");
    expect(template.reference).toBe("haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt");
    expect(template.schoolField).toBe("school.naam");
  });

  it("has the model's chapters and paragraphs in order", () => {
    expect(template.sections.map((s) => [s.number, s.heading, s.level])).toEqual([
      ["", "SchoolOndersteuningsProfiel 2021-2025", 1],
      ["1", "Visie passend onderwijs", 1],
      ["2", "Basisondersteuning binnen Haaglanden", 1],
      ["A", "Basiskwaliteit", 2],
      ["B", "De ondersteuningsstructuur op school", 2],
      ["C", "Handelingsgericht werken", 2],
      ["D", "Preventieve en curatieve interventies", 2],
      ["", "Extra expertise binnen het team", 3],
      ["", "Expertise van externe deskundigen", 3],
      ["", "Extra aanbod georganiseerd door de school", 3],
      ["", "Bijzondere voorzieningen en/of toegankelijkheid in het gebouw", 3],
      ["3", "Extra ondersteuning", 1],
      ["4", "Zorgplicht", 1],
      ["5", "Financiën basisondersteuning", 1],
      ["6", "Ontwikkeling/ evaluatie", 1],
    ]);
  });

  it("has the number of fields per section counted from the model", () => {
    const perSection: Record<string, number> = {};
    for (const s of template.sections) perSection[s.id] = 0;
    for (const { sectionId } of template.fields)
      perSection[sectionId] = (perSection[sectionId] ?? 0) + 1;
    expect(perSection).toEqual({
      voorblad: 1, // naam van de school
      visie: 1,
      basisondersteuning: 0,
      basiskwaliteit: 0,
      ondersteuningsstructuur: 1,
      hgw: 15, // werkwijze + 7 uitgangspunten + 7 toelichtingen
      interventies: 0,
      expertise: 48, // 12 rijen × (ja/nee, uren, opmerking) + 3 lege rijen × (naam, ja/nee, uren, opmerking)
      extern: 11,
      aanbod: 10, // 5 rijen × (aanbod, periode)
      voorzieningen: 13, // 9 rijen + 2 lege rijen × (naam, keuze)
      "extra-ondersteuning": 1,
      zorgplicht: 0,
      financien: 8,
      evaluatie: 2,
    });
    expect(template.fields).toHaveLength(111);
  });

  it.each<[string, FieldKind]>([
    ["school.naam", "text"],
    ["visie", "richText"],
    ["ondersteuningsstructuur", "richText"],
    ["extra-ondersteuning", "richText"],
    ["financien.schooljaar", "text"],
    ["financien.leerlingen", "number"],
    ["financien.locaties", "number"],
    ["financien.vaste-voet", "number"],
    ["financien.per-leerling", "number"],
    ["financien.bedrag", "computed"],
    ["financien.begroot", "number"],
    ["financien.toelichting", "richText"],
    ["evaluatie.moment", "text"],
    ["evaluatie.doelen", "richText"],
  ])("has %s as a %s field", (id, kind) => {
    expect(field(id).kind).toBe(kind);
  });

  it("has the HGW table with op orde / in ontwikkeling / nog op te starten", () => {
    for (const id of HGW) {
      expect(field(id).kind).toBe("choice");
      expect(field(id).required).toBe(true);
      expect(optionKeys(id)).toEqual(["op-orde", "in-ontwikkeling", "nog-op-te-starten"]);
    }
    expect(field("hgw.werkwijze").label).toBe(
      "Handelingsgericht werken is een actuele werkwijze binnen onze school",
    );
    expect(field("hgw.1").label).toBe("Doelgericht werken");
    expect(field("hgw.7").label).toBe("Constructieve samenwerking");
    for (let n = 1; n <= 7; n++) {
      const t = field(`hgw.${n}.toelichting`);
      expect(t.kind).toBe("richText");
      expect(t.required).toBe(false);
    }
  });

  it("has the expertise rows with ja/nee, uren and opmerking", () => {
    for (const key of EXPERTISE) {
      const id = `expertise.${key}`;
      expect(field(id).kind).toBe("choice");
      expect(optionKeys(id)).toEqual(["ja", "nee"]);
      expect(field(`${id}.uren`).followUp).toEqual({
        of: id,
        relation: "uren",
        when: ["ja"],
        report: { rule: "HL21-EXPERTISE", severity: "warning" },
      });
      expect(field(`${id}.opmerking`).kind).toBe("text");
    }
    for (const n of [1, 2, 3]) {
      const id = `expertise.anders-${n}`;
      expect(optionKeys(id)).toEqual(["ja", "nee"]);
      expect(field(id).required).toBe(false);
      expect(field(`${id}.naam`).followUp).toEqual({ of: id, relation: "naam" });
      expect(field(`${id}.uren`).followUp?.report?.rule).toBe("HL21-EXPERTISE");
    }
    expect(template.byId.has("expertise.anders-4")).toBe(false);
  });

  it("has the external experts with structureel / regelmatig / incidenteel / nvt", () => {
    for (const key of EXTERN) {
      expect(optionKeys(`extern.${key}`)).toEqual([
        "structureel",
        "regelmatig",
        "incidenteel",
        "nvt",
      ]);
    }
  });

  it("has five rows of extra aanbod with a name and a period", () => {
    for (const n of [1, 2, 3, 4, 5]) {
      expect(field(`aanbod.${n}.naam`).kind).toBe("text");
      expect(field(`aanbod.${n}.toelichting`).followUp).toEqual({
        of: `aanbod.${n}.naam`,
        relation: "toelichting",
      });
    }
    expect(template.byId.has("aanbod.6.naam")).toBe(false);
  });

  it("has the voorzieningen with aanwezig / nvt and two free rows", () => {
    for (const key of [...VOORZIENING, "anders-1", "anders-2"]) {
      expect(optionKeys(`voorziening.${key}`)).toEqual(["aanwezig", "nvt"]);
    }
    expect(field("voorziening.anders-1.naam").followUp).toEqual({
      of: "voorziening.anders-1",
      relation: "naam",
    });
    expect(field("voorziening.anders-2.naam").kind).toBe("text");
  });

  it("computes the contribution from the financial table", () => {
    const bedrag = field("financien.bedrag");
    expect(bedrag.kind === "computed" && bedrag.formula).toEqual({
      op: "sum-of-products",
      terms: [
        ["financien.vaste-voet", "financien.locaties"],
        ["financien.per-leerling", "financien.leerlingen"],
      ],
    });
    const locaties = field("financien.locaties");
    expect(
      locaties.kind === "number" && [locaties.default, locaties.min, locaties.integer],
    ).toEqual([1, 1, true]);
    for (const [id, column] of [
      ["financien.vaste-voet", "vasteVoet"],
      ["financien.per-leerling", "perLeerling"],
    ] as const) {
      const f = field(id);
      expect(f.kind === "number" && [f.unit, f.defaultFrom]).toEqual([
        "euro",
        { table: "financien", key: "financien.schooljaar", column },
      ]);
    }
    expect(field("financien.begroot").required).toBe(false);
  });

  it("states the regional rules as checks", () => {
    expect(template.checks.map((c) => [c.rule, c.check, c.message])).toEqual([
      ["HL21-HGW-START", "option-severity", "HL21-HGW-START"],
      ["HL21-GOALS", "named-in-text", "HL21-GOALS"],
      ["HL21-GOALS", "answered-by-goal", "HL21-GOALS.norm"],
      ["HL21-FIN", "financien", "HL21-FIN"],
    ]);
    const goals = template.checks.find((c) => c.rule === "HL21-GOALS");
    expect(goals?.check === "named-in-text" && [goals.fields, goals.whenNot, goals.texts]).toEqual([
      ["hgw.werkwijze", "hgw.1", "hgw.2", "hgw.3", "hgw.4", "hgw.5", "hgw.6", "hgw.7"],
      ["op-orde"],
      ["evaluatie.doelen"],
    ]);
  });
});
