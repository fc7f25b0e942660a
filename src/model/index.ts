import { loadTemplate } from "./load";
import { haaglanden2021 } from "./templates/haaglanden-2021";
import { haaglanden2025 } from "./templates/haaglanden-2025";
import { passenderwijs } from "./templates/passenderwijs";
import { zuidLimburg } from "./templates/zuid-limburg";
import type { Template, TemplateId } from "./types";

export * from "./types";
export { checkFieldIds, loadTemplate, TemplateDefinitionError } from "./load";
export { financialTable, loadFinancialTable } from "./financien";
export { fieldValueSchema, valuesFileSchema, valuesSchema } from "./values-schema";

/** The four regional templates, validated once at load. */
export const templates: Readonly<Record<TemplateId, Template>> = {
  "haaglanden-2021": loadTemplate(haaglanden2021),
  "haaglanden-2025": loadTemplate(haaglanden2025),
  passenderwijs: loadTemplate(passenderwijs),
  "zuid-limburg": loadTemplate(zuidLimburg),
};

export const templateIds = Object.keys(templates) as TemplateId[];

/** The template with this id, or undefined for an id SOP Assistent does not know. */
export function findTemplate(id: string): Template | undefined {
  return (templates as Record<string, Template>)[id];
}
