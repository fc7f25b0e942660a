import type { MessageTable } from "../types";

/**
 * Texts of the checks on a school's particulars that several templates share (brinnummer, postcode,
 * e-mail, the year of the 1 October count). The rule id stays the region's (PW-SCHOOL, ZL-SCHOOL).
 */
export const schoolMessages: MessageTable = {
  "SCHOOL.brin": (p) =>
    `Het brinnummer "${p.value ?? ""}" klopt niet: een brinnummer is twee cijfers en twee letters, zoals ` +
    `12AB, eventueel met het vestigingsnummer van twee cijfers erachter, zoals 12AB00. Neem het over uit ` +
    `DUO of de schoolgids.`,
  "SCHOOL.postcode": (p) =>
    `De postcode "${p.value ?? ""}" klopt niet: een postcode is vier cijfers en twee letters, zoals ` +
    `1234 AB. Verbeter de postcode van het adres van de school.`,
  "SCHOOL.email": (p) =>
    `"${p.value ?? ""}" is geen e-mailadres: een e-mailadres heeft de vorm naam@school.nl, zonder ` +
    `spaties. Vul het e-mailadres van de school in.`,
  "SCHOOL.peiljaar": (p) => {
    switch (p.detail) {
      case "te-vroeg":
        return (
          `${p.label} is ${p.actual ?? ""}: zo oud kan de telling niet zijn, schoolondersteuningsprofielen ` +
          `bestaan sinds passend onderwijs (${p.expected ?? ""}). Vul het jaar van de meest recente ` +
          `1-oktobertelling in.`
        );
      case "toekomst":
        return (
          `${p.label} is ${p.actual ?? ""}, maar de telling van 1 oktober ${p.actual ?? ""} is nog niet ` +
          `geweest. Vul het jaar van de meest recente 1-oktobertelling in (${p.expected ?? ""}).`
        );
      default:
        return (
          `"${p.value ?? ""}" bij ${p.label} is geen jaartal. Vul het jaar van de 1-oktobertelling in, ` +
          `bijvoorbeeld 2025.`
        );
    }
  },
};
