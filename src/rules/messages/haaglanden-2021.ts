import { formatEuro, formatNumber } from "../dutch";
import type { MessageParams, MessageTable } from "../types";

/** The pupil count a stated amount implies, in Dutch notation ("221,7"), when the engine gives it. */
function implied(p: MessageParams): string | undefined {
  if (p.value === undefined || p.value === "") return undefined;
  const n = Number(p.value);
  return Number.isFinite(n) ? formatNumber(n, 1) : p.value;
}

function fin(p: MessageParams): string {
  const stated = p.expected !== undefined ? formatEuro(p.expected) : "het genoemde bedrag";
  const computed =
    p.actual !== undefined
      ? `: vaste voet × aantal zelfstandige schoollocaties + bedrag per leerling × aantal leerlingen = ${formatEuro(p.actual)}`
      : "";
  const pupils = implied(p);
  const count = p.count !== undefined ? formatNumber(p.count, 0) : "?";
  const whole =
    p.detail === "geen-geheel-aantal" && pupils !== undefined
      ? ` Bij ${stated} hoort geen heel aantal leerlingen (${pupils}); het dichtstbijzijnde aantal is ${count}.`
      : p.count !== undefined
        ? ` ${stated} past bij ${count} leerlingen.`
        : "";
  return `${p.label}: het bedrag dat de school zelf noemt (${stated}) wijkt af van de berekening${computed}.${whole} Controleer het aantal leerlingen en de bedragen, en pas het genoemde bedrag aan of laat het weg.`;
}

/** Texts of the SPPOH (Haaglanden) SOP 2021-2025 rules. */
export const haaglanden2021Messages: MessageTable = {
  "HL21-HGW-START": (p) =>
    `Bij "${p.label}" staat "${p.value ?? "Nog op te starten"}". In Haaglanden is afgesproken dat alle scholen handelingsgericht werken. ` +
    (p.answered
      ? `De school beschrijft in hoofdstuk 6 hoe zij handelingsgericht werken verder invoert.`
      : `Kies "Op orde" of "In ontwikkeling" als dat klopt; anders beschrijf in hoofdstuk 6 hoe de school handelingsgericht werken verder invoert.`),
  "HL21-GOALS": (p) =>
    `"${p.label}" is nog niet op orde en staat niet bij "${p.detail ?? "de doelen"}". U kunt het daar bij naam noemen, met het doel dat de school zich ervoor stelt; het model laat die doelen ook in het jaarplan staan.`,
  "HL21-GOALS.norm": (p) =>
    `Handelingsgericht werken staat op "Nog op te starten" (${p.labels.join(", ")}), en de doelen in hoofdstuk 6 noemen het niet. Beschrijf daar hoe de school het invoert, bijvoorbeeld: "${p.value ?? ""}"`,
  "HL21-FIN": fin,
  "HL21-FIN.onbekend-jaar": (p) =>
    `Voor schooljaar ${p.detail ?? "?"} kent SOP Assistent de bedragen van SPPOH niet. Vul de vaste voet per zelfstandige schoollocatie en het bedrag per leerling zelf in, zoals SPPOH ze heeft toegekend. SOP Assistent kent alleen bedragen die een bron noemt.`,
};
