import {
  financialTable,
  type Condition,
  type Field,
  type FinancialTable,
  type Template,
  type Values,
} from "../model";
import {
  dutchNumberText,
  isNoAnswerText,
  parseDutchDate,
  parseDutchNumber,
  type DutchDate,
} from "./dutch";

/**
 * Read access to one document's values, in the terms the rules need: is a field empty, which options
 * are ticked, what number does a text hold. Built once per evaluation.
 */
export type Context = {
  template: Template;
  today: DutchDate;
  field(id: string): Field;
  label(id: string): string;
  /** Trimmed text of a text, number or date field ("" when empty). */
  text(id: string): string;
  /** Whether a field holds no answer: no text, no tick, no option. */
  isEmpty(id: string): boolean;
  ticked(id: string): boolean;
  /** The ticked option keys of a choice (in the order of the options). */
  answers(id: string): readonly string[];
  /** A number field's value, a default where the field is empty, or a computed field's value. */
  number(id: string): number | undefined;
  computed: Readonly<Record<string, number | null>>;
  /** The norms (rule ids) a goal of the school answers (see checks/goals.ts). */
  answered: ReadonlySet<string>;
};

/**
 * A value's text as the document shows it (see documentText): a number in a number field with its
 * thousands dot and decimal comma (`1.234`, `1,5`), a number in a text field as typed (`2024`).
 * Messages quote this text, so a rejected `1.5` is echoed as "1,5".
 */
function rawText(value: unknown, f?: Field): string {
  if (typeof value === "string") return isNoAnswerText(value) ? "" : value.trim();
  if (typeof value === "number") return dutchNumberText(value, grouped(f));
  return "";
}

/** Whether a number in this field gets a thousands dot: amounts and counts do, a year does not. */
function grouped(f: Field | undefined): boolean {
  if (f?.kind === "computed") return true;
  return f?.kind === "number" && f.unit !== "year";
}

export function createContext(
  template: Template,
  values: Values,
  today: DutchDate,
  table: FinancialTable = financialTable,
): Context {
  const field = (id: string): Field => {
    const entry = template.byId.get(id);
    if (!entry) throw new Error(`Onbekend veld ${id} in sjabloon ${template.id}`);
    return entry.field;
  };
  // Rules ask for the same field's text many times; it is made once per evaluation.
  const texts = new Map<string, string>();
  const text = (id: string) => {
    let t = texts.get(id);
    if (t === undefined) {
      t = rawText(values[id], field(id));
      texts.set(id, t);
    }
    return t;
  };
  const answers = (id: string): readonly string[] => {
    const f = field(id);
    const v = values[id];
    if (f.kind !== "choice") return [];
    const given = typeof v === "string" ? [v] : Array.isArray(v) ? (v as readonly string[]) : [];
    return f.options.map((o) => o.key).filter((k) => given.includes(k));
  };
  const ticked = (id: string) => values[id] === true;

  const defaultNumber = (f: Field): number | undefined => {
    if (f.kind !== "number") return undefined;
    if (f.defaultFrom) {
      const row = table[rawText(values[f.defaultFrom.key])];
      if (row) return row[f.defaultFrom.column];
    }
    return f.default;
  };
  const enteredNumber = (id: string): number | undefined => {
    const v = values[id];
    if (v === undefined || v === null || rawText(v) === "") return undefined;
    if (typeof v !== "string" && typeof v !== "number") return undefined;
    const parsed = parseDutchNumber(v);
    return parsed.ok ? parsed.value : undefined;
  };

  const computed: Record<string, number | null> = {};
  const computing = new Set<string>();
  const number = (id: string): number | undefined => {
    const f = field(id);
    if (f.kind === "computed") return compute(f) ?? undefined;
    if (f.kind !== "number") return enteredNumber(id);
    if (text(id) === "") return defaultNumber(f);
    return enteredNumber(id);
  };
  const compute = (f: Extract<Field, { kind: "computed" }>): number | null => {
    if (f.id in computed) return computed[f.id] ?? null;
    if (computing.has(f.id)) throw new Error(`Berekend veld ${f.id} hangt van zichzelf af`);
    computing.add(f.id);
    const formula = f.formula;
    let result: number | null = null;
    if (formula.op === "sum") {
      const parts = formula.of.map(number);
      result = parts.every((p) => p !== undefined)
        ? parts.reduce<number>((a, b) => a + (b ?? 0), 0)
        : null;
    } else if (formula.op === "count-option") {
      const all = formula.of.map(answers);
      result = all.every((a) => a.length === 1)
        ? all.filter((a) => a[0] === formula.option).length
        : null;
    } else {
      const terms = formula.terms.map(([a, b]) => [number(a), number(b)] as const);
      result = terms.every(([a, b]) => a !== undefined && b !== undefined)
        ? Math.round(terms.reduce((sum, [a, b]) => sum + (a ?? 0) * (b ?? 0), 0) * 100) / 100
        : null;
    }
    computing.delete(f.id);
    computed[f.id] = result;
    return result;
  };
  for (const { field: f } of template.fields) if (f.kind === "computed") compute(f);

  const isEmpty = (id: string): boolean => {
    const f = field(id);
    switch (f.kind) {
      case "tick":
        return !ticked(id);
      case "choice":
        return answers(id).length === 0;
      case "number":
        return text(id) === "" && defaultNumber(f) === undefined;
      case "computed":
        return computed[id] === null;
      default:
        return text(id) === "";
    }
  };

  return {
    template,
    today,
    field,
    label: (id) => {
      const f = field(id);
      return f.short ?? f.label;
    },
    text,
    isEmpty,
    ticked,
    answers,
    number,
    computed,
    answered: new Set(),
  };
}

/** Whether a condition on the answers holds. */
export function holds(ctx: Context, condition: Condition): boolean {
  if ("is" in condition) return ctx.answers(condition.field).some((a) => condition.is.includes(a));
  return ctx.ticked(condition.field) === condition.ticked;
}

/** Reads a date field; undefined when empty, null when not a real date. */
export function dateOf(ctx: Context, id: string): DutchDate | null | undefined {
  const t = ctx.text(id);
  return t === "" ? undefined : parseDutchDate(t);
}
