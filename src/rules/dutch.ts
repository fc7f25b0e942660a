/**
 * Dutch notation for numbers, amounts and dates: what schools type (`1.234`, `12,5`, `€ 8.500`,
 * `23-11-2026`, `23 november 2026`) and what the pane and the documents show (`€ 32.032`).
 */

/** The result of reading a number a person typed. */
export type ParsedNumber = { ok: true; value: number } | { ok: false; text: string };

const THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^\d*\.\d+$/;

/**
 * Reads a number in Dutch notation: `.` groups thousands, `,` is the decimal comma; a leading `€`,
 * a trailing `%`, `euro` and spaces are allowed. A lone dot with other than three digits after it
 * (`0.8` FTE) is read as a decimal point, since nobody groups thousands that way.
 */
export function parseDutchNumber(input: string | number): ParsedNumber {
  if (typeof input === "number") {
    return Number.isFinite(input) ? { ok: true, value: input } : { ok: false, text: String(input) };
  }
  const text = input;
  let s = input
    .replace(/[\u00a0\u202f]/g, " ")
    .trim()
    .replace(/^€\s*/, "");
  // Not /\s*(?:euro|€|%)$/: that pattern is quadratic on a long run of spaces (hours for a field
  // full of them); this finds the unit at the end and trims before it, in linear time.
  const unit = /(?:euro|€|%)$/i.exec(s);
  if (unit) s = s.slice(0, unit.index).trimEnd();
  // A space may group thousands (`1 234`), nothing else.
  if (/^[-−]?\d{1,3}(?: \d{3})+(?:,\d+)?$/.test(s)) s = s.replace(/ /g, "");
  let sign = 1;
  if (/^[-−]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  }
  s = s.replace(/,-$/, "");
  let value: number;
  if (THOUSANDS.test(s)) value = Number(s.replace(/\./g, "").replace(",", "."));
  else if (PLAIN.test(s)) value = Number(s.replace(",", "."));
  else if (DOT_DECIMAL.test(s)) value = Number(s);
  else return { ok: false, text };
  return Number.isFinite(value) ? { ok: true, value: sign * value } : { ok: false, text };
}

/** `32032` → `32.032`, `12.5` → `12,5` (at most two decimals). */
export function formatNumber(value: number, decimals = 2): string {
  const rounded = Number(value.toFixed(decimals));
  const negative = rounded < 0;
  const [whole = "0", fraction] = Math.abs(rounded).toString().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/**
 * A number written out in full as a Dutch person types it, never rounded to fewer decimals than it
 * has: `1,5`, `0,125`, `-3`. With `group` thousands get a dot (`1.234`, as in a number field); without
 * it a number standing in a text (a year, a house number) stays as it is typed: `2024`.
 */
export function dutchNumberText(value: number, group: boolean): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  // Ten decimals is more than anyone types and drops binary noise (0.1 + 0.2); toFixed switches to
  // exponent notation from 1e21 on, where a float holds only whole numbers anyway.
  const digits =
    magnitude >= 1e21
      ? BigInt(Math.round(magnitude)).toString()
      : magnitude.toFixed(10).replace(/\.?0+$/, "");
  const [whole = "0", fraction] = digits.split(".");
  const shown = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".") : whole;
  const sign = value < 0 && digits !== "0" ? "-" : "";
  return `${sign}${shown}${fraction ? `,${fraction}` : ""}`;
}

/** `32032` → `€ 32.032`; cents only when there are any (`€ 8.500,50`). */
export function formatEuro(value: number): string {
  const cents = Math.round(value * 100) % 100 !== 0;
  const text = cents
    ? formatNumber(value, 2).replace(/,(\d)$/, ",$10")
    : formatNumber(Math.round(value), 0);
  return `€ ${text}`;
}

/** A calendar date without time or zone. */
export type DutchDate = { year: number; month: number; day: number };

const MONTHS = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
];

function valid(year: number, month: number, day: number): DutchDate | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days ? { year, month, day } : null;
}

/**
 * Reads `23-11-2026` (also with `/` or `.`), `23 november 2026` (also `23 nov. 2026`) and ISO
 * `2026-11-23`. Returns null for anything that is not a real date (31-02-2026 included).
 */
export function parseDutchDate(input: string): DutchDate | null {
  const s = input.trim().toLowerCase().replace(/\s+/g, " ");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  if (m) return valid(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(s);
  if (m) {
    const name = m[2] ?? "";
    const month = MONTHS.findIndex(
      (full) => full === name || (name.length >= 3 && full.startsWith(name)),
    );
    return month < 0 ? null : valid(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `23-11-2026`. */
export function formatDutchDate(d: DutchDate): string {
  return `${pad(d.day)}-${pad(d.month)}-${d.year}`;
}

/** `23 november 2026`. */
export function formatLongDutchDate(d: DutchDate): string {
  return `${d.day} ${MONTHS[d.month - 1] ?? ""} ${d.year}`;
}

/** `2026-11-23`, as the values JSON carries dates. */
export function formatIsoDate(d: DutchDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** Negative when a is before b. */
export function compareDates(a: DutchDate, b: DutchDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * A lone dash ("-", "–", "—") is how people write "nothing here" in a form, in an "Anders, namelijk"
 * row most of all. Wherever a value is read, it counts as no answer.
 */
export function isNoAnswerText(text: string): boolean {
  return /^[-–—]+$/u.test(text.trim());
}
