import type { Field, TemplateDefinition } from "../types";
import {
  JA_NEE,
  computed,
  count,
  fields,
  followUp,
  num,
  optionRow,
  options,
  paragraph,
  rich,
  table,
  text,
  type Row,
} from "./build";

/** SPPOH (Haaglanden): Model SchoolOndersteuningsProfiel 2021-2025 (versie 15 maart 2021). */

const HGW = options(
  ["op-orde", "Op orde"],
  ["in-ontwikkeling", "In ontwikkeling"],
  ["nog-op-te-starten", "Nog op te starten"],
);

const EXTERN = options(
  ["structureel", "Structureel"],
  ["regelmatig", "Regelmatig"],
  ["incidenteel", "Incidenteel"],
  ["nvt", "Niet van toepassing"],
);

const VOORZIENING = options(["aanwezig", "Aanwezig in de school"], ["nvt", "Niet van toepassing"]);

/** Expertise `ja` without hours is reported by the regional rule, not counted as required. */
const UREN = { rule: "HL21-EXPERTISE", severity: "warning" } as const;

/** The seven uitgangspunten of HGW in the model's order: its number and its label. */
const UITGANGSPUNTEN: readonly (readonly [number, string])[] = [
  [1, "Doelgericht werken"],
  [2, "De werkwijze is systematisch, in stappen en transparant"],
  [3, "Onderwijsbehoeften staan centraal"],
  [4, "De wisselwerking en afstemming tussen het kind, opvoeding en onderwijs"],
  [5, "Ouders en leerkrachten worden als ervaringsdeskundigen en partners gezien"],
  [6, "Positieve aspecten zijn van belang"],
  [7, "Constructieve samenwerking"],
];

/**
 * An uitgangspunt takes two table rows: its label (with the model's number) and the three option
 * columns, then the school's toelichting under the label, as the model leaves room for it there.
 */
function uitgangspunt(n: number, label: string): Row[] {
  const id = `hgw.${n}`;
  const row = optionRow(id, label, HGW, { required: true });
  const toelichting = rich(`${id}.toelichting`, label, {
    short: `Toelichting uitgangspunt ${n}`,
    hint: "Licht kort toe hoe de school hier nu staat en wat de aandachtspunten zijn.",
  });
  return [
    { cells: [{ text: `${n}. ${label}.` }, ...row.cells.slice(1)], fields: row.fields },
    {
      cells: [{ field: toelichting.id }, { text: "" }, { text: "" }, { text: "" }],
      fields: [toelichting],
    },
  ];
}

/** A row of "Extra expertise binnen het team": ja/nee, hours available and a remark. */
function expertise(key: string, label: string): Row {
  const id = `expertise.${key}`;
  const lower = label.replace(/^Expertise /, "").toLowerCase();
  const extras: Field[] = [
    text(`${id}.uren`, "Uren beschikbaar", {
      short: `Uren beschikbaar voor ${lower}`,
      hint: "Bijvoorbeeld: 4 uur per week",
      followUp: followUp(id, "uren", ["ja"], UREN),
    }),
    text(`${id}.opmerking`, label, {
      short: `Opmerking bij ${lower}`,
      hint: "Eventueel: wie, welke opleiding",
    }),
  ];
  return remarkUnderHours(optionRow(id, label, JA_NEE, { required: true, oneCell: true, extras }));
}

/**
 * The model's table has three columns (Expertise, Ja / nee, Uren beschikbaar: reference lines
 * 541-543); the school's remark goes under the hours in the same cell, not in a column of its own.
 */
function remarkUnderHours(row: Row): Row {
  const [uren, opmerking] = row.cells.slice(-2);
  if (!uren || !opmerking || !("field" in uren) || !("field" in opmerking)) return row;
  return {
    cells: [...row.cells.slice(0, -2), { field: uren.field, also: [opmerking.field] }],
    fields: row.fields,
  };
}

/** An empty row of the expertise table the school may use for expertise of its own. */
function expertiseAnders(n: number): Row {
  const id = `expertise.anders-${n}`;
  const name = text(`${id}.naam`, "Expertise", {
    short: `Naam andere expertise ${n}`,
    hint: "Welke expertise? Bijvoorbeeld: trauma sensitief lesgeven",
    followUp: followUp(id, "naam"),
  });
  const extras: Field[] = [
    text(`${id}.uren`, "Uren beschikbaar", {
      short: `Uren beschikbaar voor andere expertise ${n}`,
      hint: "Bijvoorbeeld: 4 uur per week",
      followUp: followUp(id, "uren", ["ja"], UREN),
    }),
    text(`${id}.opmerking`, "Expertise", { short: `Opmerking bij andere expertise ${n}` }),
  ];
  return remarkUnderHours(
    optionRow(id, "Expertise", JA_NEE, {
      oneCell: true,
      name,
      extras,
      short: `Andere expertise ${n}`,
    }),
  );
}

function extern(key: string, label: string): Row {
  return optionRow(`extern.${key}`, label, EXTERN, { required: true });
}

/** A free row of "Extra aanbod georganiseerd door de school". */
function aanbod(n: number): Row {
  const id = `aanbod.${n}`;
  const naam = text(`${id}.naam`, "Aanbod", {
    short: `Aanbod ${n}`,
    hint: "Bijvoorbeeld: Rots en Water training",
  });
  const periode = text(`${id}.toelichting`, "Periode wanneer in te zetten", {
    short: `Periode aanbod ${n}`,
    hint: "Bijvoorbeeld: vanaf oktober in groep 7",
    followUp: followUp(naam.id, "toelichting"),
  });
  return { cells: [{ field: naam.id }, { field: periode.id }], fields: [naam, periode] };
}

function voorziening(key: string, label: string): Row {
  return optionRow(`voorziening.${key}`, label, VOORZIENING, { required: true });
}

function voorzieningAnders(n: number): Row {
  const id = `voorziening.anders-${n}`;
  const name = text(`${id}.naam`, "Voorziening", {
    short: `Naam andere voorziening ${n}`,
    hint: "Welke voorziening? Bijvoorbeeld: ouderkamer",
    followUp: followUp(id, "naam"),
  });
  return optionRow(id, "Voorziening", VOORZIENING, { name, short: `Andere voorziening ${n}` });
}

/**
 * Chapter 5 of the model states the calculation in a sentence (reference lines 700-707) and gives its
 * parts no labels of their own: ours name them as a reader would.
 */
const FINANCE_LABELS = "Financiën, referentie regels 700-707: de onderdelen staan in een doorlopende zin";

const hgwFields = UITGANGSPUNTEN.map(([n]) => `hgw.${n}`);

export const haaglanden2021: TemplateDefinition = {
  id: "haaglanden-2021",
  name: "Haaglanden – SOP 2021-2025",
  swv: "SPPOH (Haaglanden)",
  version: 1,
  reference: "haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt",
  schoolField: "school.naam",
  sections: [
    {
      id: "voorblad",
      number: "",
      heading: "SchoolOndersteuningsProfiel 2021-2025",
      level: 1,
      blocks: [
        fields(
          // The model says "onze school" and leaves the name to the school's own cover page.
          text("school.naam", "Naam van de school", {
            required: true,
            labelSource: "geen label in het model: het spreekt van \u201conze school\u201d",
            hint: "De naam van de school, bijvoorbeeld: Basisschool De Klimop",
          }),
        ),
      ],
    },
    {
      id: "visie",
      number: "1",
      heading: "Visie passend onderwijs",
      level: 1,
      blocks: [
        fields(
          rich("visie", "Visie passend onderwijs", {
            required: true,
            hint: "Beschrijf kort de visie op passend onderwijs van de school. U kunt voor meer informatie verwijzen naar het schoolplan, de schoolgids of de website.",
          }),
        ),
      ],
    },
    {
      id: "basisondersteuning",
      number: "2",
      heading: "Basisondersteuning binnen Haaglanden",
      level: 1,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH: de basisondersteuning is wat elke school in Haaglanden biedt, betaald uit een jaarlijkse bijdrage van het samenwerkingsverband. Zij bestaat uit vier delen: basiskwaliteit, de ondersteuningsstructuur, handelingsgericht werken en preventieve en licht curatieve interventies.",
        ),
      ],
    },
    {
      id: "basiskwaliteit",
      number: "A",
      heading: "Basiskwaliteit",
      level: 2,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH: de basisondersteuning is in elk geval op orde wanneer de school voldoet aan de basiskwaliteit die de Inspectie van het Onderwijs vraagt.",
        ),
      ],
    },
    {
      id: "ondersteuningsstructuur",
      number: "B",
      heading: "De ondersteuningsstructuur op school",
      level: 2,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH: de ondersteuningsstructuur (ook zorgstructuur) is het systeem waarmee de school haar onderwijs evalueert en de ontwikkeling van leerlingen volgt, met het team dat de basis- en extra ondersteuning coördineert, samen met leerling, leerkrachten, ouders en deskundigen.",
        ),
        fields(
          rich("ondersteuningsstructuur", "Zo ziet de zorgstructuur van onze school eruit", {
            required: true,
            short: "Ondersteuningsstructuur",
            hint: "Beschrijf wie er bij de ondersteuning betrokken zijn en hoe leerlingen gevolgd en besproken worden. De school kan hier ook verwijzen naar het schoolplan.",
          }),
        ),
      ],
    },
    {
      id: "hgw",
      number: "C",
      heading: "Handelingsgericht werken",
      level: 2,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH: in Haaglanden volgen scholen de ontwikkeling van leerlingen volgens de uitgangspunten van handelingsgericht werken: van overzicht en inzicht naar een passend aanbod, doelgericht en regelmatig geëvalueerd. Geef per uitgangspunt aan hoe de school ervoor staat.",
        ),
        table(
          "hgw",
          ["Uitgangspunt HGW", "Op orde", "In ontwikkeling", "Nog op te starten"],
          [
            optionRow(
              "hgw.werkwijze",
              "Handelingsgericht werken is een actuele werkwijze binnen onze school",
              HGW,
              { required: true, short: "HGW als actuele werkwijze" },
            ),
            ...UITGANGSPUNTEN.flatMap(([n, label]) => uitgangspunt(n, label)),
          ],
        ),
      ],
    },
    {
      id: "interventies",
      number: "D",
      heading: "Preventieve en curatieve interventies",
      level: 2,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH: binnen de basisondersteuning zet elke school zelf, onder eigen regie en verantwoordelijkheid, preventieve en licht curatieve interventies in voor de onderwijs- en ondersteuningsbehoeften van leerlingen.",
        ),
      ],
    },
    {
      id: "expertise",
      number: "",
      heading: "Extra expertise binnen het team",
      level: 3,
      blocks: [
        table(
          "expertise",
          ["Expertise", "Ja / nee", "Uren beschikbaar"],
          [
            expertise("remedial-teaching", "Remedial teaching"),
            expertise("taal-lezen-spraak", "Expertise taal, lezen en spraak"),
            expertise("rekenen-wiskunde", "Expertise rekenen en wiskunde"),
            expertise("gedrag", "Expertise gedrag"),
            expertise("jonge-kind", "Expertise jonge kind"),
            expertise("hoogbegaafdheid", "Expertise (hoog)begaafdheid"),
            expertise("motoriek", "Expertise motoriek"),
            expertise("nt2", "Expertise tweede taal/NT2"),
            expertise("cognitieve-ontwikkeling", "Expertise cognitieve ontwikkeling"),
            expertise("autisme", "Expertise autisme"),
            expertise("zieke-leerlingen", "Expertise zieke leerlingen"),
            expertise("faalangst", "Expertise faalangst"),
            expertiseAnders(1),
            expertiseAnders(2),
            expertiseAnders(3),
          ],
        ),
      ],
    },
    {
      id: "extern",
      number: "",
      heading: "Expertise van externe deskundigen",
      level: 3,
      blocks: [
        table(
          "extern",
          ["Betrokken experts", "Structureel", "Regelmatig", "Incidenteel", "Niet van toepassing"],
          [
            extern("sbo", "Speciaal Basisonderwijs"),
            extern("so", "Speciaal Onderwijs"),
            extern("adviseur", "Adviseur passend onderwijs"),
            extern("smw", "Schoolmaatschappelijk werk (+)"),
            extern("leerplicht", "Leerplichtambtenaar"),
            extern("jgz", "Jeugdgezondheidzorg/schoolarts/Schoolverpleegkundige"),
            extern("cjg", "CJG"),
            extern("politie", "Politie/wijkagent"),
            extern("logopedie", "Logopedie"),
            extern("fysiotherapie", "Fysiotherapie"),
            extern("jeugdhulp", "Jeugdhulppartners"),
          ],
        ),
      ],
    },
    {
      id: "aanbod",
      number: "",
      heading: "Extra aanbod georganiseerd door de school",
      level: 3,
      blocks: [
        table(
          "aanbod",
          ["Aanbod", "Periode wanneer in te zetten"],
          [aanbod(1), aanbod(2), aanbod(3), aanbod(4), aanbod(5)],
        ),
      ],
    },
    {
      id: "voorzieningen",
      number: "",
      heading: "Bijzondere voorzieningen en/of toegankelijkheid in het gebouw",
      level: 3,
      blocks: [
        table(
          "voorziening",
          ["Voorziening", "Aanwezig in de school", "Niet van toepassing"],
          [
            voorziening("rolstoelvriendelijk", "Rolstoelvriendelijk"),
            voorziening("invalidetoilet", "Invalidetoilet"),
            voorziening("doven-slechthorenden", "Voorzieningen doven/slechthorenden"),
            voorziening("blinden-slechtzienden", "Voorzieningen blinden/slechtzienden"),
            voorziening("gespreksruimte", "Gespreksruimte"),
            voorziening("therapieruimte", "Therapieruimte"),
            voorziening("verzorgingsruimte", "Verzorgingsruimte"),
            voorziening("time-out-ruimte", "Time out ruimte"),
            voorziening("lift", "Lift"),
            voorzieningAnders(1),
            voorzieningAnders(2),
          ],
        ),
      ],
    },
    {
      id: "extra-ondersteuning",
      number: "3",
      heading: "Extra ondersteuning",
      level: 1,
      blocks: [
        paragraph(
          "Leerlingen die meer nodig hebben dan de basisondersteuning kunnen extra ondersteuning krijgen: een arrangement van het samenwerkingsverband, jeugdhulp of een verwijzing naar speciaal (basis)onderwijs, besproken in het MDO met ouders en de adviseur passend onderwijs.",
        ),
        fields(
          // Chapter 3 is the SWV's fixed text; only SO and SBO add their own (optional).
          rich("extra-ondersteuning", "Extra ondersteuning", {
            hint: "Beschrijf hoe extra ondersteuning op onze school tot stand komt en wie het aanspreekpunt voor ouders is. SO en SBO beschrijven dit op eigen wijze.",
          }),
        ),
      ],
    },
    {
      id: "zorgplicht",
      number: "4",
      heading: "Zorgplicht",
      level: 1,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH over de zorgplicht van schoolbesturen: binnen zes weken (eenmaal te verlengen met vier) onderzoeken of de school een aangemelde leerling passend onderwijs kan bieden, anders samen met ouders een passende plek zoeken; een leerling pas verwijderen als een andere school hem toelaat; en de afspraken in Haaglanden over toelating en overstap.",
        ),
      ],
    },
    {
      id: "financien",
      number: "5",
      heading: "Financiën basisondersteuning",
      level: 1,
      blocks: [
        paragraph(
          "Elke school ontvangt per schooljaar een bedrag van SPPOH ter versterking van de basisondersteuning: een vaste voet per zelfstandige schoollocatie plus een bedrag per leerling. SOP Assistent rekent het bedrag uit met de bedragen van het schooljaar.",
        ),
        fields(
          text("financien.schooljaar", "Schooljaar", {
            labelSource: FINANCE_LABELS,
            required: true,
            hint: "Het schooljaar, bijv. 2024-2025, of het kalenderjaar van de begroting, bijv. 2023",
          }),
          // The model states no pupil count; it is only an input of the calculation (optional).
          count("financien.leerlingen", "Aantal leerlingen", {
            labelSource: FINANCE_LABELS,
            hint: "Het aantal leerlingen waarvoor de school het bedrag per leerling ontvangt",
          }),
          count("financien.locaties", "Aantal zelfstandige schoollocaties", {
            labelSource: FINANCE_LABELS,
            required: true,
            min: 1,
            default: 1,
          }),
          num("financien.vaste-voet", "Vaste voet per zelfstandige schoollocatie", {
            labelSource: FINANCE_LABELS,
            required: true,
            unit: "euro",
            min: 0,
            defaultFrom: { table: "financien", key: "financien.schooljaar", column: "vasteVoet" },
            hint: "Wordt ingevuld uit de bedragen van SPPOH voor het schooljaar",
          }),
          num("financien.per-leerling", "Bedrag per leerling", {
            labelSource: FINANCE_LABELS,
            required: true,
            unit: "euro",
            min: 0,
            defaultFrom: { table: "financien", key: "financien.schooljaar", column: "perLeerling" },
            hint: "Wordt ingevuld uit de bedragen van SPPOH voor het schooljaar",
          }),
          computed(
            "financien.bedrag",
            "Geldbedrag ter versterking van de basisondersteuning",
            {
              op: "sum-of-products",
              terms: [
                ["financien.vaste-voet", "financien.locaties"],
                ["financien.per-leerling", "financien.leerlingen"],
              ],
            },
            { short: "Bedrag basisondersteuning", unit: "euro", labelSource: FINANCE_LABELS },
          ),
          num("financien.begroot", "Bedrag op de begroting", {
            labelSource: FINANCE_LABELS,
            short: "Bedrag volgens de school",
            unit: "euro",
            min: 0,
            hint: "Optioneel: het bedrag zoals het op de begroting van de school staat",
          }),
          rich(
            "financien.toelichting",
            "Inzet van de bijdrage",
            {
              labelSource: FINANCE_LABELS,
              required: true,
              hint: "Beschrijf waarvoor de school het bedrag inzet, bijvoorbeeld extra uren schoolmaatschappelijk werk of trainingen.",
            },
          ),
        ),
      ],
    },
    {
      id: "evaluatie",
      number: "6",
      heading: "Ontwikkeling/ evaluatie",
      level: 1,
      blocks: [
        fields(
          // The model: "De school stelt doelen passend onderwijs op in het jaarplan" (optional here).
          rich("evaluatie.doelen", "De school stelt doelen passend onderwijs op", {
            short: "Doelen voor de komende periode",
            hint: "Noem de doelen voor passend onderwijs, en elk uitgangspunt van handelingsgericht werken dat nog niet op orde is bij naam.",
          }),
          text("evaluatie.moment", "Het schoolondersteuningsprofiel wordt geëvalueerd", {
            required: true,
            short: "Evaluatiemoment",
            hint: "Wanneer en hoe, bijvoorbeeld: via de PDCA-cyclus in september 2024",
          }),
        ),
      ],
    },
  ],
  checks: [
    {
      // Haaglanden agreed that schools work by the uitgangspunten of HGW: "Nog op te starten" misses
      // that agreement on any row, the werkwijze as each uitgangspunt.
      rule: "HL21-HGW-START",
      check: "option-severity",
      message: "HL21-HGW-START",
      fields: ["hgw.werkwijze", ...hgwFields],
      severities: { "nog-op-te-starten": "error" },
    },
    {
      // A hint: the model sets its goals "in het jaarplan", so chapter 6 need not name them.
      rule: "HL21-GOALS",
      check: "named-in-text",
      message: "HL21-GOALS",
      fields: ["hgw.werkwijze", ...hgwFields],
      whenNot: ["op-orde"],
      texts: ["evaluatie.doelen"],
      names: { "hgw.werkwijze": ["handelingsgericht werken", "hgw"] },
      severity: "info",
    },
    {
      rule: "HL21-GOALS",
      check: "answered-by-goal",
      message: "HL21-GOALS.norm",
      norms: { "HL21-HGW-START": ["handelingsgericht werken", "handelingsgericht", "hgw"] },
      goals: [["evaluatie.doelen"]],
      severity: "info",
    },
    {
      rule: "HL21-FIN",
      check: "financien",
      message: "HL21-FIN",
      schooljaar: "financien.schooljaar",
      leerlingen: "financien.leerlingen",
      locaties: "financien.locaties",
      vasteVoet: "financien.vaste-voet",
      perLeerling: "financien.per-leerling",
      bedrag: "financien.bedrag",
      begroot: "financien.begroot",
      severity: "warning",
    },
  ],
};
