import { formatNumber } from "../dutch";
import type { MessageParams, MessageTable } from "../types";

/** "a", "a en b", "a, b en c". */
const and = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} en ${items[items.length - 1] ?? ""}`;

const n = (value: number | undefined) => formatNumber(value ?? 0);

/** "2= 26-50%" → "2 (26-50% van het team)". */
const score = (value: string | undefined) =>
  (value ?? "").replace(/^(\d)=\s*(.*)$/, "$1 ($2 van het team)");

/** The interventions of 3.3 by name, without the ": aantal ja-scores" of their count field. */
const interventies = (p: MessageParams) =>
  and(p.labels.map((l) => l.replace(/: aantal ja-scores$/, "").toLowerCase()));

/** What a norm not met asks: an ontwikkeldoel, or (answered) the note that the school has one. */
const goal = (p: MessageParams, ask: string) =>
  p.answered ? `De school heeft hiervoor een ontwikkeldoel in hoofdstuk 5.` : ask;

/** The norms of the samenwerkingsverband as ZL-AMBITIES names them. */
const NORMEN: Readonly<Record<string, string>> = {
  "ZL-A": "norm a (basisarrangement)",
  "ZL-B": "norm b (zorgindicatoren minstens 3)",
  "ZL-HGW": "de norm voor planmatig en handelingsgericht werken (minstens 75% van het team)",
  "ZL-SPECIFIEK": "de norm voor specifieke ondersteuning (4 ja-scores op interventie 1-4)",
  "ZL-STRUCTUUR": "de norm voor de ondersteuningsstructuur (3.4)",
};

/** Texts of the Zuid-Limburg norms (ZL-*). */
export const zuidLimburgMessages: MessageTable = {
  "ZL-KENGETALLEN": (p) =>
    `${p.label} (${n(p.actual)}) is meer dan het ${p.detail?.toLowerCase() ?? "totaal"} (${n(p.expected)}). ` +
    `Een deel van de leerlingen kan niet groter zijn dan het geheel: controleer de aantallen van de 1-oktobertelling.`,

  "ZL-UITSTROOM.som": (p) =>
    `De uitstroompercentages tellen op tot ${n(p.actual)}%, maar samen moeten ze ${n(p.expected)}% zijn ` +
    `(1 procentpunt verschil mag, voor afronding). Controleer de percentages per schoolsoort.`,

  "ZL-UITSTROOM.vinkje": (p) =>
    p.detail === "amount-without-tick"
      ? `Bij ${p.label} staat ${p.value ?? ""}%, maar het vakje is niet aangevinkt. ` +
        `Vink het aan, of maak het percentage leeg.`
      : `${p.label} is aangevinkt, maar er staat geen percentage boven 0 bij. ` +
        `Vul in welk deel van de schoolverlaters hierheen ging, of haal het vinkje weg.`,

  "ZL-LENGTH": (p) =>
    `${p.label} is ongeveer ${n(p.actual)} regels lang; het model staat maximaal ${n(p.expected)} regels toe ` +
    `(gerekend met 90 tekens per regel). Kort de tekst in.`,

  "ZL-A": (p) =>
    `Bij Basisarrangement staat "${p.value ?? ""}". De norm van het samenwerkingsverband is dat de school een ` +
    `basisarrangement van de inspectie heeft. ` +
    goal(
      p,
      `Controleer het inspectieoordeel; klopt het, neem dan in hoofdstuk 5 een ontwikkeldoel op om het ` +
        `basisarrangement terug te krijgen.`,
    ),

  "ZL-B": (p) =>
    `${p.label} scoort ${p.value ?? ""}, terwijl de norm van het samenwerkingsverband minstens een 3 is op alle ` +
    `zorgindicatoren. ` +
    goal(p, `Controleer de score; klopt die, neem dan in hoofdstuk 5 een ontwikkeldoel op.`),

  "ZL-B.weging": (p) =>
    `${p.label} is niet ingevuld. Deze indicator geldt voor een school met een substantieel aantal ` +
    `leerlingen met een weging hoger dan 1; heeft de school die niet, dan mag hij leeg blijven.`,

  "ZL-B.onderbouwing": () =>
    `De kwalificatie van de zorgindicatoren is gebaseerd op een eigen oordeel van de school: ` +
    `schrijf de onderbouwing daarvan (maximaal 5 regels).`,

  "ZL-HGW": (p) =>
    p.detail === "3"
      ? `${p.label} scoort 3 (51-75% van het team). De norm is minstens 75%, en die wordt met score 3 alleen ` +
        `gehaald als het precies 75% is. ` +
        goal(
          p,
          `Beheerst meer dan 75% van het team dit, kies dan score 4; anders hoort er een ontwikkeldoel ` +
            `in hoofdstuk 5 bij.`,
        )
      : `${p.label} scoort ${score(p.value)}, terwijl de norm van het samenwerkingsverband minstens ` +
        `75% is. ` +
        goal(p, `Controleer de score; klopt die, neem dan in hoofdstuk 5 een ontwikkeldoel op.`),

  "ZL-SPECIFIEK": (p) =>
    p.detail === "with"
      ? `${p.label} is ${n(p.actual)} van de ${n(p.expected)}. De school vult dit aan met afspraken met ` +
        `netwerkpartners in 3.4; kijk na of die afspraken deze ondersteuning dekken.`
      : `${p.label} is ${n(p.actual)}, terwijl de norm ${n(p.expected)} is, en bij Netwerk Ondersteuning ` +
        `in 3.4 staan geen afspraken met netwerkpartners voor ${interventies(p)}. ` +
        goal(
          p,
          `Vermeld bij de ketenpartners in 3.4 de afspraken voor deze ondersteuning (noem haar bij naam), ` +
            `of neem in hoofdstuk 5 een ontwikkeldoel op.`,
        ),

  "ZL-STRUCTUUR.schoolplan": (p) =>
    `"${p.label}" is niet aangevinkt. De norm van het samenwerkingsverband is dat de ` +
    `ondersteuningsstructuur in het schoolplan en in de beleidsplannen van het bestuur staat. ` +
    goal(p, `Vink het aan als dat zo is; anders hoort er een ontwikkeldoel in hoofdstuk 5 bij.`),

  "ZL-STRUCTUUR.handelingsplan": (p) =>
    `"${p.label}" is niet aangevinkt. De norm van het samenwerkingsverband is dat vanaf ` +
    `ondersteuningsniveau 3 een handelingsgericht plan wordt gehanteerd. ` +
    goal(
      p,
      `Vink het aan als de school dat doet; anders hoort er een ontwikkeldoel in hoofdstuk 5 bij.`,
    ),

  "ZL-ONDERTEKENING": (p) =>
    `${p.label} is nog leeg. Het profiel gaat naar het bestuur met de naam van de directeur; de datum ` +
    `van vaststelling en de naam van de bestuurder mogen volgen als het bestuur het vaststelt.`,

  "ZL-AMBITIES": (p) =>
    p.borderline
      ? `De school haalt ${NORMEN[p.detail ?? ""] ?? "een norm"} alleen als het precies 75% is ` +
        `(${and(p.labels)}), en geen ontwikkeldoel in hoofdstuk 5 noemt ${p.label}. Is het minder, neem ` +
        `dan een ontwikkeldoel op, bijvoorbeeld: "${p.value ?? ""}"`
      : `De school haalt ${NORMEN[p.detail ?? ""] ?? "een norm"} niet (${and(p.labels)}), maar geen ` +
        `ontwikkeldoel in hoofdstuk 5 noemt ${p.label}. Neem een ontwikkeldoel op, bijvoorbeeld: "${p.value ?? ""}"`,
};
