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
    line: "fill <sjabloon-id | bestand.docx> --data <waarden.json> --out <bestand.docx | -> [--in-place] [--overwrite-tracked-changes]",
    text: 'Vult een sjabloon of een bestaand document met de waarden uit een JSON-bestand ({ "template": "<id>", "values": { "<veld-id>": waarde } }) en berekent de berekende velden. --in-place overschrijft het document zelf (veilig: eerst een tijdelijk bestand, dan hernoemen; via een snelkoppeling het echte bestand, met dezelfde rechten; een alleen-lezen bestand wordt geweigerd). --out - schrijft het document naar de standaarduitvoer. Een veld met bijgehouden wijzigingen wordt alleen overschreven met --overwrite-tracked-changes.',
  },
  check: {
    line: "check <bestand.docx | map>... [--format text|json|csv] [--out <pad | ->]",
    text: "Controleert SOP's tegen de normen van hun samenwerkingsverband. Mappen worden doorzocht op .docx-bestanden (ook in submappen). --out schrijft het rapport naar een bestand (nooit over een van de gecontroleerde bestanden; - is de standaarduitvoer).",
  },
  "build-templates": {
    line: "build-templates [--out templates/]",
    text: "Maakt de vier Word-sjablonen opnieuw uit de sjabloondefinities; het resultaat is elke keer byte voor byte gelijk.",
  },
};

export const commandNames = Object.keys(COMMANDS);

const EXIT_CODES = [
  "Afsluitcode: 0 = in orde; 1 = een SOP heeft een fout (check);",
  "             2 = een bestand kon niet worden gelezen, of de opdracht is onvolledig of onjuist.",
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
