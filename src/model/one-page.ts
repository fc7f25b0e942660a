import type { TemplateId } from "./types";

/**
 * What the "SOP one page" summary shows of each template. Data, read by one engine
 * (src/rules/one-page.ts): a region or a row is added here, never in code.
 */
export type OnePageLayout = {
  /** School and kengetallen: fields shown as "label: value", with a shorter label where given. */
  facts: readonly { field: string; label?: string }[];
  /** The heading and the field of the kern of the school's concept. */
  kern: { heading: string; field: string };
  /** The norms of the samenwerkingsverband (rule ids of the template's checks), in this order. */
  norms: readonly string[];
  /**
   * "At a glance": every tick, and every choice answered with one of `yes`, among the fields whose id
   * starts with one of `fields`.
   */
  glance: readonly { heading: string; fields: readonly string[]; yes: readonly string[] }[];
  /** The ambities: each entry a text, with an optional second field shown in brackets (a tijdpad). */
  ambities: { heading: string; items: readonly { field: string; with?: string }[] };
};

export const onePageLayouts: Readonly<Record<TemplateId, OnePageLayout>> = {
  "haaglanden-2021": {
    facts: [
      { field: "financien.schooljaar", label: "Schooljaar" },
      { field: "financien.leerlingen", label: "Leerlingen" },
      { field: "financien.bedrag", label: "Bijdrage basisondersteuning" },
      { field: "evaluatie.moment", label: "Evaluatie" },
    ],
    kern: { heading: "Visie op passend onderwijs", field: "visie" },
    norms: ["HL21-HGW-START", "HL21-GOALS", "HL21-FIN"],
    glance: [
      { heading: "Extra expertise in het team", fields: ["expertise."], yes: ["ja"] },
      {
        heading: "Externe deskundigen (structureel of regelmatig)",
        fields: ["extern."],
        yes: ["structureel", "regelmatig"],
      },
      { heading: "Voorzieningen in het gebouw", fields: ["voorziening."], yes: ["aanwezig"] },
    ],
    ambities: { heading: "Doelen voor de komende periode", items: [{ field: "evaluatie.doelen" }] },
  },
  "haaglanden-2025": {
    facts: [],
    kern: { heading: "Sterke punten van de school", field: "sterke-punten" },
    norms: ["HL25-VAARDIGHEDEN", "HL25-DETAIL", "HL25-DYSLEXIE"],
    glance: [
      { heading: "Expertise in de school", fields: ["expertise."], yes: ["ja"] },
      { heading: "Netwerkpartners", fields: ["netwerk."], yes: ["ja"] },
      { heading: "Het schoolgebouw", fields: ["gebouw."], yes: ["ja"] },
    ],
    ambities: { heading: "Ambities", items: [{ field: "ambities" }] },
  },
  passenderwijs: {
    facts: [
      { field: "school.plaats", label: "Plaats" },
      { field: "school.brin", label: "BRIN" },
      { field: "school.bestuur", label: "Bestuur" },
      { field: "school.directeur", label: "Directeur" },
      { field: "school.ib", label: "Intern begeleider" },
      { field: "school.leerlingen", label: "Leerlingen" },
      { field: "school.peiljaar", label: "Peiljaar" },
    ],
    kern: { heading: "Missie en visie", field: "missie-visie" },
    norms: ["PW-INSPECTIE", "PW-VEILIG", "PW-SCHOOLNIVEAU", "PW-HGW"],
    glance: [
      { heading: "Veilige leeromgeving", fields: ["veilig."], yes: [] },
      {
        heading: "Op schoolniveau",
        fields: ["schoolniveau.", "seo.", "instructie.", "zorg.", "instroom."],
        yes: [],
      },
    ],
    ambities: {
      heading: "Ambities",
      items: [
        { field: "ambitie.extra" },
        { field: "ambitie.sbo" },
        { field: "ambitie.plan" },
        { field: "ambitie.team" },
      ],
    },
  },
  "zuid-limburg": {
    facts: [
      { field: "school.plaats", label: "Plaats" },
      { field: "school.brin", label: "BRIN" },
      { field: "swv", label: "Samenwerkingsverband" },
      { field: "school.bestuur", label: "Bestuur" },
      { field: "school.directeur", label: "Directeur" },
      { field: "school.ib", label: "Intern begeleider" },
      { field: "kengetallen.peiljaar", label: "Peildatum 1 oktober" },
      { field: "kengetallen.leerlingen", label: "Leerlingen" },
      { field: "kengetallen.groepen-onderbouw", label: "Groepen onderbouw" },
      { field: "kengetallen.groepen-bovenbouw", label: "Groepen bovenbouw" },
      { field: "kengetallen.niveau3", label: "Ondersteuningsniveau 3" },
      { field: "kengetallen.niveau4", label: "Ondersteuningsniveau 4" },
    ],
    kern: { heading: "Kern van het onderwijsconcept", field: "concept.kern" },
    norms: ["ZL-A", "ZL-B", "ZL-HGW", "ZL-SPECIFIEK"],
    glance: [
      {
        heading: "Specifieke voorzieningen",
        fields: ["voorziening."],
        yes: ["ja"],
      },
      {
        heading: "Structurele en incidentele partners in het knooppunt",
        fields: ["knooppunt.structureel.", "knooppunt.incidenteel."],
        yes: ["ja"],
      },
    ],
    ambities: {
      heading: "Ambities en ontwikkeldoelen",
      items: [1, 2, 3, 4, 5].map((n) => ({
        field: `ambitie.${n}.doel`,
        with: `ambitie.${n}.tijdpad`,
      })),
    },
  },
};
