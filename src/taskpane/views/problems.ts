import type { ControlProblem, Detection } from "../../document/port";

/** A problem with the document's fields, in Dutch. */
export function problemText(p: ControlProblem): string {
  switch (p.kind) {
    case "duplicate":
      return `Het veld ${p.tag} staat ${p.count} keer in het document; SOP Assistent gebruikt het eerste.`;
    case "unknown-tag":
      return `Het document bevat een veld ${p.tag} dat het sjabloon niet kent.`;
    case "wrong-type":
      return `Het veld ${p.tag} is een veld van het type ${p.found}, maar hoort ${p.expected} te zijn; SOP Assistent slaat het over.`;
  }
}

/** Why a document is not an SOP SOP Assistent can work with, in Dutch. */
export function detectionText(d: Detection): string {
  if (d.kind === "unknown") {
    return d.problem === "unknown-template"
      ? `Dit document noemt het sjabloon "${d.template}", dat SOP Assistent niet kent.`
      : `Dit document noemt versie "${d.version}" van het sjabloon "${d.template}", die SOP Assistent niet kent.`;
  }
  return "Dit document is nog geen schoolondersteuningsprofiel van SOP Assistent.";
}
