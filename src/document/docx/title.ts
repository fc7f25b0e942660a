import type { Template } from "../../model";

/** The title of a template's document: its model's own (Haaglanden 2025: "Ondersteuningsaanbod"). */
export function documentTitle(template: Pick<Template, "title">): string {
  return template.title ?? "Schoolondersteuningsprofiel";
}
