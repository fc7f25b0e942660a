import { templates, type Field } from "../../src/model";

const template = templates.passenderwijs;

function field(id: string): Field {
  const entry = template.byId.get(id);
  if (!entry) throw new Error(`veld ${id} ontbreekt`);
  return entry.field;
}

describe("passenderwijs template", () => {
  it("loads with its identity", () => {
    expect(template.id).toBe("passenderwijs");
    expect(template.reference).toBe("passenderwijs-sop-model.txt");
    expect(template.schoolField).toBe("school.naam");
  });

  it("has the chapters of the model in document order", () => {
    expect(template.sections.map((s) => [s.number, s.heading, s.level])).toEqual([
      ["", "Voorwoord", 1],
      ["1", "Algemene gegevens van onze school", 1],
      ["2", "Missie & visie van onze school", 1],
      ["3", "Basis- en extra ondersteuning binnen de regio", 1],
      ["4", "Wat kan de school aan ondersteuning bieden?", 1],
      ["4.1", "Regionale afspraken minimaal te bieden ondersteuning", 2],
      ["4.2", "Basisondersteuning binnen onze school", 2],
      ["4.2.1", "Voorwaardelijk niveau", 3],
      ["4.2.2", "Schoolniveau", 3],
      ["4.2.3", "Leerkrachtniveau", 3],
      ["4.2.4", "Aanvullend in de basisondersteuning", 3],
      ["5", "Extra Ondersteuning", 1],
      ["6", "Ambities van de school", 1],
    ]);
  });

  it("has the number of fields per section counted from the model", () => {
    const perSection = Object.fromEntries(
      template.sections.map((s) => [
        s.id,
        template.fields.filter((e) => e.sectionId === s.id).length,
      ]),
    );
    expect(perSection).toEqual({
      voorwoord: 2, // de school in "… is aangesloten bij" (model regel 22), Met vriendelijke groet,
      algemeen: 11, // naam t/m peiljaar
      missie: 1,
      regio: 0,
      ondersteuning: 0,
      afspraken: 0,
      basisondersteuning: 0,
      voorwaardelijk: 12, // datum, vernieuwd, 3 indicatoren, toelichting, ontwikkeltraject, 5 vinkjes
      // 5 vinkjes + 3 namen, signaleren, 6 leergebieden met elk vinkje en methode (model regels
      // 240-250), seo 2, instructie 4, zorg 3, instroom 2
      schoolniveau: 32,
      leerkrachtniveau: 8, // 7 HGW-elementen + toelichting
      "aanvullend-aanbod": 1,
      "extra-ondersteuning": 2,
      ambities: 4,
    });
    expect(template.fields).toHaveLength(73);
  });

  const kinds: [string, Field["kind"]][] = [
    ["school.naam", "text"],
    ["school.adres", "text"],
    ["school.postcode", "text"],
    ["school.plaats", "text"],
    ["school.brin", "text"],
    ["school.bestuur", "text"],
    ["school.directeur", "text"],
    ["school.ib", "text"],
    ["school.swv", "text"],
    ["school.leerlingen", "number"],
    ["school.peiljaar", "number"],
    ["ondertekening.naam", "text"],
    ["missie-visie", "richText"],
    ["inspectie.datum", "date"],
    ["inspectie.vernieuwd", "choice"],
    ["inspectie.op2", "choice"],
    ["inspectie.op3", "choice"],
    ["inspectie.ka1", "choice"],
    ["inspectie.toelichting", "text"],
    ["inspectie.ontwikkeltraject", "text"],
    ["veilig.fysiek", "tick"],
    ["veilig.klimaat", "tick"],
    ["veilig.pestprotocol", "tick"],
    ["veilig.meldcode", "tick"],
    ["veilig.medisch", "tick"],
    ["schoolniveau.lvs", "tick"],
    ["schoolniveau.lvs.naam", "text"],
    ["schoolniveau.kvs", "tick"],
    ["schoolniveau.kvs.naam", "text"],
    ["schoolniveau.seo-systeem", "tick"],
    ["schoolniveau.seo-systeem.naam", "text"],
    ["schoolniveau.dyslexieprotocol", "tick"],
    ["schoolniveau.dyscalculieprotocol", "tick"],
    ["schoolniveau.signaleren", "text"],
    ["methode.nederlands", "text"],
    ["methode.mvt", "text"],
    ["methode.rekenen", "text"],
    ["methode.natuur-techniek", "text"],
    ["methode.mens-maatschappij", "text"],
    ["methode.bewegingsonderwijs", "text"],
    ["seo.methode", "tick"],
    ["seo.methode.naam", "text"],
    ["instructie.passende-perspectieven", "tick"],
    ["instructie.compacten-verrijken", "tick"],
    ["instructie.compenserend", "tick"],
    ["instructie.compenserend.naam", "text"],
    ["zorg.coordinator", "tick"],
    ["zorg.route", "tick"],
    ["zorg.kernpartners", "tick"],
    ["instroom.thuiszitters", "tick"],
    ["instroom.povo", "tick"],
    ["hgw.1", "choice"],
    ["hgw.2", "choice"],
    ["hgw.3", "choice"],
    ["hgw.4", "choice"],
    ["hgw.5", "choice"],
    ["hgw.6", "choice"],
    ["hgw.7", "choice"],
    ["hgw.toelichting", "richText"],
    ["aanvullend", "richText"],
    ["extra.arrangementen", "richText"],
    ["extra.verwijzing", "richText"],
    ["ambitie.extra", "richText"],
    ["ambitie.sbo", "richText"],
    ["ambitie.plan", "richText"],
    ["ambitie.team", "richText"],
  ];

  it.each(kinds)("has field %s of kind %s", (id, kind) => {
    expect(field(id).kind).toBe(kind);
  });

  it("has school.leerlingen as a whole number of at least 1 and a past inspection date", () => {
    expect(field("school.leerlingen")).toMatchObject({ integer: true, min: 1, required: true });
    expect(field("school.peiljaar")).toMatchObject({ integer: true, required: true });
    expect(field("inspectie.datum")).toMatchObject({ past: true });
  });

  const optionKeys = (id: string) => {
    const f = field(id);
    return f.kind === "choice" ? f.options.map((o) => o.key) : [];
  };

  it("has the option keys of domain.md", () => {
    expect(optionKeys("inspectie.vernieuwd")).toEqual(["ja", "nee"]);
    for (const id of ["inspectie.op2", "inspectie.op3", "inspectie.ka1"])
      expect(optionKeys(id)).toEqual(["goed", "voldoende", "onvoldoende", "niet-beoordeeld"]);
    for (let n = 1; n <= 7; n++)
      expect(optionKeys(`hgw.${n}`)).toEqual(["in-ontwikkeling", "succesvol"]);
  });

  it("links the te-weten names to their ticks", () => {
    for (const id of [
      "schoolniveau.lvs",
      "schoolniveau.kvs",
      "schoolniveau.seo-systeem",
      "seo.methode",
      "instructie.compenserend",
    ])
      expect(field(`${id}.naam`).followUp).toEqual({ of: id, relation: "te-weten" });
  });

  it("has the regional rules of Passenderwijs as checks", () => {
    expect([...new Set(template.checks.map((c) => c.rule))]).toEqual([
      "PW-SCHOOL",
      "PW-INSPECTIE",
      "PW-VEILIG",
      "PW-SCHOOLNIVEAU",
      "PW-HGW",
    ]);
  });
});
