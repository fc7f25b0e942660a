import type { Formula, Template } from "../model";

function label(template: Template, id: string): string {
  const f = template.byId.get(id)?.field;
  return f?.short ?? f?.label ?? id;
}

/** How a computed field is computed, in words: "Leerlingen t/m 8 + Leerlingen na 8". */
export function formulaText(template: Template, formula: Formula): string {
  switch (formula.op) {
    case "sum":
      return formula.of.map((id) => label(template, id)).join(" + ");
    case "count-option":
      return `het aantal keer "${formula.option}" bij ${formula.of
        .map((id) => label(template, id))
        .join(", ")}`;
    case "sum-of-products":
      return formula.terms
        .map(([a, b]) => `${label(template, a)} × ${label(template, b)}`)
        .join(" + ");
  }
}
