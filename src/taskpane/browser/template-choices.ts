import type { TemplateId } from "../../model";

/** A regional template as the open screen offers it. */
export type TemplateChoice = { id: TemplateId; name: string; swv: string };

/**
 * The four templates' names for the open screen, without the model: loading the model (its
 * templates, their validation) would more than double the JavaScript of the first screen (issue 12,
 * ADR 0023). A test holds this list to the model's own names, so the two cannot drift apart.
 */
export const templateChoices: readonly TemplateChoice[] = [
  { id: "haaglanden-2021", name: "Haaglanden – SOP 2021-2025", swv: "SPPOH (Haaglanden)" },
  {
    id: "haaglanden-2025",
    name: "Haaglanden – Ondersteuningsaanbod schoolgids 2025",
    swv: "SPPOH (Haaglanden)",
  },
  {
    id: "passenderwijs",
    name: "Passenderwijs (Utrecht West) – SOP",
    swv: "Passenderwijs, PO 26-04",
  },
  { id: "zuid-limburg", name: "Zuid-Limburg – SOP", swv: "PO 3104 / 3105 / 3106" },
];
