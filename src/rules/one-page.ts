import type { Field, FieldValue, Template, Values } from "../model";
import { onePageLayouts } from "../model/one-page";
import { formatDutchDate, formatEuro, formatNumber, parseDutchDate } from "./dutch";
import { normTitle } from "./norm-titles";
import type { Evaluation, Finding } from "./types";

/** How a norm stands on the one-page summary. */
export type OnePageStatus = "gehaald" | "let-op" | "niet-gehaald" | "onvolledig";

/** One square of a norm's small picture: a row of the scored table. */
export type OnePageMark = "ok" | "warning" | "error" | "leeg";

export type OnePageNorm = {
  rule: string;
  title: string;
  status: OnePageStatus;
  /** One mark per scored row, when the norm judges a table of rows (the 23 zorgindicatoren). */
  marks: readonly OnePageMark[];
  /** The picture in words ("20 van 23 in orde, 3 onder de norm"); "" for a norm of one answer. */
  detail: string;
};

/** Everything the one-page summary shows, in Dutch, ready to be laid out. */
export type OnePage = {
  title: string;
  subtitle: string;
  facts: readonly { label: string; value: string }[];
  kern: { heading: string; text: string };
  norms: readonly OnePageNorm[];
  /** Per group the rows answered yes, as one line (empty when none is). */
  glance: readonly { heading: string; text: string }[];
  ambities: { heading: string; items: readonly string[] };
};

/**
 * Room on one A4 page. Texts longer than this are cut at a word and end in "…": the summary points
 * to the full SOP, it does not replace it.
 */
export const ONE_PAGE_LIMITS = {
  school: 70,
  kern: 650,
  fact: 60,
  glance: 330,
  ambities: 700,
  maxAmbities: 5,
};

export const STATUS_TEXT: Readonly<Record<OnePageStatus, string>> = {
  gehaald: "gehaald",
  "let-op": "let op",
  "niet-gehaald": "niet gehaald",
  onvolledig: "nog niet ingevuld",
};

/** Cuts a text at a word boundary to at most `max` characters, paragraphs joined by " / ". */
export function clipText(text: string, max: number): string {
  const flat = text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" / ");
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:/.-]+$/, "")}…`;
}

function isEmpty(value: FieldValue | null | undefined): boolean {
  if (value === null || value === undefined || value === false) return true;
  if (typeof value === "string") return value.trim() === "";
  return Array.isArray(value) && value.length === 0;
}

/** A value as a person reads it: option labels, Dutch numbers and dates, "ja" for a tick. */
export function shownValue(field: Field, value: FieldValue | null | undefined): string {
  if (isEmpty(value) || value === undefined || value === null) return "";
  if (field.kind === "choice") {
    const keys = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
    return keys.map((k) => field.options.find((o) => o.key === k)?.label ?? k).join(" + ");
  }
  if (typeof value === "boolean") return value ? "ja" : "";
  if (typeof value === "number") {
    if ("unit" in field && field.unit === "euro") return formatEuro(value);
    return formatNumber(value);
  }
  if (field.kind === "date" && typeof value === "string") {
    const date = parseDutchDate(value);
    return date ? formatDutchDate(date) : value;
  }
  return typeof value === "string" ? value.trim() : value.join(" + ");
}

function markOf(findings: readonly Finding[], field: string, empty: boolean): OnePageMark {
  const about = findings.filter((f) => f.fields.includes(field));
  if (about.some((f) => f.severity === "error")) return "error";
  if (about.some((f) => f.severity === "warning")) return "warning";
  return empty ? "leeg" : "ok";
}

function describe(marks: readonly OnePageMark[], status: OnePageStatus): string {
  if (marks.length === 0) return status === "onvolledig" ? STATUS_TEXT[status] : "";
  const n = (m: OnePageMark) => marks.filter((x) => x === m).length;
  const parts = [`${n("ok")} van ${marks.length} in orde`];
  if (n("error") > 0) parts.push(`${n("error")} onder de norm`);
  if (n("warning") > 0) parts.push(`${n("warning")} twijfel`);
  if (n("leeg") > 0) parts.push(`${n("leeg")} leeg`);
  return parts.join(", ");
}

function norm(template: Template, values: Values, evaluation: Evaluation, rule: string) {
  const findings = evaluation.findings.filter((f) => f.rule === rule && f.severity !== "info");
  const checks = template.checks.filter((c) => c.rule === rule);
  const empty = (id: string) => {
    const field = template.byId.get(id)?.field;
    if (field?.kind === "computed") return evaluation.computed[id] == null;
    return isEmpty(values[id]);
  };
  // The rows a norm judges one by one: the fields of its first check that scores three or more.
  const scored = checks.find(
    (c) =>
      (c.check === "option-severity" ||
        c.check === "min-or-fallback" ||
        c.check === "must-be-set") &&
      c.fields.length >= 3,
  );
  const rows = scored && "fields" in scored ? scored.fields : [];
  const marks = rows.map((id) => markOf(findings, id, empty(id)));
  const missing = new Set(evaluation.missing);
  const judged = checks.flatMap((c) =>
    c.check === "option-severity" ? c.fields : c.check === "min-or-fallback" ? c.fields : [],
  );
  const incomplete =
    judged.some(empty) ||
    checks.some((c) => "fields" in c && c.fields.some((id) => missing.has(id))) ||
    (checks.length > 0 && checks.every((c) => "fields" in c && c.fields.every(empty)));
  const status: OnePageStatus = findings.some((f) => f.severity === "error")
    ? "niet-gehaald"
    : findings.some((f) => f.severity === "warning")
      ? "let-op"
      : incomplete
        ? "onvolledig"
        : "gehaald";
  return { rule, title: normTitle(rule), status, marks, detail: describe(marks, status) };
}

/** The name of a row at a glance: the name given to an "anders" row, else its label. */
function rowName(template: Template, values: Values, field: Field): string {
  const named = template.byId.get(`${field.id}.naam`);
  const name =
    typeof values[`${field.id}.naam`] === "string" ? String(values[`${field.id}.naam`]) : "";
  if (named && name.trim() !== "") return name.trim();
  return field.label.replace(/,?\s*te weten$/i, "");
}

/**
 * The "SOP one page" of a filled SOP: school and kengetallen, the kern of the concept, each norm with
 * its status and a small picture of the scores, expertise and voorzieningen at a glance, the ambities.
 * What each template shows is data (src/model/one-page.ts).
 */
export function onePage(template: Template, values: Values, evaluation: Evaluation): OnePage {
  const layout = onePageLayouts[template.id];
  const text = (id: string): string => {
    const entry = template.byId.get(id);
    if (!entry) return "";
    const value =
      entry.field.kind === "computed" ? (evaluation.computed[id] ?? values[id]) : values[id];
    return shownValue(entry.field, value);
  };
  const school = template.schoolField
    ? clipText(text(template.schoolField), ONE_PAGE_LIMITS.school)
    : "";
  const facts = layout.facts.flatMap(({ field, label }) => {
    const value = text(field);
    const f = template.byId.get(field)?.field;
    return value === "" || !f
      ? []
      : [{ label: label ?? f.short ?? f.label, value: clipText(value, ONE_PAGE_LIMITS.fact) }];
  });
  const glance = layout.glance.map(({ heading, fields, yes }) => {
    const items = template.fields.flatMap(({ field }) => {
      if (!fields.some((prefix) => field.id.startsWith(prefix))) return [];
      const v = values[field.id];
      const on =
        field.kind === "tick"
          ? v === true
          : field.kind === "choice" &&
            (typeof v === "string" ? [v] : Array.isArray(v) ? v : []).some((k) => yes.includes(k));
      return on ? [rowName(template, values, field)] : [];
    });
    return { heading, text: clipText(items.join(", "), ONE_PAGE_LIMITS.glance) };
  });
  // The ambities share their room: one long text may take it all, five rows a fifth each.
  const perAmbitie = Math.floor(
    ONE_PAGE_LIMITS.ambities / Math.min(layout.ambities.items.length, ONE_PAGE_LIMITS.maxAmbities),
  );
  const ambities = layout.ambities.items
    .flatMap(({ field, with: extra }) => {
      const main = text(field);
      if (main === "") return [];
      const when = extra ? text(extra) : "";
      return [clipText(when ? `${main} (${when})` : main, perAmbitie)];
    })
    .slice(0, ONE_PAGE_LIMITS.maxAmbities);
  return {
    title: school ? `SOP in één oogopslag: ${school}` : "SOP in één oogopslag",
    subtitle: `${template.name} · ${template.swv}`,
    facts,
    kern: {
      heading: layout.kern.heading,
      text: clipText(text(layout.kern.field), ONE_PAGE_LIMITS.kern),
    },
    norms: layout.norms.map((rule) => norm(template, values, evaluation, rule)),
    glance,
    ambities: { heading: layout.ambities.heading, items: ambities },
  };
}
