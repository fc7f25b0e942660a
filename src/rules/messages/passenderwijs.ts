import type { MessageTable } from "../types";

/** Dutch texts of the Passenderwijs checks (PW-*). */
export const passenderwijsMessages: MessageTable = {
  "PW-INSPECTIE.leeg": (p) =>
    `${p.label} is ingevuld (${p.value ?? ""}), maar de school is niet beoordeeld met het vernieuwde waarderingskader. Maak de waardering leeg, of zet "beoordeeld met het vernieuwde waarderingskader" op Ja als dat wel zo is.`,
  "PW-INSPECTIE.indicator": (p) =>
    `Vul de waardering van de inspectie in voor ${p.label}: de school is beoordeeld met het vernieuwde waarderingskader.`,
  "PW-INSPECTIE.waardering": (p) =>
    p.detail === "onvoldoende"
      ? `${p.label} is door de inspectie als onvoldoende beoordeeld. Daarmee voldoet de school niet aan het voorwaardelijk niveau van de basisondersteuning van Passenderwijs. ` +
        (p.answered
          ? `De school beschrijft het ontwikkeltraject dat zij inzet.`
          : `Licht dit toe en beschrijf het ontwikkeltraject dat de school inzet.`)
      : `${p.label} is niet beoordeeld door de inspectie (${p.value ?? "niet beoordeeld"}). Passenderwijs vraagt ten minste een voldoende; licht toe hoe de school laat zien dat zij hieraan voldoet en welk ontwikkeltraject zij inzet.`,
  // Never shown (the check that answers PW-INSPECTIE adds no finding); here so every message id exists.
  "PW-INSPECTIE.ontwikkeltraject": () =>
    `Beschrijf het ontwikkeltraject dat de school inzet voor de indicatoren die niet voldoende zijn.`,
  "PW-INSPECTIE.toelichting": (p) =>
    `Vul "${p.label}" in: niet alle inspectie-indicatoren zijn als voldoende beoordeeld.`,
  "PW-VEILIG": (p) =>
    `"${p.label}" is niet aangevinkt. Dit hoort bij de veilige leeromgeving die Passenderwijs van elke school vraagt (voorwaardelijk niveau). Vink het aan als de school het biedt; anders moet de school dit eerst regelen.`,
  "PW-VEILIG.meldcode": (p) =>
    `"${p.label}" is niet aangevinkt. Werken met de meldcode huiselijk geweld en kindermishandeling is wettelijk verplicht voor elke school. Vink het aan als de school de meldcode gebruikt; anders moet de school die eerst invoeren.`,
  "PW-SCHOOLNIVEAU.vinkje": (p) =>
    `"${p.label}" is niet aangevinkt, terwijl dit in Passenderwijs regionaal is afgesproken voor de basisondersteuning op schoolniveau. Vink het aan als de school dit doet, of neem het op bij de ambities.`,
  "PW-SCHOOLNIVEAU.methode": (p) =>
    `"${p.label}" is niet ingevuld. Noem de methode (of methoden) waarmee de school de kerndoelen van dit leergebied realiseert.`,
  "PW-HGW.toelichting": () =>
    `Een of meer elementen van handelingsgericht werken zijn nog in ontwikkeling. Vul de toelichting in: wat doet de school eraan en wanneer?`,
  "PW-HGW.ambitie": (p) =>
    `Het element "${p.label}" van handelingsgericht werken is nog in ontwikkeling, maar komt niet terug in de ambities in hoofdstuk 6. Overweeg het als ambitie op te nemen, met plan en termijn.`,
};
