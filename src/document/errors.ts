/** Why a document could not be read or written. Each has a Dutch message naming the problem. */
export type DocumentProblem =
  | "empty"
  | "not-zip"
  | "truncated"
  | "no-document"
  | "doctype"
  | "too-large"
  | "too-deep"
  | "word97"
  | "encrypted"
  | "xml"
  | "unknown-template"
  | "unknown-version"
  | "values"
  | "too-much-text"
  | "conflict"
  | "tracked-changes"
  | "write-check";

const TEXT: Record<DocumentProblem, string> = {
  empty: "Het bestand is leeg.",
  "not-zip": "Dit is geen Word-document (.docx): het bestand is geen zip-pakket.",
  truncated: "Het bestand is beschadigd of onvolledig (het zip-pakket is afgebroken).",
  "no-document": "Dit zip-pakket is geen Word-document: word/document.xml ontbreekt.",
  doctype:
    "Het document bevat een DOCTYPE- of entiteitsdeclaratie; die worden om veiligheidsredenen geweigerd.",
  "too-large":
    "Een onderdeel van het document wordt uitgepakt groter dan toegestaan; het wordt niet uitgepakt.",
  "too-deep": "Het document is te diep genest om veilig te lezen.",
  word97: "Dit is een oud Word 97-2003-bestand (.doc), geen .docx. Sla het in Word op als .docx.",
  encrypted:
    "Het document is met een wachtwoord beveiligd. Haal de beveiliging weg in Word en probeer het opnieuw.",
  xml: "Het document bevat onleesbare XML.",
  "unknown-template": "Het document noemt een sjabloon dat SOP Assistent niet kent.",
  "unknown-version": "Het document noemt een sjabloonversie die SOP Assistent niet kent.",
  values: "De waarden passen niet bij het sjabloon.",
  "too-much-text":
    "Het document bevat meer tekst in zijn velden dan SOP Assistent veilig kan lezen (meer dan 1.000.000 tekens in één veld of 20.000.000 in alle velden samen).",
  conflict: "Deze waarde past niet in het soort veld dat het document hier heeft.",
  "tracked-changes":
    "Het veld bevat bijgehouden wijzigingen van iemand anders; die worden niet zomaar overschreven. Aanvaard of weiger ze eerst in Word, of vraag uitdrukkelijk om ze te overschrijven.",
  "write-check": "Het geschreven document bleek bij controle niet leesbaar; er is niets vervangen.",
};

/** A document that cannot be read or written, with what is wrong in Dutch. */
export class DocumentError extends Error {
  readonly problem: DocumentProblem;
  constructor(problem: DocumentProblem, detail?: string) {
    super(detail ? `${TEXT[problem]} ${detail}` : TEXT[problem]);
    this.name = "DocumentError";
    this.problem = problem;
  }
}
