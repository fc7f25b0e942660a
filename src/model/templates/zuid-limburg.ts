import type { Check, Field, TemplateDefinition } from "../types";
import {
  choice,
  computed,
  count,
  date,
  fields,
  followUp,
  namedLabel,
  num,
  options,
  paragraph,
  rich,
  table,
  text,
  tick,
  type Row,
} from "./build";
import { schoolChecks } from "./school-checks";

/** Samenwerkingsverbanden PO 3104 / 3105 / 3106 (Zuid-Limburg): schoolondersteuningsprofiel. */

/** The model writes its ja/nee boxes in lower case. */
const JA_NEE_KLEIN = options(["ja", "ja"], ["nee", "nee"]);

/** Chapter 4 puts "Nee" before "Ja" in its column headers. */
const NEE_JA = options(["nee", "Nee"], ["ja", "Ja"]);

const SCORE = options(["1", "1"], ["2", "2"], ["3", "3"], ["4", "4"]);

/** 3.2: the score is the share of the team that masters the indicator. */
const HGW_SCORE = options(
  ["1", "1= 0-25%"],
  ["2", "2= 26-50%"],
  ["3", "3= 51-75%"],
  ["4", "4= 76-100%"],
);

const pad = (n: number) => String(n).padStart(2, "0");
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

// ---------------------------------------------------------------------------------------------
// 2.2 Kengetallen: uitstroom

const UITSTROOM: readonly (readonly [string, string])[] = [
  ["vmbo-b", "VMBO basis"],
  ["vmbo-k", "VMBO kader"],
  ["vmbo-gl", "VMBO gemengde leerweg"],
  ["vmbo-tl", "VMBO theoretische leerweg"],
  ["vmbo-b-lwoo", "VMBO basis/LWOO"],
  ["vmbo-k-lwoo", "VMBO kader/LWOO"],
  ["pro", "PRO"],
  ["vso", "VSO"],
  ["havo-vwo", "HAVO/VWO"],
  ["buitenland", "buitenland"],
  ["anders", "anders"],
];

/** A row of the kengetallen: its label, then each count after its own label. */
function countPair(label: string, counts: readonly Field[]): Row {
  return {
    cells: [{ text: label }, ...counts.flatMap((c) => [{ text: c.label }, { field: c.id }])],
    fields: [...counts],
  };
}

function uitstroomRow(key: string, label: string): Row {
  const id = `uitstroom.${key}`;
  const pct = num(`${id}.pct`, "%", {
    unit: "percent",
    min: 0,
    short: `Uitstroom ${label} (%)`,
    hint: "Percentage van de leerlingen van groep 8 in het voorgaande schooljaar",
  });
  return {
    cells: [{ field: id }, { field: pct.id }],
    fields: [tick(id, label, { short: `Uitstroom ${label}` }), pct],
  };
}

// ---------------------------------------------------------------------------------------------
// 3.1 Zorgindicatoren (toezichtkader 2012)

const ZORGINDICATOREN: readonly (readonly [string, string])[] = [
  ["1.4", "Leerlingen met specifieke onderwijsbehoeften ontwikkelen zich naar hun mogelijkheden."],
  [
    "2.4",
    "De school met een substantieel aantal leerlingen met een weging hoger dan 1, biedt bij Nederlandse taal leerinhouden die passen bij de onderwijsbehoeften van leerlingen met een taalachterstand.",
  ],
  ["4.2", "De leerlingen voelen zich aantoonbaar veilig op school."],
  [
    "4.4",
    "De school heeft inzicht in de veiligheidsbeleving van leerlingen en personeel en in de incidenten die zich op het gebied van sociale veiligheid op de school voordoen.",
  ],
  [
    "4.5/6",
    "De school heeft een veiligheidsbeleid gericht op het voorkomen en afhandelen van incidenten in en om de school.",
  ],
  [
    "4.7",
    "Het personeel van de school zorgt ervoor dat de leerlingen op een respectvolle manier met elkaar en anderen omgaan.",
  ],
  [
    "6.1",
    "De leraren stemmen de aangeboden leerinhouden af op verschillen in ontwikkeling tussen de leerlingen.",
  ],
  [
    "6.2",
    "De leraren stemmen de instructie af op verschillen in ontwikkeling tussen de leerlingen.",
  ],
  [
    "6.3",
    "De leraren stemmen de verwerkingsopdrachten af op verschillen in ontwikkeling tussen de leerlingen.",
  ],
  [
    "6.4",
    "De leraren stemmen de onderwijstijd af op verschillen in ontwikkeling tussen de leerlingen.",
  ],
  [
    "7.1",
    "De school gebruikt een samenhangend systeem genormeerde instrumenten en procedures voor het volgen van de prestaties en de ontwikkeling van de leerlingen.",
  ],
  [
    "7.2",
    "De leraren volgen en analyseren systematisch de voortgang in ontwikkeling van de leerlingen.",
  ],
  ["8.1", "De school signaleert vroegtijdig welke leerlingen zorg nodig hebben."],
  [
    "8.2",
    "De school bepaalt op basis van een analyse van de verzamelde gegevens de aard van de zorg voor de zorgleerlingen.",
  ],
  ["8.3", "De school voert de zorg planmatig uit."],
  ["8.4", "De school evalueert regelmatig de effecten van de zorg."],
  [
    "8.5",
    "De school zoekt de structurele samenwerking met ketenpartners waar noodzakelijke interventies op leerling-niveau haar eigen kerntaak overschrijden.",
  ],
  ["9.1", "De school heeft inzicht in de onderwijsbehoeften van haar leerling populatie."],
  ["9.2", "De school evalueert jaarlijks de resultaten van de leerlingen."],
  ["9.3", "De school evalueert regelmatig het leerproces."],
  ["9.4", "De school werkt planmatig aan verbeteractiviteiten."],
  ["9.5", "De school borgt de kwaliteit van het onderwijsleerproces."],
  [
    "9.6",
    "De school verantwoordt zich aan belanghebbenden over de gerealiseerde onderwijskwaliteit.",
  ],
];

const zorgindicatorIds = ZORGINDICATOREN.map((_, i) => `zorgindicator.${pad(i + 1)}`);

/**
 * Zorgindicator 2 (2.4) concerns only "De school met een substantieel aantal leerlingen met een weging
 * hoger dan 1" (zuid-limburg-sop-model.txt r. 241-243): another school may leave it empty.
 */
const OPTIONAL_ZORGINDICATOREN: readonly number[] = [2];

function zorgindicatorRow(n: number, inspectie: string, label: string): Row {
  const id = `zorgindicator.${pad(n)}`;
  const score = choice(id, label, SCORE, {
    required: !OPTIONAL_ZORGINDICATOREN.includes(n),
    short: `Zorgindicator ${n} (${inspectie})`,
  });
  const eigen = tick(`${id}.eigen-oordeel`, "Eigen Oordeel?", {
    short: `Zorgindicator ${n}: eigen oordeel`,
    hint: "Aanvinken als de score een eigen oordeel van de school is, geen oordeel van de inspectie",
  });
  return {
    cells: [
      { text: `${n}.` },
      { text: `(${inspectie})` },
      { text: label },
      ...SCORE.map((o) => ({ field: id, options: [o.key] })),
      { field: eigen.id },
    ],
    fields: [score, eigen],
  };
}

// ---------------------------------------------------------------------------------------------
// 3.2 Planmatig en handelingsgericht werken

const HGW: readonly string[] = [
  "Leraren verkennen en benoemen de onderwijsbehoeften van leerlingen, o.a. door observatie, gesprekken en het analyseren van toetsen.",
  "Leraren bekijken en bespreken de wisselwerking tussen de leerling, de leraar, de groep en de leerstof om de onderwijsbehoeften te begrijpen en het onderwijs daarop af te stemmen.",
  "Leraren reflecteren op hun eigen rol en het effect van hun gedrag op het gedrag van leerlingen, ouders, collega's.",
  "Leraren zijn zich bewust van de grote invloed die zij op de ontwikkeling van hun leerlingen hebben.",
  "Leraren analyseren en interpreteren de toetsresultaten ten einde zicht te krijgen op de opbrengsten, de onderwijsbehoeften en indien aan de orde het uitstroomprofiel van de leerling.",
  "Alle leraren zoeken, benoemen en benutten de sterke kanten en interesses van de leerlingen, de leraren, de ouders en het schoolteam.",
  "Leraren werken samen met hun leerlingen. Ze betrekken hen bij de analyse, formuleren samen doelen en benutten de ideeën en oplossingen van leerlingen.",
  "Alle teamleden zijn open naar collega's, leerlingen en ouders over het werk dat gedaan wordt of is. Motieven en opvattingen worden daarbij inzichtelijk gemaakt.",
  "Leraren werken samen met ouders. Ze betrekken hen als ervaringsdeskundige en partner bij de analyse van de situatie en het bedenken en uitvoeren van de aanpak.",
  "Leraren werken met een groepsplan waarin ze de doelen en de aanpak voor de groep, subgroepen en mogelijk een individuele leerling beschrijven.",
  "Leraren evalueren systematisch na afronding van het groepsplan of de gestelde doelen bereikt zijn.",
  "Leraren bespreken minstens twee keer per jaar hun vragen betreffende het opstellen, uitvoeren en realiseren van hun groepsplannen met de Intern Begeleider en besluiten tot leerlingbespreking en een oudergesprek indien noodzakelijk voor een of meerdere leerlingen.",
  "De onderwijs- en begeleidingsstructuur is voor eenieder duidelijk. Er zijn heldere afspraken over wie wat doet, waarom, waar, hoe en wanneer.",
];

const hgwIds = HGW.map((_, i) => `hgw.${pad(i + 1)}`);

function hgwRow(n: number, label: string): Row {
  const id = `hgw.${pad(n)}`;
  return {
    cells: [
      { text: `${n}.` },
      { text: label },
      ...HGW_SCORE.map((o) => ({ field: id, options: [o.key] })),
    ],
    fields: [choice(id, label, HGW_SCORE, { required: true, short: `HGW-indicator ${n}` })],
  };
}

// ---------------------------------------------------------------------------------------------
// 3.3 Specifieke ondersteuning

const KENMERKEN: readonly (readonly [string, string])[] = [
  ["beleid", "Beleid"],
  ["specialisme", "Specialisme"],
  ["keten", "Gesloten keten"],
  ["eigenaar", "Proceseigenaar"],
];

const SPECIFIEK: readonly (readonly [string, string])[] = [
  [
    "1. De school biedt ondersteuning aan leerlingen met rekenhulpvragen (dyscalculie).",
    "Rekenhulpvragen (dyscalculie)",
  ],
  [
    "2. De school biedt ondersteuning aan leerlingen met leeshulpvragen (dyslexie).",
    "Leeshulpvragen (dyslexie)",
  ],
  [
    "3. De school biedt ondersteuning aan meer- en hoogbegaafde leerlingen.",
    "Meer- en hoogbegaafde leerlingen",
  ],
  [
    "4. School biedt ondersteuning ten aanzien van sociale veiligheid en het omgaan met verschillen in gedrag.",
    "Sociale veiligheid en gedrag",
  ],
];

/** The words that name interventions 1-4 in a text (a partner's agreement, an ontwikkeldoel). */
const SPECIFIEK_WORDS: readonly (readonly string[])[] = [
  ["dyscalculie", "rekenhulp", "rekenen"],
  ["dyslexie", "leeshulp", "lezen"],
  ["hoogbegaafd", "meerbegaafd", "meer- en hoogbegaafd", "begaafd"],
  ["sociale veiligheid", "gedrag"],
];

/** Rows 1-4 are fixed interventions; rows 5-7 are the school's own, with a name. */
function specifiekRow(n: number): Row {
  const id = `specifiek.${n}`;
  const fixed = SPECIFIEK[n - 1];
  const name = fixed?.[1] ?? `Interventie ${n}`;
  const naam = fixed
    ? undefined
    : text(
        `${id}.naam`,
        "Specifieke ondersteuning: preventieve en licht curatieve interventies",
        {
          short: `Interventie ${n}: naam`,
          hint: "Welke interventie? Bijv. ondersteuning bij taalontwikkeling (NT2)",
          followUp: followUp(`${id}.beleid`, "naam"),
        },
      );
  const choices = KENMERKEN.map(([key, label]) =>
    choice(`${id}.${key}`, label, JA_NEE_KLEIN, {
      required: fixed !== undefined,
      short: `${name}: ${label.toLowerCase()}`,
    }),
  );
  const aantal = computed(
    `${id}.aantal`,
    "Aantal Scores ja",
    { op: "count-option", of: choices.map((c) => c.id), option: "ja" },
    { unit: "count", short: `${name}: aantal ja-scores` },
  );
  return {
    cells: [
      // The model's number stays before the school's own name (reference lines 473, 486, 499).
      naam ? namedLabel(`${n}.`, naam.id) : { text: fixed?.[0] ?? `${n}.` },
      ...choices.map((c) => ({ field: c.id, options: ["ja", "nee"] })),
      { field: aantal.id },
    ],
    fields: [...(naam ? [naam] : []), ...choices, aantal],
  };
}

// ---------------------------------------------------------------------------------------------
// 3.4 Ondersteuningsstructuur

const BESTUUR: readonly (readonly [string, string])[] = [
  ["informatie", "informatie"],
  ["kennis-delen", "kennis delen"],
  ["consultatie", "consultatie"],
  ["observatie", "observatie"],
  ["onderzoek", "onderzoek"],
];

const bestuurTicks = BESTUUR.map(([key, label]) =>
  tick(`structuur.bestuur.${key}`, label, {
    short: `Deskundigheid bestuur: ${label}`,
  }),
);

/** One line of the school column: "… FTE <deskundigheid>", fixed or with a name of its own. */
type FteLine = { key: string; role?: string };

/**
 * The rows of one level. The bestuur column holds its five ticks, each with its label, in one cell
 * on the first row of level 1: the form has them there (reference lines 539-558: after the FTE
 * lines of level 1, before the title of level 2), not spread over the levels.
 */
function niveauRows(
  niveau: number,
  title: string,
  lines: readonly FteLine[],
  bestuur: readonly Field[],
): Row[] {
  let extra = 0;
  const [firstTick, ...otherTicks] = bestuur;
  return lines.map((line, i) => {
    const titleCell = { text: i === 0 ? title : "" };
    const bestuurTick = i === 0 ? firstTick : undefined;
    const bestuurCell = bestuurTick
      ? {
          field: bestuurTick.id,
          ...(otherTicks.length > 0 ? { also: otherTicks.map((t) => t.id) } : {}),
        }
      : { text: "" };
    const id = `structuur.niveau${niveau}.${line.key}`;
    if (line.role) {
      const fte = num(id, `FTE ${line.role}`, {
        unit: "fte",
        min: 0,
        required: true,
        short: `Niveau ${niveau}: FTE ${line.role}`,
      });
      return {
        cells: [titleCell, { field: fte.id }, { text: line.role }, bestuurCell],
        fields: [fte, ...(bestuurTick ? bestuur : [])],
      };
    }
    extra += 1;
    const fte = num(id, "FTE", {
      unit: "fte",
      min: 0,
      short: `Niveau ${niveau}: FTE overige deskundigheid ${extra}`,
    });
    const naam = text(`${id}.naam`, "Beschikbare deskundigheid binnen de school", {
      short: `Niveau ${niveau}: overige deskundigheid ${extra}`,
      hint: "Welke deskundigheid? Bijv. gedragsspecialist",
      followUp: followUp(id, "naam"),
    });
    return {
      cells: [titleCell, { field: fte.id }, { field: naam.id }, bestuurCell],
      fields: [fte, naam, ...(bestuurTick ? bestuur : [])],
    };
  });
}

/** The first norm of 3.4 (zuid-limburg-sop-model.txt r. 522), a tick of its own. */
const schoolplan = tick(
  "structuur.schoolplan",
  "De ondersteuningsstructuur is opgenomen in het schoolplan en in beleidsplannen van het bestuur.",
  {
    short: "Ondersteuningsstructuur in schoolplan en beleid bestuur",
    hint: "Aanvinken als de ondersteuningsstructuur in het schoolplan en in de beleidsplannen van het bestuur staat",
  },
);

const handelingsplan = tick(
  "structuur.handelingsplan",
  "Vanaf niveau 3 handelingsgericht plan hanteren",
  {
    hint: "Aanvinken als de school vanaf ondersteuningsniveau 3 met een handelingsgericht plan werkt",
  },
);

const autonomeRows: Row[] = [
  ...niveauRows(
    1,
    "1. Onderwijs in de groep: groepsplan",
    [
      { key: "leraar", role: "leraar" },
      { key: "onderwijsassistent", role: "onderwijsassistent" },
      { key: "anders-1" },
      { key: "anders-2" },
    ],
    bestuurTicks,
  ),
  ...niveauRows(
    2,
    "2. Ondersteuning in de groep: interventies binnen het groepsplan gericht op terugkeer in niveau 1",
    [
      { key: "interne-begeleiding", role: "interne begeleiding" },
      { key: "anders-1" },
      { key: "anders-2" },
      { key: "anders-3" },
    ],
    [],
  ),
  {
    cells: [{ field: handelingsplan.id }, { text: "" }, { text: "" }, { text: "" }],
    fields: [handelingsplan],
  },
  ...niveauRows(
    3,
    "3. Ondersteuning op school door interne deskundigen: interventies gericht op terugkeer in niveau 2 en 1",
    [
      { key: "remedial-teaching", role: "remedial teaching" },
      { key: "anders-1" },
      { key: "anders-2" },
      { key: "anders-3" },
    ],
    [],
  ),
];

const autonomeNiveau4: Row = {
  fields: [],
  cells: [
    {
      text: "4. Ondersteuning op school door externe specialisten: interventies gericht op terugkeer in niveau 3, 2 en 1",
    },
    { text: "" },
    { text: "nvt" },
    { text: "" },
  ],
};

/** A row of the Knooppunt table: four ja/nee questions and their number of ja. */
function knooppuntRow(
  group: string,
  title: string,
  short: string,
  items: readonly (readonly [string, string])[],
): Row {
  const choices = items.map(([key, label]) =>
    choice(`knooppunt.${group}.${key}`, label, JA_NEE_KLEIN, {
      required: true,
      short: `Knooppunt ${short}: ${label}`,
    }),
  );
  const aantal = computed(
    `knooppunt.${group}.aantal`,
    "Aantal Scores ja",
    { op: "count-option", of: choices.map((c) => c.id), option: "ja" },
    { unit: "count", short: `Knooppunt ${short}: aantal ja-scores` },
  );
  return {
    cells: [
      { text: title },
      ...choices.map((c) => ({ field: c.id, options: ["ja", "nee"] })),
      { field: aantal.id },
    ],
    fields: [...choices, aantal],
  };
}

const subHeader = (labels: readonly string[]): Row => ({
  cells: [{ text: "" }, ...labels.map((l) => ({ text: l })), { text: "Aantal Scores ja" }],
  fields: [],
});

const NETWERK_NIVEAUS: readonly string[] = [
  "1. Onderwijs in de groep",
  "2. Ondersteuning in de groep",
  "3. Ondersteuning op school door interne deskundigen/specialisten",
  "4. Ondersteuning op school door externe specialisten",
];

const FINANCIERING: readonly (readonly [string, string])[] = [
  ["jw", "JW"],
  ["wlz", "WLZ"],
  ["zvw", "ZVW"],
  ["overig", "Overig"],
];

/** The five ketenpartners the form lists under "Beschikbare deskundigheid van elders" (lines 670-686). */
const ELDERS: readonly (readonly [string, string])[] = [
  ["smw", "Schoolmaatschappelijk werk"],
  ["ggz", "GGZ"],
  ["revalidatie", "Revalidatie(kliniek)"],
  ["ziekenhuis", "(Kinder)Ziekenhuis"],
  ["wetenschap", "Wetenschap/Kenniscentra"],
];

const eldersTicks = ELDERS.map(([key, label]) =>
  tick(`netwerk.elders.${key}`, label, { short: `Deskundigheid van elders: ${label}` }),
);

function netwerkRow(n: number, title: string): Row {
  const id = `netwerk.niveau${n}`;
  // The ticks stand once, under the first level's title in the same column, as on the form.
  const elders = n === 1 ? eldersTicks : [];
  const ticks = FINANCIERING.map(([key, label]) =>
    tick(`${id}.${key}`, label, { short: `Netwerk niveau ${n}: betaald uit ${label}` }),
  );
  const partners = text(`${id}.partners`, "Ketenpartners (binnen en buiten onderwijs)", {
    multiline: true,
    short: `Netwerk niveau ${n}: ketenpartners`,
    hint: "Ketenpartners en afspraken",
  });
  return {
    cells: [
      elders.length > 0 ? { text: title, also: elders.map((t) => t.id) } : { text: title },
      ...ticks.map((t) => ({ field: t.id })),
      { field: partners.id },
    ],
    fields: [...elders, ...ticks, partners],
  };
}

// ---------------------------------------------------------------------------------------------
// 4 Specifieke voorzieningen, 5 Ambities

function voorzieningRow(key: string, label: string, required: boolean): Row {
  const id = `voorziening.${key}`;
  // The "Anders" row is named by its omschrijving: without it the row says nothing, as an unnamed
  // "Anders" row in every template (R-DETAIL); the fixed rows only miss detail (a warning).
  const report = required ? ({ rule: "ZL-VOORZIENING", severity: "warning" } as const) : undefined;
  const omschrijving = text(`${id}.omschrijving`, "Bij “JA” nadere omschrijving", {
    multiline: true,
    short: `${label}: omschrijving`,
    hint: "Soort benoemen, geen bedrijfsnamen",
    followUp: followUp(id, "omschrijving", ["ja"], report),
  });
  return {
    cells: [
      { text: label },
      ...NEE_JA.map((o) => ({ field: id, options: [o.key] })),
      { field: omschrijving.id },
    ],
    fields: [choice(id, label, NEE_JA, { required, short: `Voorziening ${label.toLowerCase()}` }), omschrijving],
  };
}

function ambitieRow(n: number): Row {
  const id = `ambitie.${n}`;
  const required = n === 1;
  const doel = text(`${id}.doel`, "Ontwikkeldoel", {
    required,
    multiline: true,
    short: `Ambitie ${n}: ontwikkeldoel`,
    hint: "Welke ondersteuningsmogelijkheid gaat de school ontwikkelen? Noem het ankerpunt.",
  });
  const activiteiten = text(`${id}.activiteiten`, "Activiteiten", {
    required,
    multiline: true,
    short: `Ambitie ${n}: activiteiten`,
  });
  const tijdpad = text(`${id}.tijdpad`, "Tijdpad", {
    required,
    short: `Ambitie ${n}: tijdpad`,
    hint: "Bijv. schooljaar 2026-2027",
  });
  return {
    cells: [{ text: `${n}.` }, { field: doel.id }, { field: activiteiten.id }, { field: tijdpad.id }],
    fields: [doel, activiteiten, tijdpad],
  };
}

// ---------------------------------------------------------------------------------------------
// Regional norms


const checks: Check[] = [
  ...schoolChecks("ZL-SCHOOL", {
    brin: "school.brin",
    postcode: "school.postcode",
    email: "school.email",
    peiljaar: "kengetallen.peiljaar",
  }),
  {
    rule: "ZL-KENGETALLEN",
    check: "at-most",
    message: "ZL-KENGETALLEN",
    parts: [
      ["kengetallen.niveau3", "kengetallen.niveau4"],
      ["kengetallen.jw"],
      ["kengetallen.wlz"],
      ["kengetallen.zvw"],
      ["kengetallen.gewicht"],
      ["kengetallen.verwijsindex"],
      ["kengetallen.vervoer"],
    ],
    limit: "kengetallen.leerlingen",
    severity: "error",
  },
  {
    rule: "ZL-UITSTROOM",
    check: "sum-to",
    message: "ZL-UITSTROOM.som",
    fields: UITSTROOM.map(([key]) => `uitstroom.${key}.pct`),
    ticks: UITSTROOM.map(([key]) => `uitstroom.${key}`),
    target: 100,
    tolerance: 1,
    severity: "error",
  },
  {
    rule: "ZL-UITSTROOM",
    check: "tick-with-amount",
    message: "ZL-UITSTROOM.vinkje",
    pairs: UITSTROOM.map(([key]) => [`uitstroom.${key}`, `uitstroom.${key}.pct`] as [string, string]),
    severity: "warning",
  },
  {
    rule: "ZL-LENGTH",
    check: "max-lines",
    message: "ZL-LENGTH",
    field: "concept.kern",
    maxLines: 10,
    charsPerLine: 90,
    severity: "warning",
  },
  {
    rule: "ZL-LENGTH",
    check: "max-lines",
    message: "ZL-LENGTH",
    field: "kwaliteit.onderbouwing",
    maxLines: 5,
    charsPerLine: 90,
    severity: "warning",
  },
  {
    rule: "ZL-A",
    check: "option-severity",
    message: "ZL-A",
    fields: ["kwaliteit.basisarrangement"],
    severities: { nee: "error" },
  },
  {
    rule: "ZL-B",
    check: "option-severity",
    message: "ZL-B",
    fields: zorgindicatorIds,
    severities: { "1": "error", "2": "error" },
  },
  {
    rule: "ZL-B",
    check: "must-be-set",
    message: "ZL-B.weging",
    fields: OPTIONAL_ZORGINDICATOREN.map((n) => `zorgindicator.${pad(n)}`),
    severity: "info",
  },
  {
    rule: "ZL-B",
    check: "must-be-set",
    message: "ZL-B.onderbouwing",
    fields: ["kwaliteit.onderbouwing"],
    severity: "required",
    onlyIf: { field: "kwaliteit.bron", is: ["eigen"] },
  },
  {
    rule: "ZL-HGW",
    check: "option-severity",
    message: "ZL-HGW",
    fields: hgwIds,
    severities: { "1": "error", "2": "error", "3": "warning" },
  },
  {
    rule: "ZL-SPECIFIEK",
    check: "min-or-fallback",
    message: "ZL-SPECIFIEK",
    fields: range(1, 4).map((n) => `specifiek.${n}.aantal`),
    min: 4,
    fallback: range(1, 4).map((n) => `netwerk.niveau${n}.partners`),
    // r. 398-399: the school "heeft en vermeldt afspraken met netwerkpartners in tabel 3.4" for the
    // intervention below 4, so the partners' text must name that intervention.
    names: Object.fromEntries(
      SPECIFIEK_WORDS.map((words, i) => [`specifiek.${i + 1}.aantal`, [...words]]),
    ),
    severityWithout: "error",
    severityWith: "info",
  },
  {
    rule: "ZL-STRUCTUUR",
    check: "must-be-set",
    message: "ZL-STRUCTUUR.schoolplan",
    fields: [schoolplan.id, handelingsplan.id],
    messages: { [handelingsplan.id]: "ZL-STRUCTUUR.handelingsplan" },
    severity: "error",
  },
  {
    rule: "ZL-ONDERTEKENING",
    check: "must-be-set",
    message: "ZL-ONDERTEKENING",
    fields: ["ondertekening.directeur"],
    severity: "required",
  },
  {
    rule: "ZL-AMBITIES",
    check: "answered-by-goal",
    message: "ZL-AMBITIES",
    norms: {
      "ZL-A": ["basisarrangement", "arrangement", "inspectie"],
      "ZL-B": ["zorgindicatoren", "zorgindicator", "kwaliteitsstandaard"],
      "ZL-HGW": ["handelingsgericht werken", "handelingsgericht", "planmatig", "hgw"],
      "ZL-SPECIFIEK": [
        "specifieke ondersteuning",
        "dyscalculie",
        "rekenhulp",
        "dyslexie",
        "leeshulp",
        "hoogbegaafd",
        "meerbegaafd",
        "meer- en hoogbegaafd",
        "sociale veiligheid",
        "gedrag",
      ],
      "ZL-STRUCTUUR": ["ondersteuningsstructuur", "handelingsgericht plan", "handelingsplan"],
    },
    goals: range(1, 5).map((n) => [`ambitie.${n}.doel`, `ambitie.${n}.activiteiten`]),
    severity: "info",
  },
];

// ---------------------------------------------------------------------------------------------

export const zuidLimburg: TemplateDefinition = {
  id: "zuid-limburg",
  name: "Zuid-Limburg – SOP",
  swv: "PO 3104 / 3105 / 3106",
  version: 1,
  reference: "zuid-limburg-sop-model.txt",
  schoolField: "school.naam",
  sections: [
    {
      id: "inleiding",
      number: "1",
      heading: "Inleiding",
      level: 1,
      blocks: [
        paragraph(
          "Het schoolondersteuningsprofiel laat zien welke ondersteuning de school nu in het kader van Passend Onderwijs kan bieden en hoe die is georganiseerd. De basisondersteuning rust op vier ankerpunten: kwaliteitsstandaard, planmatig en handelingsgericht werken, specifieke ondersteuning en ondersteuningsstructuur.",
        ),
        paragraph(
          "Het profiel hoort bij het schoolplan, wordt na advies van de (G)MR door het bestuur vastgesteld en gaat naar het samenwerkingsverband en de onderwijsinspectie.",
        ),
        fields(
          // The board adopts the SOP after receiving it (r. 47-54): a planned date, possibly empty.
          date("ondertekening.datum", "Datum", {
            short: "Datum vaststelling",
            hint: "De datum waarop het bestuur het profiel vaststelt, bijv. 23-11-2026",
          }),
          text("ondertekening.directeur", "Namens school (directeur): dhr/mw", {
            required: true,
            short: "Namens school (directeur)",
            hint: "Naam van de directeur, bijv. mw. A. Janssen",
          }),
          text("ondertekening.bestuur", "Namens bestuur: dhr/mw", {
            short: "Namens bestuur",
            hint: "Naam van de bestuurder, bijv. dhr. P. Hermans",
          }),
        ),
      ],
    },
    {
      id: "algemene-gegevens",
      number: "2",
      heading: "Algemene gegevens",
      level: 1,
      blocks: [],
    },
    {
      id: "school",
      number: "2.1",
      heading: "Algemene gegevens van de school",
      level: 2,
      blocks: [
        fields(
          text("school.naam", "School", { required: true }),
          text("school.straat", "Adres-Straat", { required: true, hint: "Straat en huisnummer" }),
          text("school.postcode", "Adres-Postcode", { required: true, hint: "Bijv. 6411 AB" }),
          text("school.plaats", "Adres-Plaats", { required: true }),
          text("school.brin", "Brinnummer", { required: true, hint: "Bijv. 12AB" }),
          text("school.directeur", "Directeur", { required: true }),
          text("school.telefoon", "Telefoon", { required: true }),
          text("school.email", "Email", { required: true }),
          text("school.ib", "Intern begeleider(s)", { required: true }),
          text("school.bestuur", "Bestuur", { required: true }),
          choice(
            "swv",
            "Samenwerkingsverband",
            options(
              ["3104", "PO 3104 (Westelijke Mijnstreek)"],
              ["3105", "PO 3105 (Maastricht- Heuvelland)"],
              ["3106", "PO 3106 (Heerlen e.o.)"],
            ),
            { required: true },
          ),
        ),
      ],
    },
    {
      id: "kengetallen",
      number: "2.2",
      heading: "Kengetallen",
      level: 2,
      blocks: [
        fields(
          text("kengetallen.peiljaar", "peildatum 1-10- (meest recente 1-oktober telling)", {
            required: true,
            short: "Peildatum 1 oktober (jaar)",
            hint: "Het jaar van de meest recente 1-oktober telling, bijv. 2026",
          }),
        ),
        // Each count stands after its row label, as the form prints them (reference lines 83-87):
        // "Aantal leerlingen ≤ 8 jr … > 8 jr …".
        table(
          "kengetallen",
          ["", "", "", "", ""],
          [
            countPair("Aantal leerlingen", [
              count("kengetallen.leerlingen-tm8", "≤ 8 jr", {
                required: true,
                short: "Aantal leerlingen ≤ 8 jr",
              }),
              count("kengetallen.leerlingen-na8", "> 8 jr", {
                required: true,
                short: "Aantal leerlingen > 8 jr",
              }),
            ]),
            countPair("Aantal groepen", [
              count("kengetallen.groepen-onderbouw", "onderbouw", {
                required: true,
                short: "Aantal groepen onderbouw",
              }),
              count("kengetallen.groepen-bovenbouw", "bovenbouw", {
                required: true,
                short: "Aantal groepen bovenbouw",
              }),
            ]),
            countPair("Aantal leerlingen in niveau", [
              count("kengetallen.niveau3", "ondersteuningsniveau 3", {
                required: true,
                short: "Aantal leerlingen in ondersteuningsniveau 3",
              }),
              count("kengetallen.niveau4", "ondersteuningsniveau 4", {
                required: true,
                short: "Aantal leerlingen in ondersteuningsniveau 4",
              }),
            ]),
          ],
        ),
        fields(
          computed(
            "kengetallen.leerlingen",
            "Aantal leerlingen",
            { op: "sum", of: ["kengetallen.leerlingen-tm8", "kengetallen.leerlingen-na8"] },
            { unit: "count", hint: "Wordt berekend: leerlingen ≤ 8 jr + leerlingen > 8 jr" },
          ),
          count("kengetallen.locaties", "Aantal locaties", { required: true }),
          count("kengetallen.schoolgroep", "Schoolgroep", {
            required: true,
            hint: "Getal dat iets zegt over het procentuele aandeel leerlingen met een gewicht",
          }),
        ),
        table(
          "uitstroom",
          ["Uitstroom naar voortgezet onderwijs (in het voorgaande schooljaar)", "%"],
          UITSTROOM.map(([key, label]) => uitstroomRow(key, label)),
        ),
        fields(
          count("kengetallen.jw", "Aantal leerlingen JW", {
            required: true,
            hint: "Begeleiding en/of behandeling op basis van de Jeugdwet",
          }),
          count("kengetallen.wlz", "Aantal leerlingen WLZ", {
            required: true,
            hint: "Hulp vanuit de Wet Langdurige Zorg",
          }),
          count("kengetallen.zvw", "Aantal leerlingen ZVW", {
            required: true,
            hint: "Verpleging en/of paramedische zorg op basis van de Zorgverzekeringswet",
          }),
          count("kengetallen.gewicht", "Aantal leerlingen met 1K, 1G, 1P, 1R", { required: true }),
          count("kengetallen.verwijsindex", "Aantal leerlingen in verwijsindex/jeugdlinq", {
            required: true,
          }),
          count("kengetallen.vervoer", "Aantal leerlingen met aangepast vervoer", {
            required: true,
          }),
        ),
      ],
    },
    {
      id: "onderwijsconcept",
      number: "2.3",
      heading: "Onderwijsconcept van de school",
      level: 2,
      blocks: [
        paragraph(
          "Beschrijf het concept in samenhang met de kenmerken van de leerlingen en de sociaal-demografische ligging van de school.",
        ),
        fields(
          rich("concept.volledig", "Het pedagogisch en didactisch concept", {
            required: true,
            short: "Pedagogisch en didactisch concept",
          }),
          text(
            "concept.kern",
            "De kern van het pedagogisch en didactisch concept (samengevat t.b.v. SOP one page - maximaal 10 regels)",
            {
              required: true,
              multiline: true,
              short: "Kern van het concept (SOP one page)",
              hint: "Maximaal 10 regels",
            },
          ),
        ),
      ],
    },
    {
      id: "basisondersteuning",
      number: "3",
      heading: "Basisondersteuning",
      level: 1,
      blocks: [
        paragraph(
          "De basisondersteuning wordt beschreven langs de vier ankerpunten: 3.1 kwaliteitsstandaard, 3.2 planmatig en handelingsgericht werken, 3.3 specifieke ondersteuning en 3.4 ondersteuningsstructuur.",
        ),
      ],
    },
    {
      id: "kwaliteitsstandaard",
      number: "3.1",
      heading: "Ankerpunt: Kwaliteitsstandaard",
      level: 2,
      blocks: [
        paragraph(
          "De kwaliteitsstandaard blijkt uit het arrangement van de inspectie en uit de score op de zorgindicatoren van het toezichtkader 2012. Waar het inspectieoordeel niet meer actueel is, geeft de directeur een eigen oordeel dat de werkelijkheid dekt.",
        ),
        paragraph(
          "Norm van het samenwerkingsverband: de school heeft een basisarrangement en scoort op alle zorgindicatoren minstens een 3.",
        ),
        fields(
          date("kwaliteit.datum", "Datum meest recente inspectieoordeel", {
            required: true,
            past: true,
          }),
          choice("kwaliteit.basisarrangement", "Basisarrangement", JA_NEE_KLEIN, {
            required: true,
          }),
          choice(
            "kwaliteit.bron",
            "Kwalificatie op de “zorgindicatoren” is gebaseerd op",
            options(["inspectie", "Oordeel Inspectie"], ["eigen", "Eigen oordeel School"]),
            { required: true, short: "Kwalificatie zorgindicatoren gebaseerd op" },
          ),
          text(
            "kwaliteit.onderbouwing",
            "Onderbouwing indien gekozen is voor eigen oordeel (maximaal 5 regels)",
            {
              multiline: true,
              short: "Onderbouwing eigen oordeel",
              hint: "Maximaal 5 regels",
            },
          ),
        ),
        table(
          "zorgindicator",
          [
            "Indicator",
            "Indicator inspectie",
            "Kwalificatie van zorgindicatoren inspectie (toezichtkader 2012)",
            "1",
            "2",
            "3",
            "4",
            "Eigen Oordeel?",
          ],
          ZORGINDICATOREN.map(([inspectie, label], i) => zorgindicatorRow(i + 1, inspectie, label)),
        ),
      ],
    },
    {
      id: "planmatig-handelingsgericht",
      number: "3.2",
      heading: "Ankerpunt: Planmatig en handelingsgericht werken",
      level: 2,
      blocks: [
        paragraph(
          "Directeur en intern begeleider schatten per indicator zo realistisch mogelijk welk deel van het team de werkwijze in de praktijk toepast (zelfevaluatie).",
        ),
        paragraph(
          "Norm van het samenwerkingsverband: op alle indicatoren scoort de school minstens 75 % van het team.",
        ),
        table(
          "hgw",
          [
            "Indicator",
            "Indicatoren voor planmatig en handelingsgericht werken.",
            "1",
            "2",
            "3",
            "4",
          ],
          HGW.map((label, i) => hgwRow(i + 1, label)),
        ),
      ],
    },
    {
      id: "specifieke-ondersteuning",
      number: "3.3",
      heading: "Ankerpunt: Specifieke ondersteuning",
      level: 2,
      blocks: [
        paragraph(
          "Per preventieve of licht-curatieve interventie geven directeur en intern begeleider aan of de school beleid, een specialist, een gesloten keten (meer dan 75 % van het team is bekwaam) en een proceseigenaar heeft. Het aantal ja-scores wordt berekend.",
        ),
        paragraph(
          "Norm van het samenwerkingsverband: de eerste vier interventies scoren 4. Scoort een van die vier lager, dan vermeldt de school haar afspraken met netwerkpartners in 3.4.",
        ),
        table(
          "specifiek",
          [
            "Specifieke ondersteuning: preventieve en licht curatieve interventies",
            "Beleid",
            "Specialisme",
            "Gesloten keten",
            "Proceseigenaar",
            "Aantal Scores ja",
          ],
          range(1, 7).map(specifiekRow),
        ),
      ],
    },
    {
      id: "ondersteuningsstructuur",
      number: "3.4",
      heading: "Ankerpunt: Ondersteuningsstructuur",
      level: 2,
      blocks: [
        paragraph(
          "De school richt haar interne ondersteuningsstructuur zo in dat zij op elk niveau zelf ondersteuning biedt of die tijdig, flexibel en adequaat via netwerkpartners inschakelt; regie en verantwoordelijkheid liggen bij de school.",
        ),
        paragraph(
          "Norm van het samenwerkingsverband: de structuur staat in het schoolplan en in de beleidsplannen van het bestuur, en vanaf ondersteuningsniveau 3 werkt de school met een handelingsgericht plan.",
        ),
        fields(schoolplan),
        table(
          "autonome-ondersteuning",
          [
            "Autonome Ondersteuning",
            "FTE",
            "Beschikbare deskundigheid binnen de school",
            "Beschikbare deskundigheid binnen het bestuur",
          ],
          [...autonomeRows, autonomeNiveau4],
        ),
        table(
          "knooppunt",
          [
            "Knooppunt Zorg in en om school",
            "Beleidskader Zuid‐Limburg toegepast",
            "Knooppunt functioneert",
            "Procedure / werkwijze vastgelegd",
            "Gezamenlijke ontwikkelpunten vastgelegd",
            "Aantal Scores ja",
          ],
          [
            knooppuntRow("organisatie", "1. Organisatie", "organisatie", [
              ["beleidskader", "Beleidskader Zuid‐Limburg toegepast"],
              ["functioneert", "Knooppunt functioneert"],
              ["procedure", "Procedure / werkwijze vastgelegd"],
              ["ontwikkelpunten", "Gezamenlijke ontwikkelpunten vastgelegd"],
            ]),
            subHeader(["JGZ", "SMW", "Toegang Jeugd", "Ouders"]),
            knooppuntRow(
              "structureel",
              "2. Deelnemers structureel: participatie en bijdrage adequaat en voldoende",
              "deelnemers structureel",
              [
                ["jgz", "JGZ"],
                ["smw", "SMW"],
                ["toegang-jeugd", "Toegang Jeugd"],
                ["ouders", "Ouders"],
              ],
            ),
            subHeader(["IVH", "MEE", "Leerplicht", "Leerlingenvervoer"]),
            knooppuntRow(
              "incidenteel",
              "3. Deelnemers incidenteel: participatie en bijdrage adequaat en voldoende",
              "deelnemers incidenteel",
              [
                ["ivh", "IVH"],
                ["mee", "MEE"],
                ["leerplicht", "Leerplicht"],
                ["vervoer", "Leerlingenvervoer"],
              ],
            ),
          ],
        ),
        paragraph(
          "Netwerk Ondersteuning: per niveau de deskundigheid die de school van elders betrekt, de ketenpartners (binnen en buiten onderwijs) en waaruit die ondersteuning wordt betaald.",
        ),
        table(
          "netwerk",
          [
            "Beschikbare deskundigheid van elders",
            "JW",
            "WLZ",
            "ZVW",
            "Overig",
            "Ketenpartners (binnen en buiten onderwijs)",
          ],
          NETWERK_NIVEAUS.map((title, i) => netwerkRow(i + 1, title)),
        ),
      ],
    },
    {
      id: "specifieke-voorzieningen",
      number: "4",
      heading: "Specifieke voorzieningen",
      level: 1,
      blocks: [
        paragraph(
          "Bijzondere kenmerken van de school wat gebouw, aanpak of materialen betreft, of een specifieke functie zoals een schakelklas.",
        ),
        table(
          "voorziening",
          ["Voorziening", "Nee", "Ja", "Bij “JA” nadere omschrijving"],
          [
            voorzieningRow("materialen", "Materialen", true),
            voorzieningRow("aanpak", "Aanpak", true),
            voorzieningRow("gebouw", "Gebouw", true),
            voorzieningRow("anders", "Anders", false),
          ],
        ),
      ],
    },
    {
      id: "ambities",
      number: "5",
      heading: "Ambities en ontwikkeldoelen",
      level: 1,
      blocks: [
        paragraph(
          "Welke ondersteuningsmogelijkheden de school de komende tijd ontwikkelt, met welke activiteiten en wanneer. De ambities staan in het schoolplan en horen bij de ankerpunten van de basisondersteuning.",
        ),
        table(
          "ambitie",
          ["", "Ontwikkeldoel", "Activiteiten", "Tijdpad"],
          range(1, 5).map(ambitieRow),
        ),
      ],
    },
  ],
  checks,
};
