import type { TemplateId } from "../types";

/**
 * How schools write the official labels and answers in their own documents, as data beside the
 * templates. The recognizer compares texts after lower-casing, dropping accents, numbering and
 * closing punctuation, so only real variants need to be listed here.
 */

/**
 * Words that name an option, keyed by the option's label (compared normalised). A word names an
 * option only among the options of the field at hand: "ja" is `aanwezig` for a voorziening and `ja`
 * for an expertise.
 */
export const OPTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  ja: ["ja", "j", "yes", "wel"],
  nee: ["nee", "n", "no", "niet"],
  "niet van toepassing": ["nvt", "n.v.t.", "n.v.t", "n v t", "niet van toepassing", "nvt."],
  "aanwezig in de school": ["aanwezig", "aanwezig in de school", "ja", "in de school"],
  "op orde": ["op orde", "oke", "in orde"],
  "in ontwikkeling": ["in ontwikkeling", "ontwikkeling"],
  "nog op te starten": ["nog op te starten", "op te starten", "nog starten"],
  "succesvol geimplementeerd": ["succesvol geimplementeerd", "succesvol", "geimplementeerd"],
  structureel: ["structureel"],
  regelmatig: ["regelmatig"],
  incidenteel: ["incidenteel"],
  goed: ["goed"],
  voldoende: ["voldoende"],
  onvoldoende: ["onvoldoende"],
  "niet beoordeeld": ["niet beoordeeld", "nb"],
};

/** A cell that says yes without naming an option: the option of its column is ticked. */
export const YES_WORDS: readonly string[] = ["ja", "aanwezig", "wel", "yes"];

/** A cell that says no: the option of its column is not ticked, and the cell is no remark. */
export const NO_WORDS: readonly string[] = ["nee", "-", "--", "geen", "niet", "no", "n"];

/**
 * Placeholder texts Word and our templates show in an empty control; as text they are no answer.
 * The field's own hint is recognised too.
 */
export const PLACEHOLDERS: readonly string[] = [
  "Klik of tik om tekst in te voeren.",
  "Klik hier als u tekst wilt invoeren.",
  "Click or tap here to enter text.",
  "Kies een item.",
  "…",
  "%",
  "dd-mm-jjjj",
  "Getal",
];

/**
 * Variants of row and field labels, per template and field id, as schools and older versions of the
 * models write them.
 */
export const LABEL_VARIANTS: Readonly<
  Partial<Record<TemplateId, Readonly<Record<string, readonly string[]>>>>
> = {
  "haaglanden-2021": {
    "expertise.taal-lezen-spraak": ["taal, lezen en spraak", "taal/lezen/spraak"],
    "expertise.rekenen-wiskunde": ["rekenen en wiskunde", "rekenen/wiskunde"],
    "expertise.gedrag": ["gedrag"],
    "expertise.jonge-kind": ["jonge kind", "jonge kinderen"],
    "expertise.hoogbegaafdheid": [
      "hoogbegaafdheid",
      "(hoog)begaafdheid",
      "meer- en hoogbegaafdheid",
    ],
    "expertise.motoriek": ["motoriek"],
    "expertise.nt2": ["tweede taal/nt2", "nt2", "tweede taal"],
    "expertise.cognitieve-ontwikkeling": ["cognitieve ontwikkeling"],
    "expertise.autisme": ["autisme"],
    "expertise.zieke-leerlingen": ["zieke leerlingen"],
    "expertise.faalangst": ["faalangst"],
    "extern.jgz": [
      "jeugdgezondheidszorg/schoolarts/schoolverpleegkundige",
      "jeugdgezondheidszorg",
      "schoolarts",
    ],
    "extern.smw": ["schoolmaatschappelijk werker", "smw"],
    "extern.politie": ["politie", "wijkagent"],
    "voorziening.time-out-ruimte": ["time-out ruimte", "timeout ruimte", "time-out-ruimte"],
    "voorziening.doven-slechthorenden": ["doven/slechthorenden"],
    "voorziening.blinden-slechtzienden": ["blinden/slechtzienden"],
    "voorziening.invalidetoilet": ["invalide toilet", "mindervalidentoilet"],
    "school.naam": ["naam school", "naam van de school", "school"],
  },
  "haaglanden-2025": {
    "school.naam": ["naam school", "naam van de school"],
    "gebouw.time-out-ruimte": ["time-out ruimte", "timeout ruimte"],
  },
  passenderwijs: {
    "school.naam": ["naam school", "school"],
    "school.ib": ["intern begeleider(s)", "ib'er", "ib-er"],
  },
  "zuid-limburg": {
    "school.naam": ["naam van de school", "naam school"],
    "school.email": ["e-mail", "emailadres", "e-mailadres"],
    "school.ib": ["intern begeleider"],
  },
};

/**
 * What a school writes before its own name in a row the model leaves for one ("Anders, namelijk: …"),
 * when it types label and name in one line: "Anders, nl. Kanjertraining", "anders: Kanjertraining".
 * Words, lower case; any spaces and marks (`,` `:` `.` `…` `-`) may stand between and after them. A
 * lead ending in ":" counts only with a mark after it: "Anders: Kanjertraining", but "Anders begaafde
 * leerlingen" is a name. The model's own label of the row counts too, so it is not listed here.
 */
export const NAME_LEADS: readonly string[] = [
  "anders namelijk",
  "anders nl",
  "anders te weten",
  "anders:",
  "overig namelijk",
  "overige namelijk",
  "overig:",
  "overige:",
  "namelijk",
  "nl:",
  "te weten",
];

/**
 * Words a school types after a count in its own document ("148 leerlingen", "5 groepen"): the
 * number is the answer. Lower case; compared without a closing full stop ("lln.").
 */
export const NUMBER_UNITS: readonly string[] = [
  "leerlingen",
  "leerling",
  "lln",
  "kinderen",
  "kind",
  "groepen",
  "groep",
  "klassen",
  "klas",
  "locaties",
  "locatie",
  "scholen",
  "school",
  "procent",
  "fte",
  "uur",
  "jaar",
];
