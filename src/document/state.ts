import { findTemplate, type FieldValue, type Template, type Values } from "../model";
import { formatIsoDate, parseDutchDate, parseDutchNumber } from "../rules";
import type { ControlInfo, ControlProblem, Detection, SopState } from "./port";

/** `sop:<fieldId>` or `sop:<fieldId>=<optionKey>`. */
export function parseTag(tag: string): { field: string; option?: string } | undefined {
  const t = tag.trim();
  if (!t.startsWith("sop:") || /\s/.test(t)) return undefined;
  const eq = t.indexOf("=");
  if (eq < 0) return t.length > 4 ? { field: t.slice(4) } : undefined;
  const field = t.slice(4, eq);
  const option = t.slice(eq + 1);
  if (field === "" || option === "" || option.includes("=")) return undefined;
  return { field, option };
}

/** Control types that cannot hold a field's text. */
const NOT_TEXT: ReadonlySet<string> = new Set(["Picture", "Group", "RepeatingSection"]);

/** Reads the custom properties into a detection. */
export function detectFrom(properties: ReadonlyMap<string, string>): Detection {
  const id = properties.get("SOP.Template");
  if (id === undefined) return { kind: "none" };
  const version = properties.get("SOP.TemplateVersion") ?? "";
  const template = findTemplate(id.trim());
  if (!template) return { kind: "unknown", template: id, version, problem: "unknown-template" };
  const n = Number(version);
  if (!Number.isInteger(n) || n < 1 || n > template.version) {
    return { kind: "unknown", template: id, version, problem: "unknown-version" };
  }
  return { kind: "sop", template: template.id, version: n };
}

/** A text read from a number or date field, in the shape a values file carries (number, YYYY-MM-DD). */
function typedValue(
  template: Template,
  field: string,
  text: string,
  control: ControlInfo,
): FieldValue {
  const f = template.byId.get(field)?.field;
  if (f?.kind === "number" || f?.kind === "computed") {
    const parsed = parseDutchNumber(text);
    return parsed.ok ? parsed.value : text;
  }
  if (f?.kind === "date") {
    if (control.date) return control.date;
    const parsed = parseDutchDate(text);
    return parsed ? formatIsoDate(parsed) : text;
  }
  return text;
}

/**
 * Turns the controls of a document into field values for its template, and says what does not fit:
 * a tag used twice, a tag the template does not know, a control of the wrong type for its field.
 */
export function stateFromControls(
  template: Template,
  detection: Detection,
  controls: readonly ControlInfo[],
): SopState {
  const values: Record<string, FieldValue> = {};
  const present = new Set<string>();
  const problems: ControlProblem[] = [];
  const seen = new Map<string, number>();
  const choices = new Map<string, string[]>();
  const hiddenText = new Set<string>();

  for (const control of controls) {
    if (!control.tag.startsWith("sop:")) continue;
    const count = (seen.get(control.tag) ?? 0) + 1;
    seen.set(control.tag, count);
    if (count !== 1) continue; // the first one counts; the conflict is reported below
    const parsed = parseTag(control.tag);
    const field = parsed && template.byId.get(parsed.field)?.field;
    if (!parsed || !field) {
      problems.push({ kind: "unknown-tag", tag: control.tag });
      continue;
    }
    // A choice has one control per option (`=key`); every other field one control without.
    const isChoice = field.kind === "choice";
    if (
      isChoice ? !field.options.some((o) => o.key === parsed.option) : parsed.option !== undefined
    ) {
      problems.push({ kind: "unknown-tag", tag: control.tag });
      continue;
    }
    const wantsCheckbox = isChoice || field.kind === "tick";
    if (wantsCheckbox !== (control.type === "CheckBox") || NOT_TEXT.has(control.type)) {
      const expected = wantsCheckbox ? "CheckBox" : "PlainText";
      problems.push({
        kind: "wrong-type",
        tag: control.tag,
        field: field.id,
        expected,
        found: control.type,
      });
      continue;
    }
    present.add(field.id);
    if (control.hiddenText) hiddenText.add(field.id);
    if (isChoice) {
      if (control.checked)
        choices.set(field.id, [...(choices.get(field.id) ?? []), parsed.option as string]);
      continue;
    }
    if (field.kind === "tick") {
      if (control.checked) values[field.id] = true;
      continue;
    }
    const text = control.type === "DatePicker" && control.date ? control.date : control.text;
    if (text.trim() !== "") values[field.id] = typedValue(template, field.id, text, control);
  }
  for (const [tag, count] of seen) if (count > 1) problems.push({ kind: "duplicate", tag, count });
  for (const [id, keys] of choices) {
    const field = template.byId.get(id)?.field;
    const ordered =
      field?.kind === "choice"
        ? field.options.map((o) => o.key).filter((k) => keys.includes(k))
        : keys;
    values[id] = ordered.length === 1 ? (ordered[0] as string) : ordered;
  }
  return {
    detection,
    values: values as Values,
    present,
    problems,
    ...(hiddenText.size > 0 ? { hiddenText } : {}),
  };
}
