import { templates } from "../model";

/** The regions of the models SOP Assistent knows, for people: "Haaglanden, Passenderwijs, Zuid-Limburg". */
const REGIONS = [
  ...new Set(
    Object.values(templates).map((t) =>
      (t.name.split(" – ")[0] ?? t.name).replace(/\s*\(.*\)$/, ""),
    ),
  ),
]
  .sort((a, b) => a.localeCompare(b, "nl"))
  .join(", ");

/**
 * Said of a document that is no SOP at all (a letter): it follows none of the models and has no SOP
 * fields. In words a board member knows, not the names of document properties.
 */
export const NOT_AN_SOP = `Dit document is geen SOP: het volgt geen van de modellen (${REGIONS}) en heeft geen SOP-velden.`;

/**
 * Said by the commands that need an SOP's fields (`values`, `fill`) of a document without them: a
 * school's own copy of a model gets them from `sop bind`.
 */
export const NO_SOP_FIELDS = `Dit document is geen SOP met velden: het is niet gemaakt vanuit een van de SOP-sjablonen (${REGIONS}). Is het een SOP dat de school zelf maakte, dan zet \`sop bind <bestand> --out <nieuw.docx>\` de velden erin.`;
