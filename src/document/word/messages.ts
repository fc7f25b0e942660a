/**
 * What the Word adapter says to the person in the pane, in Dutch: notices about how the document
 * was read or will be written, and refusals with what to do instead.
 */
export type WordMessage =
  | "tracked-changes"
  | "missing-from-word"
  | "in-text-box"
  | "insert-not-allowed"
  | "not-listed"
  | "bind-revisions"
  | "bind-comments"
  | "bind-not-allowed"
  | "bind-check"
  | "bind-has-fields"
  | "no-new-document";

const TEXT: Record<WordMessage, string> = {
  "tracked-changes":
    "Wijzigingen bijhouden staat aan: wat u in SOP Assistent invult, komt als revisie in het document. Berekende velden worden zonder revisie bijgewerkt, omdat Word revisies in vergrendelde velden niet kan accepteren.",
  "missing-from-word":
    "Word geeft niet alle velden van dit document door aan SOP Assistent (een bekende fout in sommige versies van Word). De waarden zijn uit de documenttekst gelezen; werk Word bij als een veld niet in te vullen is.",
  "in-text-box":
    "Deze velden staan in een tekstvak, waar Word ze niet aan SOP Assistent doorgeeft: {tags}. Haal ze uit het tekstvak om ze in te vullen.",
  "insert-not-allowed":
    "Word staat niet toe dat SOP Assistent de inhoud van dit document vervangt, omdat het vergrendelde velden of datumkiezers bevat. Open een nieuw, leeg document en kies daar Nieuw SOP.",
  "not-listed":
    "Word geeft het veld {tag} niet door aan SOP Assistent. Vul het in het document zelf in, of werk Word bij.",
  "bind-revisions":
    "Dit document bevat bijgehouden wijzigingen. Accepteer of weiger ze eerst (Controleren › Wijzigingen), dan kan SOP Assistent de velden toevoegen. Er is niets veranderd.",
  "bind-comments":
    "Dit document heeft opmerkingen die Word bij het toevoegen van de velden niet zou bewaren. Handel de opmerkingen eerst af, of kies Overnemen in een nieuw document. Er is niets veranderd.",
  "bind-not-allowed":
    "Word staat niet toe dat SOP Assistent velden aan dit document toevoegt, omdat het vergrendelde velden of datumkiezers bevat. Kies Overnemen in een nieuw document. Er is niets veranderd.",
  "bind-check":
    "Word heeft het document anders overgenomen dan SOP Assistent het aanbood ({what}). Maak de stap ongedaan met Ongedaan maken (Ctrl+Z) en kies Overnemen in een nieuw document.",
  "bind-has-fields": "Dit document heeft al SOP-velden; er is niets veranderd.",
  "no-new-document":
    "Deze versie van Word kan vanuit SOP Assistent geen nieuw document openen. Werk Word bij, of gebruik SOP Assistent in de browser.",
};

/** The Dutch text of a message, with its `{name}` slots filled. */
export function wordMessage(message: WordMessage, slots: Record<string, string> = {}): string {
  return TEXT[message].replace(/\{(\w+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

/** Something Word refused or cannot do, with a Dutch message that says what to do. */
export class WordRefusal extends Error {
  readonly reason: WordMessage;
  constructor(reason: WordMessage, slots: Record<string, string> = {}) {
    super(wordMessage(reason, slots));
    this.name = "WordRefusal";
    this.reason = reason;
  }
}
