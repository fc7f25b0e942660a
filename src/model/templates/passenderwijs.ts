import type { Field, TemplateDefinition } from "../types";
import {
  JA_NEE,
  choice,
  count,
  date,
  fields,
  followUp,
  num,
  optionRow,
  options,
  paragraph,
  rich,
  table,
  text,
  tick,
} from "./build";
import { schoolChecks } from "./school-checks";

/** Passenderwijs (Utrecht West, PO 26-04): Schoolondersteuningsprofiel. */

/** The inspection's judgement of an indicator (the model leaves the Waardering cell open). */
const WAARDERING = options(
  ["goed", "Goed"],
  ["voldoende", "Voldoende"],
  ["onvoldoende", "Onvoldoende"],
  ["niet-beoordeeld", "Niet beoordeeld"],
).map((o) => ({ ...o, source: "waarderingskader van de inspectie" }));

const HGW = options(["in-ontwikkeling", "In ontwikkeling"], ["succesvol", "Succesvol geïmplementeerd"]);

const INDICATOREN = ["inspectie.op2", "inspectie.op3", "inspectie.ka1"];

/** A tick with its "te weten" name; a ticked box without a name is incomplete (R-DETAIL). */
function tickTeWeten(id: string, label: string, short: string, hint: string): Field[] {
  return [
    tick(id, label, { short }),
    text(`${id}.naam`, label, {
      short: `${short}: te weten`,
      hint,
      followUp: followUp(id, "te-weten"),
    }),
  ];
}

/**
 * A leergebied as the model lists it: a box before its name (reference lines 240-250) and the name of
 * the method the school uses for it.
 */
function methode(key: string, label: string): Field[] {
  return [
    tick(`leergebied.${key}`, label, { short: `Leergebied ${label}` }),
    text(`methode.${key}`, label, {
      short: `Methode ${label}`,
      hint: "Naam van de methode",
      // A missing method stays what PW-SCHOOLNIVEAU says it is (a warning), ticked box or not.
      followUp: followUp(`leergebied.${key}`, "te-weten", undefined, {
        rule: "PW-SCHOOLNIVEAU",
        severity: "warning",
      }),
    }),
  ];
}

/** An HGW element with the model's number before it (reference lines 278-304). */
function hgw(n: number, label: string, short: string): Field {
  return choice(`hgw.${n}`, `${n}. ${label}`, HGW, { required: true, short });
}

export const passenderwijs: TemplateDefinition = {
  id: "passenderwijs",
  name: "Passenderwijs (Utrecht West) – SOP",
  swv: "Passenderwijs, PO 26-04",
  version: 1,
  reference: "passenderwijs-sop-model.txt",
  schoolField: "school.naam",
  sections: [
    {
      id: "voorwoord",
      number: "",
      heading: "Voorwoord",
      level: 1,
      blocks: [
        paragraph(
          "Vaste tekst van Passenderwijs: waarvoor het schoolondersteuningsprofiel dient (ouders en betrokkenen laten zien hoe de ondersteuning op school geregeld is), wie ervoor verantwoordelijk is, dat het minstens eens per vier jaar wordt vastgesteld en dat de medezeggenschapsraad erover adviseert.",
        ),
        // The model leaves a blank for the school's name before these words (reference line 22).
        fields(
          text("voorwoord.school", "is aangesloten bij samenwerkingsverband Passenderwijs.", {
            required: true,
            short: "Naam van de school (voorwoord)",
            hint: "Naam van de school",
            labelAfter: true,
          }),
        ),
        paragraph(
          "Vaste tekst van Passenderwijs: het samenwerkingsverband van de basisscholen in Utrecht West maakt regionale afspraken over de basisondersteuning en biedt arrangementen voor extra ondersteuning.",
        ),
        fields(
          text("ondertekening.naam", "Met vriendelijke groet,", {
            required: true,
            short: "Ondertekening (naam)",
            hint: "Naam (en functie) van wie het voorwoord ondertekent, meestal de directeur.",
          }),
        ),
      ],
    },
    {
      id: "algemeen",
      number: "1",
      heading: "Algemene gegevens van onze school",
      level: 1,
      blocks: [
        fields(
          text("school.naam", "Naam van de school", { required: true }),
          text("school.adres", "Bezoekadres", { required: true, hint: "Straat en huisnummer" }),
          text("school.postcode", "Postcode", { required: true, hint: "1234 AB" }),
          text("school.plaats", "Plaats", { required: true }),
          text("school.brin", "Brinnummer", {
            required: true,
            hint: "Twee cijfers en twee letters, bijvoorbeeld 12AB.",
          }),
          text("school.bestuur", "Bestuur", { required: true }),
          text("school.directeur", "Directeur", { required: true }),
          text("school.ib", "Intern Begeleider", { required: true }),
          text("school.swv", "Samenwerkingsverband", {
            required: true,
            default: "Passenderwijs (26.04)",
          }),
          count("school.leerlingen", "Aantal leerlingen", {
            required: true,
            min: 1,
            hint: "Het aantal leerlingen op de teldatum 1 oktober.",
          }),
          num("school.peiljaar", "oktober (jaar)", {
            required: true,
            integer: true,
            // A year: 2025, not 2.025; PW-SCHOOL judges whether it is plausible.
            unit: "year",
            short: "Peiljaar (1 oktober)",
            hint: "Het jaar van de teldatum 1 oktober, bijvoorbeeld 2025.",
          }),
        ),
      ],
    },
    {
      id: "missie",
      number: "2",
      heading: "Missie & visie van onze school",
      level: 1,
      blocks: [
        fields(
          rich("missie-visie", "Missie & visie van onze school", {
            required: true,
            short: "Missie & visie",
            hint: "Waar staat onze school voor en waar willen wij met onze leerlingen naartoe?",
          }),
        ),
      ],
    },
    {
      id: "regio",
      number: "3",
      heading: "Basis- en extra ondersteuning binnen de regio",
      level: 1,
      blocks: [
        paragraph(
          "Vaste tekst van Passenderwijs: de onderwijsbehoeften van een kind bepalen welke ondersteuning het nodig heeft; kan de school daar niet zelf in voorzien, dan vraagt zij hulp bij het samenwerkingsverband (praktische hulp, een begeleider Passend Onderwijs of een verwijzing).",
        ),
        paragraph(
          "Basisondersteuning binnen Passenderwijs: de regionale afspraken liggen op drie niveaus (voorwaardelijk, school en leerkracht); de school krijgt er middelen voor van het samenwerkingsverband en kan ondersteuning ook inkopen, onder meer bij Passenderwijs.",
        ),
        paragraph(
          "Extra ondersteuning binnen Passenderwijs: voor de ongeveer 5% van de kinderen met een complexe, intensieve onderwijsbehoefte vraagt de school een arrangement aan, dat de Centrale Toekenningscommissie of het Loket toekent; met een arrangement stelt de school een ontwikkelingsperspectief op.",
        ),
      ],
    },
    {
      id: "ondersteuning",
      number: "4",
      heading: "Wat kan de school aan ondersteuning bieden?",
      level: 1,
      blocks: [
        paragraph(
          "In dit hoofdstuk beschrijft de school in welke mate zij aan de basisondersteuning voldoet en hoe zij de regionale afspraken vormgeeft.",
        ),
      ],
    },
    {
      id: "afspraken",
      number: "4.1",
      heading: "Regionale afspraken minimaal te bieden ondersteuning",
      level: 2,
      blocks: [
        paragraph(
          "Vaste tekst van Passenderwijs: de regionale afspraken over de basisondersteuning. Voorwaardelijk niveau: voldoende op drie indicatoren van het waarderingskader van de inspectie en een veilige leeromgeving met protocollen en de meldcode.",
        ),
        paragraph(
          "Schoolniveau: signaleren met een leerlingvolgsysteem, protocollen, methoden voor de kerndoelen en de sociaal-emotionele ontwikkeling, expertise en samenwerking met kernpartners. Leerkrachtniveau: de zeven principes van handelingsgericht werken.",
        ),
      ],
    },
    {
      id: "basisondersteuning",
      number: "4.2",
      heading: "Basisondersteuning binnen onze school",
      level: 2,
      blocks: [
        paragraph(
          "Hoe de school de afspraken van de basisondersteuning op de drie niveaus vormgeeft.",
        ),
      ],
    },
    {
      id: "voorwaardelijk",
      number: "4.2.1",
      heading: "Voorwaardelijk niveau",
      level: 3,
      blocks: [
        paragraph(
          "Alle scholen moeten op drie indicatoren van het waarderingskader van de inspectie ten minste voldoende zijn beoordeeld.",
        ),
        fields(
          date("inspectie.datum", "Datum laatste inspectiebezoek", { required: true, past: true }),
          choice(
            "inspectie.vernieuwd",
            "Onze school is op deze datum beoordeeld middels het vernieuwde waarderingskader van de inspectie (Onderzoekskader 2017)",
            JA_NEE,
            { required: true, short: "Beoordeeld met het vernieuwde waarderingskader" },
          ),
        ),
        paragraph("Is hierboven “nee” ingevuld, dan blijft de tabel met indicatoren leeg."),
        table(
          "inspectie",
          ["Indicator", "Waardering"],
          [
            optionRow("inspectie.op2", "Zicht op ontwikkeling (OP2)", WAARDERING, { oneCell: true }),
            optionRow("inspectie.op3", "Didactisch handelen (OP3)", WAARDERING, { oneCell: true }),
            optionRow("inspectie.ka1", "Kwaliteitszorg (KA1)", WAARDERING, { oneCell: true }),
          ],
        ),
        fields(
          text(
            "inspectie.toelichting",
            "Indien op één of meerdere van de bovenstaande indicatoren niet voldoende is gescoord, wordt hieronder toelichting gegeven:",
            {
              multiline: true,
              short: "Toelichting op de indicatoren",
              hint: "Alleen nodig als een indicator niet voldoende is beoordeeld.",
            },
          ),
          text("inspectie.ontwikkeltraject", "Het volgende ontwikkeltraject wordt ingezet", {
            multiline: true,
            short: "Ontwikkeltraject",
            hint: "Alleen nodig als een indicator niet voldoende is beoordeeld.",
          }),
        ),
        paragraph(
          "Een tweede voorwaarde is een veilige leeromgeving. Vink aan wat de school biedt; alle vijf zijn regionaal afgesproken.",
        ),
        fields(
          tick("veilig.fysiek", "Een fysiek veilige leeromgeving"),
          tick(
            "veilig.klimaat",
            "Een pedagogisch klimaat waarin tegemoet gekomen wordt aan de basisbehoeften relatie, competentie en autonomie",
            { short: "Pedagogisch klimaat" },
          ),
          tick("veilig.pestprotocol", "Een schoolbreed pestprotocol"),
          tick(
            "veilig.meldcode",
            "De wettelijk verplichte meldcode huiselijk geweld en kindermishandeling",
            { short: "Meldcode huiselijk geweld en kindermishandeling" },
          ),
          tick("veilig.medisch", "Een protocol medisch handelen"),
        ),
      ],
    },
    {
      id: "schoolniveau",
      number: "4.2.2",
      heading: "Schoolniveau",
      level: 3,
      blocks: [
        paragraph("In het kader van preventief handelen gebruikt de school:"),
        fields(
          ...tickTeWeten(
            "schoolniveau.lvs",
            "een leerlingvolgsysteem, te weten",
            "Leerlingvolgsysteem",
            "Welk leerlingvolgsysteem?",
          ),
          ...tickTeWeten(
            "schoolniveau.kvs",
            "een kleutervolgsysteem, te weten",
            "Kleutervolgsysteem",
            "Welk kleutervolgsysteem?",
          ),
          ...tickTeWeten(
            "schoolniveau.seo-systeem",
            "een systeem om de sociaal emotionele ontwikkeling van kinderen te volgen, te weten",
            "Volgsysteem sociaal-emotionele ontwikkeling",
            "Welk systeem?",
          ),
          tick("schoolniveau.dyslexieprotocol", "een dyslexieprotocol"),
          tick("schoolniveau.dyscalculieprotocol", "een proactief dyscalculieprotocol"),
          text(
            "schoolniveau.signaleren",
            "En zijn wij in staat om onderwijsbehoeften te signaleren. Dat doen wij op de volgende wijze:",
            {
              required: true,
              multiline: true,
              short: "Signaleren van onderwijsbehoeften",
              hint: "Hoe signaleert de school onderwijsbehoeften (observaties, toetsen, gesprekken)?",
            },
          ),
        ),
        paragraph(
          "De school realiseert de actuele kerndoelen van de SLO op de leergebieden met de volgende methoden:",
        ),
        fields(
          ...methode("nederlands", "Nederlands"),
          ...methode("mvt", "Moderne vreemde talen"),
          ...methode("rekenen", "Rekenen en wiskunde"),
          ...methode("natuur-techniek", "Natuur en Techniek"),
          ...methode("mens-maatschappij", "Mens en Maatschappij"),
          ...methode("bewegingsonderwijs", "Bewegingsonderwijs en sport"),
        ),
        paragraph("Zo ondersteunt de school de sociaal-emotionele ontwikkeling van kinderen:"),
        fields(
          ...tickTeWeten(
            "seo.methode",
            "specifieke methode of werkwijze, te weten",
            "Methode sociaal-emotionele ontwikkeling",
            "Welke methode of werkwijze?",
          ),
        ),
        paragraph("Voor instructie op maat kan de school werken met:"),
        fields(
          tick(
            "instructie.passende-perspectieven",
            "Passende Perspectieven leerlijn 1 en 2 in de groep",
          ),
          tick(
            "instructie.compacten-verrijken",
            "Compacten en verrijken bij kinderen, die meer aankunnen",
          ),
          ...tickTeWeten(
            "instructie.compenserend",
            "Compenserende middelen, te weten",
            "Compenserende middelen",
            "Welke compenserende middelen?",
          ),
        ),
        paragraph("Zo is de expertise rondom de zorg georganiseerd:"),
        fields(
          tick(
            "zorg.coordinator",
            "Er is een coördinator van de zorg op school aanwezig (bijv. de intern begeleider)",
            { short: "Coördinator van de zorg" },
          ),
          tick("zorg.route", "Er is een inzichtelijke ondersteuningsroute binnen de school", {
            short: "Inzichtelijke ondersteuningsroute",
          }),
          tick(
            "zorg.kernpartners",
            "Wij voeren functioneel overleg met kernpartners om de verbinding te zoeken tussen onderwijs en zorg",
            { short: "Overleg met kernpartners" },
          ),
        ),
        paragraph("Bij de in- en uitstroom van leerlingen handelt de school volgens:"),
        fields(
          tick(
            "instroom.thuiszitters",
            "het regionaal vastgestelde thuiszitters- en plaatsingsprotocol",
          ),
          tick("instroom.povo", "de regionaal afgesproken POVO-procedure"),
        ),
      ],
    },
    {
      id: "leerkrachtniveau",
      number: "4.2.3",
      heading: "Leerkrachtniveau",
      level: 3,
      blocks: [
        paragraph(
          "Geef per element van handelingsgericht werken aan of het in ontwikkeling is of al succesvol is geïmplementeerd in de school.",
        ),
        fields(
          hgw(
            1,
            "onderwijsbehoeften vormen het uitgangspunt in het denken en handelen van alle betrokkenen bij de school",
            "HGW 1: onderwijsbehoeften als uitgangspunt",
          ),
          hgw(
            2,
            "leerkrachten zijn gericht op afstemming en wisselwerking",
            "HGW 2: afstemming en wisselwerking",
          ),
          hgw(
            3,
            "leerkrachten zijn in staat aanbod en onderwijsbehoeften op elkaar af te stemmen",
            "HGW 3: aanbod afstemmen op onderwijsbehoeften",
          ),
          hgw(
            4,
            "de school is gericht op constructieve benadering met betrokkenen",
            "HGW 4: constructieve benadering met betrokkenen",
          ),
          hgw(
            5,
            "centraal staat een positieve benadering naar kinderen",
            "HGW 5: positieve benadering",
          ),
          hgw(6, "de inzet van ondersteuning is doelgericht", "HGW 6: doelgerichte ondersteuning"),
          hgw(
            7,
            "de ondersteuning vindt systematisch, transparant en planmatig (opbrengstgericht) plaats",
            "HGW 7: systematisch en planmatig",
          ),
          rich("hgw.toelichting", "Toelichting op het bovenstaande:", {
            short: "Toelichting handelingsgericht werken",
            hint: "Nodig als een element nog in ontwikkeling is: wat doet de school eraan?",
          }),
        ),
      ],
    },
    {
      id: "aanvullend-aanbod",
      number: "4.2.4",
      heading: "Aanvullend in de basisondersteuning",
      level: 3,
      blocks: [
        paragraph(
          "Wat de school op eigen initiatief aanvullend biedt in de basisondersteuning, bovenop wat het samenwerkingsverband verwacht.",
        ),
        fields(
          rich("aanvullend", "Aanvullend in de basisondersteuning", {
            required: true,
            hint: "Bijvoorbeeld extra begeleiding, een plusklas of specialisten in het team. Biedt de school niets aanvullends, schrijf dat dan op.",
          }),
        ),
      ],
    },
    {
      id: "extra-ondersteuning",
      number: "5",
      heading: "Extra Ondersteuning",
      level: 1,
      blocks: [
        paragraph(
          "Vaste tekst van Passenderwijs: is de ondersteuning in de school niet genoeg, dan vraagt de school met toestemming van de ouders via het Loket een arrangement aan, dat de Centrale Toekenningscommissie toekent. Voor een toelaatbaarheidsverklaring SBO/SO is toestemming van de ouders wettelijk niet vereist, wel wenselijk.",
        ),
        fields(
          rich(
            "extra.arrangementen",
            "Voor de onderstaande onderwijsbehoeften doen wij een beroep op de arrangementen extra ondersteuning van Passenderwijs om hierin een passend aanbod te bieden binnen de school",
            {
              required: true,
              short: "Beroep op arrangementen extra ondersteuning",
              hint: "Voor welke onderwijsbehoeften vraagt de school een arrangement aan?",
            },
          ),
          rich(
            "extra.verwijzing",
            "Indien sprake is van de volgende onderwijsbehoeften verwijzen wij naar een school voor Speciaal (Basis) Onderwijs omdat wij niet in staat zijn om dit met extra ondersteuning binnen de school te bieden",
            {
              required: true,
              short: "Verwijzing naar het speciaal (basis)onderwijs",
              hint: "Bij welke onderwijsbehoeften verwijst de school naar het S(B)O?",
            },
          ),
        ),
      ],
    },
    {
      id: "ambities",
      number: "6",
      heading: "Ambities van de school",
      level: 1,
      blocks: [
        paragraph(
          "De ambities die de school de komende periode wil realiseren; zij sluiten aan bij de ambities van de schoolbesturen in Passenderwijs.",
        ),
        fields(
          rich(
            "ambitie.extra",
            "Onze ambities ten aanzien van het bieden van aanvullende of extra ondersteuning zijn",
            { required: true, short: "Ambities aanvullende of extra ondersteuning" },
          ),
          rich(
            "ambitie.sbo",
            "Onze ambities ten aanzien van het bieden van passende ondersteuning waarvoor we nu nog verwijzen naar het Speciaal (Basis) Onderwijs zijn",
            { required: true, short: "Ambities voor wat nu naar het S(B)O gaat" },
          ),
          rich(
            "ambitie.plan",
            "Ons plan en de termijn om bovengenoemde ambities te realiseren zijn als volgt",
            { required: true, short: "Plan en termijn" },
          ),
          rich("ambitie.team", "Dit betekent voor het leerkrachtenteam", {
            required: true,
            short: "Betekenis voor het leerkrachtenteam",
          }),
        ),
      ],
    },
  ],
  checks: [
    ...schoolChecks("PW-SCHOOL", {
      brin: "school.brin",
      postcode: "school.postcode",
      peiljaar: "school.peiljaar",
    }),
    {
      rule: "PW-INSPECTIE",
      check: "must-be-empty",
      message: "PW-INSPECTIE.leeg",
      fields: INDICATOREN,
      severity: "warning",
      onlyIf: { field: "inspectie.vernieuwd", is: ["nee"] },
    },
    {
      rule: "PW-INSPECTIE",
      check: "must-be-set",
      message: "PW-INSPECTIE.indicator",
      fields: INDICATOREN,
      severity: "required",
      onlyIf: { field: "inspectie.vernieuwd", is: ["ja"] },
    },
    {
      rule: "PW-INSPECTIE",
      check: "option-severity",
      message: "PW-INSPECTIE.waardering",
      fields: INDICATOREN,
      severities: { onvoldoende: "error", "niet-beoordeeld": "warning" },
      onlyIf: { field: "inspectie.vernieuwd", is: ["ja"] },
    },
    {
      rule: "PW-INSPECTIE",
      check: "must-be-set",
      message: "PW-INSPECTIE.toelichting",
      fields: ["inspectie.toelichting", "inspectie.ontwikkeltraject"],
      severity: "required",
      // Only an indicator of the new framework counts; with "nee" the indicators stay empty.
      onlyIf: { field: "inspectie.vernieuwd", is: ["ja"] },
      onlyIfAny: { fields: INDICATOREN, is: ["onvoldoende", "niet-beoordeeld"] },
    },
    {
      // The explanation the model asks for (r. 203-206: "wordt hieronder toelichting gegeven: /
      // Het volgende ontwikkeltraject wordt ingezet") answers an indicator below voldoende. The
      // veilige leeromgeving is a precondition with no such place: PW-VEILIG is not answerable.
      rule: "PW-INSPECTIE",
      check: "answered-by-goal",
      message: "PW-INSPECTIE.ontwikkeltraject",
      norms: { "PW-INSPECTIE": [] },
      goals: [["inspectie.ontwikkeltraject"]],
      severity: "info",
      remind: false,
    },
    {
      rule: "PW-VEILIG",
      check: "must-be-set",
      message: "PW-VEILIG",
      fields: ["veilig.fysiek", "veilig.klimaat", "veilig.pestprotocol", "veilig.meldcode", "veilig.medisch"],
      severity: "error",
      messages: { "veilig.meldcode": "PW-VEILIG.meldcode" },
    },
    {
      rule: "PW-SCHOOLNIVEAU",
      check: "must-be-set",
      message: "PW-SCHOOLNIVEAU.vinkje",
      fields: [
        "schoolniveau.lvs",
        "schoolniveau.kvs",
        "schoolniveau.seo-systeem",
        "schoolniveau.dyslexieprotocol",
        "schoolniveau.dyscalculieprotocol",
        "seo.methode",
        "instructie.passende-perspectieven",
        "instructie.compacten-verrijken",
        "instructie.compenserend",
        "zorg.coordinator",
        "zorg.route",
        "zorg.kernpartners",
        "instroom.thuiszitters",
        "instroom.povo",
      ],
      severity: "warning",
    },
    {
      rule: "PW-SCHOOLNIVEAU",
      check: "must-be-set",
      message: "PW-SCHOOLNIVEAU.methode",
      fields: [
        "methode.nederlands",
        "methode.mvt",
        "methode.rekenen",
        "methode.natuur-techniek",
        "methode.mens-maatschappij",
        "methode.bewegingsonderwijs",
      ],
      severity: "warning",
      emptyTexts: ["-", "–", "—", "nvt", "n.v.t."],
    },
    {
      rule: "PW-HGW",
      check: "must-be-set",
      message: "PW-HGW.toelichting",
      fields: ["hgw.toelichting"],
      severity: "required",
      onlyIfAny: {
        fields: ["hgw.1", "hgw.2", "hgw.3", "hgw.4", "hgw.5", "hgw.6", "hgw.7"],
        is: ["in-ontwikkeling"],
      },
    },
    {
      rule: "PW-HGW",
      check: "named-in-text",
      message: "PW-HGW.ambitie",
      fields: ["hgw.1", "hgw.2", "hgw.3", "hgw.4", "hgw.5", "hgw.6", "hgw.7"],
      whenIs: ["in-ontwikkeling"],
      texts: ["ambitie.extra", "ambitie.sbo", "ambitie.plan", "ambitie.team"],
      names: {
        "hgw.1": [
          "onderwijsbehoeften vormen het uitgangspunt",
          "onderwijsbehoeften als uitgangspunt",
          "onderwijsbehoeften centraal",
        ],
        "hgw.2": ["afstemming en wisselwerking", "wisselwerking"],
        "hgw.3": [
          "aanbod en onderwijsbehoeften",
          "aanbod afstemmen",
          "aanbod af te stemmen",
          "afstemmen van het aanbod",
        ],
        "hgw.4": ["constructieve benadering", "constructieve samenwerking", "constructief"],
        "hgw.5": ["positieve benadering", "positief benaderen"],
        "hgw.6": ["doelgericht", "doelgerichte", "doelgerichter"],
        "hgw.7": [
          "systematisch",
          "systematische",
          "planmatig",
          "planmatige",
          "planmatiger",
          "opbrengstgericht",
          "opbrengstgerichte",
          "opbrengstgerichter",
        ],
      },
      severity: "info",
    },
  ],
};
