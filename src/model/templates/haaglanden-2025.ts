import type { Field, TemplateDefinition } from "../types";
import {
  JA_NEE,
  fields,
  followUp,
  namedLabel,
  optionRow,
  paragraph,
  rich,
  table,
  text,
  type Row,
} from "./build";

/** SPPOH (Haaglanden): Ondersteuningsaanbod in de schoolgids 2025. */

const DETAIL = { rule: "HL25-DETAIL", severity: "warning" } as const;

/** A ja/nee row whose "Anders" variant carries a name. */
function jaNeeRow(group: string, key: string, label: string, o: { required?: boolean; inhoud?: boolean } = {}): Row {
  const id = `${group}.${key}`;
  const extras: Field[] = o.inhoud
    ? [text(`${id}.inhoud`, "Korte weergave van de inhoud", { followUp: followUp(id, "korte-weergave", ["ja"], DETAIL) })]
    : [];
  return optionRow(id, label, JA_NEE, { required: o.required ?? true, extras, oneCell: true });
}

function andersRow(group: string, key: string, label: string, inhoud: boolean): Row {
  const id = `${group}.${key}`;
  const row = jaNeeRow(group, key, label, { required: false, inhoud });
  const name = text(`${id}.naam`, label, {
    short: "Naam",
    hint: "Welke? Vul de naam in.",
    // An "Anders" row in use without its name is incomplete, as in every template (R-DETAIL).
    followUp: followUp(id, "namelijk", ["ja"]),
  });
  return { cells: [namedLabel(label, name.id), ...row.cells.slice(1)], fields: [name, ...row.fields] };
}

/** A text row (didactisch/pedagogisch aanbod, "in kernwoorden"). */
function textRow(id: string, label: string, o: { required?: boolean } = {}): Row {
  const f = text(id, label, { required: o.required ?? false, hint: "In kernwoorden" });
  return { cells: [{ text: label }, { field: id }], fields: [f] };
}

function andersTextRow(id: string, label: string): Row {
  const name = text(`${id}.naam`, label, { short: "Naam", hint: "Welk aanbod?", followUp: followUp(id, "namelijk") });
  const f = text(id, label, { hint: "In kernwoorden" });
  return { cells: [namedLabel(label, name.id), { field: id }], fields: [name, f] };
}

function vaardigheid(key: string, label: string, description: string): Row {
  const id = `vaardigheid.${key}`;
  return {
    cells: [{ text: label }, { field: id }],
    fields: [text(id, label, { required: true, default: description, multiline: true, hint: "Wat houdt dit in voor onze school?" })],
  };
}

export const haaglanden2025: TemplateDefinition = {
  id: "haaglanden-2025",
  name: "Haaglanden – Ondersteuningsaanbod schoolgids 2025",
  swv: "SPPOH (Haaglanden)",
  version: 1,
  reference: "haaglanden-ondersteuningsaanbod-2025-model.txt",
  // The model is titled "Ondersteuningsaanbod" (reference line 1), not Schoolondersteuningsprofiel.
  title: "Ondersteuningsaanbod",
  schoolField: "school.naam",
  sections: [
    {
      id: "inleiding",
      number: "",
      heading: "Ondersteuningsaanbod",
      level: 1,
      blocks: [
        paragraph(
          "Dit deel van de schoolgids vertelt ouders welke hulp en begeleiding de school biedt, met wie zij samenwerkt en hoe zij werkt. Eerst het deel van het samenwerkingsverband SPPOH, daarna onze school.",
        ),
        // The model speaks of "onze school" and never names it; a board's report must say which school.
        fields(
          text("school.naam", "Naam van de school", {
            required: true,
            labelSource: "geen label in het model: het spreekt van \u201conze school\u201d",
            hint: "Bijv. Basisschool De Klimop",
          }),
        ),
      ],
    },
    {
      id: "zorgplicht",
      number: "1",
      heading: "Zorgplicht",
      level: 1,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH: de school zorgt, samen met ouders en het samenwerkingsverband, dat elk kind een passende onderwijsplek krijgt — voor leerlingen die er al zijn en voor kinderen die zich aanmelden.",
        ),
      ],
    },
    {
      id: "basisondersteuning",
      number: "2",
      heading: "Basisondersteuning Haaglanden SPPOH",
      level: 1,
      blocks: [
        paragraph(
          "Vaste tekst van SPPOH: wat elke school in Haaglanden minimaal biedt aan leerlingen die hulp nodig hebben, zoals aanbod bij dyslexie, concentratie of leerproblemen.",
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
          "Vaste tekst van SPPOH: hulp die verder gaat dan de basisondersteuning, met een ontwikkelingsperspectiefplan, een multidisciplinair overleg met ouders, een arrangement of een verwijzing met een toelaatbaarheidsverklaring.",
        ),
      ],
    },
    {
      id: "ondersteuningsaanbod",
      number: "4",
      heading: "Ondersteuningsaanbod van de school",
      level: 1,
      blocks: [
        fields(
          rich("structuur", "Zo ziet de ondersteuningsstructuur van onze school eruit", {
            required: true,
            short: "Ondersteuningsstructuur",
            hint: "Geef een korte beschrijving of een visuele weergave van de ondersteuningsstructuur van de school.",
          }),
          rich("sterke-punten", "Sterke punten in onze ondersteuning", {
            required: true,
            hint: "Geef een korte beschrijving van de sterke punten in de ondersteuning die de school biedt.",
          }),
        ),
        paragraph(
          "Om zich op school goed te ontwikkelen heeft een kind een aantal schoolse vaardigheden nodig. De beschrijvingen komen uit het model; pas ze aan voor onze school.",
        ),
        table(
          "vaardigheid",
          ["Schoolse vaardigheid", "Wat houdt dit in? (Vul aan of pas aan voor jouw school)."],
          [
            vaardigheid(
              "zelfredzaamheid",
              "Zelfredzaamheid",
              "Het onderwijs is groepsgericht. De leerling kan meedraaien in de routines en structuur van de groep en is in staat om (klassikale) verbale instructie te volgen.",
            ),
            vaardigheid("sociaal", "Sociale vaardigheden", "De leerling kan functioneren in een groep met leeftijdsgenoten."),
            vaardigheid(
              "emotieregulatie",
              "Emotieregulatie",
              "De leerling kan het gezag van de volwassenen binnen de school accepteren en kan verbale gedragsaansturing opvolgen.",
            ),
            vaardigheid(
              "leerstof",
              "Leerstof",
              "De leerling is in staat om de leerstof van het onderwijs te volgen zoals binnen de basisondersteuning geboden wordt.",
            ),
            vaardigheid(
              "groepsgrootte",
              "Groepsgrootte",
              "De leerling is in staat om onderwijs te volgen in een groep van ongeveer 20-30 leerlingen.",
            ),
          ],
        ),
        fields(
          rich("ambities", "Ambities en ontwikkeldoelen voor onze ondersteuning", {
            required: true,
            hint: "Geef een korte beschrijving van de ambities ten aanzien van het ondersteuningsaanbod van de school.",
          }),
        ),
      ],
    },
    {
      id: "expertise",
      number: "4.1",
      heading: "Expertise in de school",
      level: 2,
      blocks: [
        table(
          "expertise",
          ["Expertise in het team", "Aanwezig (ja/nee)", "Korte weergave van de inhoud"],
          [
            jaNeeRow("expertise", "taal", "Taal, lezen en spraak", { inhoud: true }),
            jaNeeRow("expertise", "rekenen", "Rekenen en wiskunde", { inhoud: true }),
            jaNeeRow("expertise", "gedrag", "Gedrag", { inhoud: true }),
            jaNeeRow("expertise", "jonge-kind", "Jonge kind", { inhoud: true }),
            jaNeeRow("expertise", "hoogbegaafdheid", "(Hoog)begaafdheid", { inhoud: true }),
            jaNeeRow("expertise", "moeilijk-leren", "Moeilijk leren", { inhoud: true }),
            jaNeeRow("expertise", "motoriek", "Motoriek", { inhoud: true }),
            jaNeeRow("expertise", "nt2", "Meertaligheid en NT2", { inhoud: true }),
            andersRow("expertise", "anders", "Anders, namelijk:", true),
          ],
        ),
      ],
    },
    {
      id: "onderwijsaanbod",
      number: "4.2",
      heading: "Onderwijsaanbod van de school",
      level: 2,
      blocks: [
        table(
          "didactisch",
          ["Didactisch aanbod", "In kernwoorden"],
          [
            textRow("didactisch.signaleren", "Preventief signaleren op leerontwikkeling"),
            textRow("didactisch.rekenen", "Aanbod (ernstige) rekenproblematiek"),
            textRow("didactisch.uitdaging", "Aanbod extra uitdaging"),
            textRow("didactisch.motoriek", "Aanbod versterken van de motoriek"),
            textRow("didactisch.dyslexie", "Aanbod dyslexie"),
            textRow("didactisch.meertaligheid", "Aanbod meertaligheid"),
            andersTextRow("didactisch.anders", "Anders, namelijk…"),
          ],
        ),
        table(
          "pedagogisch",
          ["Pedagogisch aanbod", "In kernwoorden"],
          [
            textRow("pedagogisch.klimaat", "Aanbod gericht op het versterken van het pedagogisch klimaat"),
            textRow("pedagogisch.signaleren", "Preventief signaleren op sociaal-emotionele ontwikkeling en gedrag"),
            textRow("pedagogisch.seo", "Aanbod versterken sociaal-emotionele ontwikkeling en welzijn"),
            textRow("pedagogisch.weerbaarheid", "Aanbod versterken sociale vaardigheden en weerbaarheid"),
            andersTextRow("pedagogisch.anders", "Anders, namelijk…"),
          ],
        ),
      ],
    },
    {
      id: "netwerkpartners",
      number: "4.3",
      heading: "Netwerkpartners van de school",
      level: 2,
      blocks: [
        table(
          "netwerk",
          ["Netwerkpartner", "Betrokken bij de school (ja/nee)"],
          [
            jaNeeRow("netwerk", "sbo", "Speciaal Basisonderwijs"),
            jaNeeRow("netwerk", "so", "Speciaal Onderwijs"),
            jaNeeRow("netwerk", "adviseur", "Adviseur passend onderwijs"),
            jaNeeRow("netwerk", "smw", "Schoolmaatschappelijk werk"),
            jaNeeRow("netwerk", "leerplicht", "Leerplichtambtenaar"),
            jaNeeRow("netwerk", "jgz", "Jeugdgezondheidzorg, schoolarts, schoolverpleegkundige"),
            jaNeeRow("netwerk", "jeugdhulp", "Jeugdhulppartner"),
            jaNeeRow("netwerk", "politie", "Politie/wijkagent"),
            jaNeeRow("netwerk", "logopedie", "Logopedie"),
            jaNeeRow("netwerk", "fysiotherapie", "Fysiotherapie"),
            andersRow("netwerk", "anders-1", "Anders, namelijk", false),
            andersRow("netwerk", "anders-2", "Anders, namelijk", false),
          ],
        ),
      ],
    },
    {
      id: "schoolgebouw",
      number: "4.4",
      heading: "Het schoolgebouw",
      level: 2,
      blocks: [
        paragraph("Fysieke ruimten voor extra ondersteuning en voor de toegankelijkheid van leerlingen met een beperking."),
        table(
          "gebouw",
          ["Fysieke ruimten", "Aanwezig in de school (ja/nee)"],
          [
            jaNeeRow("gebouw", "rolstoelvriendelijk", "Rolstoelvriendelijk"),
            jaNeeRow("gebouw", "invalidetoilet", "Invalidetoilet"),
            jaNeeRow("gebouw", "doven-slechthorenden", "Voorzieningen doven/slechthorenden"),
            jaNeeRow("gebouw", "blinden-slechtzienden", "Voorzieningen blinden/slechtzienden"),
            jaNeeRow("gebouw", "gespreksruimte", "Gespreksruimte"),
            jaNeeRow("gebouw", "therapieruimte", "Therapieruimte"),
            jaNeeRow("gebouw", "verzorgingsruimte", "Verzorgingsruimte"),
            jaNeeRow("gebouw", "time-out-ruimte", "Time out ruimte"),
            jaNeeRow("gebouw", "lift", "Lift"),
            andersRow("gebouw", "anders", "Anders, namelijk…", false),
          ],
        ),
      ],
    },
  ],
  checks: [
    {
      rule: "HL25-VAARDIGHEDEN",
      check: "must-be-set",
      message: "HL25-VAARDIGHEDEN",
      severity: "error",
      fields: [
        "vaardigheid.zelfredzaamheid",
        "vaardigheid.sociaal",
        "vaardigheid.emotieregulatie",
        "vaardigheid.leerstof",
        "vaardigheid.groepsgrootte",
      ],
    },
    {
      rule: "HL25-DYSLEXIE",
      check: "must-be-set",
      message: "HL25-DYSLEXIE",
      severity: "info",
      fields: ["didactisch.dyslexie"],
      emptyTexts: ["-", "–", "—", "nvt", "n.v.t."],
    },
  ],
};
