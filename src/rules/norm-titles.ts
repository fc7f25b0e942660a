/** What each rule checks, in the words of the pane and the one-page summary. */
const TITLES: Readonly<Record<string, string>> = {
  "R-REQUIRED": "Verplichte velden",
  "R-EXCLUSIVE": "Eén antwoord per vraag",
  "R-DETAIL": "Aanvullende gegevens bij een antwoord",
  "R-NUMBER": "Getallen",
  "R-DATE": "Datums",
  "R-COMPUTED": "Berekende velden",
  "HL21-FIN": "Bijdrage basisondersteuning",
  "HL21-GOALS": "Uitgangspunten HGW in de doelen",
  "HL21-HGW-START": "Handelingsgericht werken is ingevoerd",
  "HL21-EXPERTISE": "Uren bij extra expertise",
  "HL25-DETAIL": "Korte weergave bij expertise",
  "HL25-DYSLEXIE": "Aanbod bij dyslexie",
  "HL25-VAARDIGHEDEN": "Schoolse vaardigheden",
  "PW-SCHOOL": "Schoolgegevens",
  "PW-INSPECTIE": "Voorwaardelijk niveau (inspectie)",
  "PW-VEILIG": "Veilige leeromgeving",
  "PW-SCHOOLNIVEAU": "Schoolniveau",
  "PW-HGW": "Handelingsgericht werken (leerkrachtniveau)",
  "ZL-SCHOOL": "Schoolgegevens",
  "ZL-KENGETALLEN": "Kengetallen",
  "ZL-UITSTROOM": "Uitstroom naar het voortgezet onderwijs",
  "ZL-LENGTH": "Lengte van de teksten",
  "ZL-A": "Norm a: basisarrangement",
  "ZL-B": "Norm b: zorgindicatoren minstens 3",
  "ZL-HGW": "Handelingsgericht werken: minstens 75% van het team",
  "ZL-SPECIFIEK": "Specifieke ondersteuning: 4 ja-scores",
  "ZL-STRUCTUUR":
    "Ondersteuningsstructuur in het schoolplan; handelingsgericht plan vanaf niveau 3",
  "ZL-VOORZIENING": "Omschrijving van specifieke voorzieningen",
  "ZL-AMBITIES": "Ontwikkeldoelen bij normen die niet gehaald worden",
  "ZL-ONDERTEKENING": "Ondertekening",
};

export function normTitle(rule: string): string {
  return TITLES[rule] ?? rule;
}
