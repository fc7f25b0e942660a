import { formatNumber } from "../dutch";
import type { MessageTable } from "../types";

const list = (labels: readonly string[], max = 5) =>
  labels.length <= max
    ? labels.join(", ")
    : `${labels.slice(0, max).join(", ")} en ${labels.length - max} andere`;

/** Texts of the rules every template shares (R-*) and of the follow-up relations. */
export const commonMessages: MessageTable = {
  "R-REQUIRED": (p) =>
    p.count === 1
      ? `Nog 1 veld in te vullen in ${p.detail}: ${p.label}.`
      : `Nog ${p.count ?? p.labels.length} velden in te vullen in ${p.detail}: ${list(p.labels)}.`,
  "R-EXCLUSIVE": (p) =>
    `Bij "${p.label}" zijn ${p.count ?? 2} antwoorden aangevinkt (${p.value}). Kies er één en haal de andere vinkjes weg.`,
  "R-NUMBER.geen-getal": (p) =>
    `"${p.value}" bij ${p.label} is geen getal. Schrijf een getal, bijvoorbeeld 1.234 of 12,5.`,
  "R-NUMBER.geheel": (p) => `${p.label} is een aantal: vul een geheel getal in (nu "${p.value}").`,
  "R-NUMBER.minimum": (p) =>
    `${p.label} is ${p.value}, maar mag niet kleiner zijn dan ${formatNumber(p.expected ?? 0)}. Controleer het getal.`,
  "R-DATE.ongeldig": (p) =>
    `"${p.value}" bij ${p.label} is geen bestaande datum. Schrijf de datum als 23-11-2026.`,
  "R-DATE.toekomst": (p) =>
    `${p.label} (${p.value}) ligt na vandaag (${p.detail}). Vul de datum in waarop het echt gebeurd is.`,
  "R-COMPUTED": (p) =>
    `${p.label} staat in het document als "${p.value}", maar de berekening geeft ${p.detail}. Laat SOP Assistent de juiste waarde invullen.`,
  "DETAIL.te-weten": (p) => `U heeft "${p.detail}" aangevinkt: vul ook in welk (te weten).`,
  "DETAIL.namelijk": (p) =>
    `U gebruikt een rij "Anders": vul ook in wat (namelijk) bij ${p.detail}.`,
  "DETAIL.uren": (p) => `Bij ${p.detail} staat "ja": vul ook in hoeveel uren beschikbaar zijn.`,
  "DETAIL.omschrijving": (p) => `Bij ${p.detail} staat "ja": geef ook een nadere omschrijving.`,
  "DETAIL.korte-weergave": (p) =>
    `Bij ${p.detail} staat "ja": geef ook een korte weergave van de inhoud.`,
  "DETAIL.naam": (p) => `De rij ${p.detail} is ingevuld: vul ook de naam in.`,
  "DETAIL.toelichting": (p) => `Bij ${p.detail}: geef ook een toelichting.`,
  "DETAIL.opmerking": (p) => `Bij ${p.detail}: vul ook de opmerking in.`,
  "DETAIL.percentage": (p) => `Bij ${p.detail}: vul ook het percentage in.`,
};
