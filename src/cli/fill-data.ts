import { resolve } from "node:path";
import type { FieldChange } from "../document/port";
import {
  fieldValueSchema,
  valuesFileSchema,
  type Field,
  type FieldValue,
  type Template,
} from "../model";
import { dutchNumberText } from "../rules";
import { readInput } from "./files";
import { InputError, type Io } from "./io";

/** A values file as read: the template it names (if any) and its raw values. */
export type DataFile = { template?: string; values: Record<string, unknown> };

/** Reads and shape-checks `{ "template"?: id, "values": { … } }`. */
export function readDataFile(file: string, io: Io): DataFile {
  const bytes = readInput(resolve(io.cwd ?? process.cwd(), file), file);
  let json: unknown;
  try {
    json = JSON.parse(
      Buffer.from(bytes)
        .toString("utf8")
        .replace(/^\uFEFF/, ""),
    );
  } catch (error) {
    throw new InputError(`${file}: geen geldige JSON (${(error as Error).message}).`);
  }
  const parsed = valuesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where =
      issue?.code === "unrecognized_keys"
        ? `onbekende sleutel ${issue.keys.map((k) => `"${k}"`).join(", ")}`
        : `bij "${issue?.path.join(".") || "(bovenste niveau)"}"`;
    throw new InputError(
      `${file}: verwacht { "template": "<sjabloon-id>", "values": { "<veld-id>": waarde } }; ${where}.`,
    );
  }
  return parsed.data.template === undefined
    ? { values: parsed.data.values }
    : { template: parsed.data.template, values: parsed.data.values };
}

function expected(field: Field): string {
  switch (field.kind) {
    case "text":
    case "richText":
      return "tekst (of een getal)";
    case "date":
      return 'een datum als tekst, bijvoorbeeld "2026-11-23"';
    case "number":
    case "computed":
      return "een getal (of tekst)";
    case "tick":
      return "true of false";
    case "choice":
      return `een optie (${field.options.map((o) => `"${o.key}"`).join(", ")}) of een lijst van opties`;
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "een lijst";
  if (value === null) return "null";
  if (typeof value === "object") return "een object";
  if (typeof value === "number") return `getal ${dutchNumberText(value, false)}`;
  if (typeof value === "string") return `tekst ${JSON.stringify(value)}`;
  return String(value);
}

/** An option key as given, a number in Dutch notation (`"1,5"`, not `"1.5"`). */
const given = (key: unknown) =>
  `"${typeof key === "number" ? dutchNumberText(key, false) : String(key)}"`;

/**
 * A value as a person writes it, in the shape the template takes: a score typed as a number (`3`)
 * is the option whose key it is (`"3"`). Anything else is left for `refusal` to judge.
 */
function asTyped(field: Field | undefined, value: unknown): unknown {
  if (field?.kind !== "choice") return value;
  const key = (v: unknown) =>
    typeof v === "number" && field.options.some((o) => o.key === String(v)) ? String(v) : v;
  return Array.isArray(value) ? value.map(key) : key(value);
}

/** Why one value cannot go into this template, or undefined when it can. */
function refusal(template: Template, id: string, value: unknown): string | undefined {
  const field = template.byId.get(id)?.field;
  if (!field)
    return `onbekend veld "${id}": het sjabloon ${template.id} heeft geen veld met die id`;
  if (value === null || fieldValueSchema(field).safeParse(value).success) return undefined;
  if (field.kind === "choice") {
    const keys = Array.isArray(value) ? (value as unknown[]) : [value];
    if (keys.every((k) => typeof k === "string" || typeof k === "number")) {
      const unknown = keys.filter((k) => !field.options.some((o) => o.key === String(k)));
      return `onbekende optie ${unknown.map(given).join(", ")} bij veld "${id}": kies uit ${field.options.map((o) => `"${o.key}"`).join(", ")}`;
    }
  }
  return `verkeerde vorm bij veld "${id}": verwacht ${expected(field)}, gekregen ${describe(value)}`;
}

/**
 * The values of a data file as changes for this template. A number is welcome wherever a person could
 * type it (a text, a date, a score); refused, each named, is only what no document could hold: an
 * unknown field id, an unknown option key, a value of the wrong shape (a tick given as text).
 */
export function changesFor(template: Template, data: DataFile, file: string): FieldChange[] {
  const values = Object.entries(data.values).map(
    ([id, v]) => [id, asTyped(template.byId.get(id)?.field, v)] as const,
  );
  const refused = values.flatMap(([id, v]) => refusal(template, id, v) ?? []);
  if (refused.length > 0) {
    const more = refused.length > 5 ? ` (en nog ${refused.length - 5})` : "";
    throw new InputError(`${file}: ${refused.slice(0, 5).join("; ")}${more}.`);
  }
  return values.map(([field, value]) => ({
    field,
    value: value as FieldValue | null,
  }));
}
