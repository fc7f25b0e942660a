import type { MessageTable } from "../types";

export const haaglanden2025Messages: MessageTable = {
  "HL25-VAARDIGHEDEN": (p) =>
    `De schoolse vaardigheid "${p.label}" is leeg. U mag de beschrijving uit het model aanpassen, maar laat haar niet leeg.`,
  "HL25-DYSLEXIE": () =>
    `Bij "Aanbod dyslexie" staat niets. De basisondersteuning van SPPOH noemt ondersteuning bij dyslexie: beschrijf in kernwoorden wat de school biedt.`,
};
