import { templateIds } from "../model";

const COMMANDS: Record<string, { line: string; text: string }> = {
  inspect: {
    line: "inspect <bestand.docx> [--json]",
    text: "Toont het sjabloon van een Word-document en al zijn inhoudsbesturingselementen, in volgorde: tag, titel, type, inhoud, vinkje en of de aanwijzingstekst nog staat. Leest elk Word-document, niet alleen SOP's.",
  },
  values: {
    line: "values <bestand.docx> [--json]",
    text: "Toont de ingevulde waarden per veld-id, in de vorm die fill leest.",
  },
  fill: {
    line: "fill <sjabloon-id | bestand.docx> --data <waarden.json> --out <bestand.docx | -> [--in-place] [--final] [--draft-goals] [--overwrite-tracked-changes]",
    text: 'Vult een sjabloon of een bestaand document met de waarden uit een JSON-bestand ({ "template": "<id>", "values": { "<veld-id>": waarde } }) en berekent de berekende velden. --in-place overschrijft het document zelf (veilig: eerst een tijdelijk bestand, dan hernoemen; via een snelkoppeling het echte bestand, met dezelfde rechten; een alleen-lezen bestand wordt geweigerd). --out - schrijft het document naar de standaarduitvoer. Een veld met bijgehouden wijzigingen wordt alleen overschreven met --overwrite-tracked-changes. --final maakt het document definitief: lege velden die niet verplicht zijn, tonen dan geen grijze aanwijzingstekst meer, zodat die ook niet wordt afgedrukt. --draft-goals stelt een ontwikkeldoel op voor elke norm die niet gehaald wordt en schrijft het op de plaats voor doelen (--data mag dan ontbreken).',
  },
  check: {
    line: "check <bestand.docx | map>... [--format text|json|csv|xlsx] [--out <pad | ->]",
    text: "Controleert SOP's tegen de normen van hun samenwerkingsverband: per bestand of het klaar is voor het bestuur en per norm gehaald, niet gehaald of onvolledig. Een niet gehaalde norm waarbij de school een ontwikkeldoel (of de gevraagde toelichting) schrijft, houdt het SOP niet tegen. Mappen worden doorzocht op .docx-bestanden (ook in submappen). --out schrijft het rapport naar een bestand (nooit over een van de gecontroleerde bestanden; - is de standaarduitvoer). csv is een overzicht dat Excel met Nederlandse instellingen goed opent (scheidingsteken ;); xlsx (met --out) is een Excel-werkmap met een overzicht, alle bevindingen en de codes.",
  },
  import: {
    line: "import <bestand.docx> [--template <id>] --out <nieuw.docx> [--json]",
    text: "Maakt een nieuw document uit het sjabloon met elk antwoord uit een bestaand SOP: een van SOP Assistent, het eigen model van het samenwerkingsverband met de hand ingevuld, of een SOP dat LibreOffice opsloeg. --template haaglanden-2025 zet een SOP 2021-2025 over naar het Ondersteuningsaanbod 2025. --json toont wat waar vandaan kwam en wat geen plaats had.",
  },
  bind: {
    line: "bind <bestand.docx> [--template <id>] (--out <bestand.docx> | --in-place) [--json]",
    text: "Maakt van het eigen document van de school een SOP met velden: elk herkend antwoord krijgt zijn SOP-veld (een vinkje wordt een selectievakje, een tekst een tekstveld) en het document zijn SOP-eigenschappen. Elk woord, de opmaak, kop- en voetteksten, opmerkingen en afbeeldingen blijven staan. Toont de velden waarvoor het document geen plaats heeft.",
  },
  "one-page": {
    line: "one-page <bestand.docx> --out <samenvatting.docx>",
    text: "Maakt van een ingevuld SOP een samenvatting van één pagina (SOP one page): school en kengetallen, de kern van het concept, elke norm met zijn stand en een kleine grafiek van de scores, expertise en voorzieningen in één oogopslag, de ambities.",
  },
  "build-templates": {
    line: "build-templates [--out templates/]",
    text: "Maakt de vier Word-sjablonen opnieuw uit de sjabloondefinities; het resultaat is elke keer byte voor byte gelijk.",
  },
};

export const commandNames = Object.keys(COMMANDS);

const EXIT_CODES = [
  "Afsluitcode: 0 = in orde (check: elk SOP klaar voor het bestuur); 1 = een SOP is niet klaar",
  "             voor het bestuur (check); 2 = een bestand kon niet worden gelezen, of de opdracht",
  "             is onvolledig of onjuist.",
];

/** The usage text in Dutch: of one command, or of all. */
export function usage(command?: string): string {
  const one = command ? COMMANDS[command] : undefined;
  if (one)
    return [`Gebruik: npm run sop -- ${one.line}`, "", one.text, "", ...EXIT_CODES, ""].join("\n");
  return [
    "Gebruik: npm run sop -- <opdracht> [opties]",
    "",
    "Opdrachten:",
    ...Object.values(COMMANDS).flatMap((c) => [`  ${c.line}`, `      ${c.text}`]),
    "",
    `Sjablonen: ${templateIds.join(", ")}.`,
    "Hulp bij één opdracht: npm run sop -- <opdracht> --help",
    "",
    ...EXIT_CODES,
    "",
  ].join("\n");
}
