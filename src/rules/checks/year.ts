import type { Check } from "../../model";
import type { Context } from "../context";
import { compareDates, parseDutchDate, type DutchDate } from "../dutch";
import { finding, type RuleOutput } from "../generic";
import { say } from "../messages";
import { yearPrefix } from "../pending";

type Of<K extends Check["check"]> = Extract<Check, { check: K }>;

/** The year a school wrote: `2025`, or the year of a date (`1-10-2025`, `1 oktober 2025`). */
export function yearOf(text: string): number | undefined {
  const bare = /^\d{4}$/.exec(text.trim());
  if (bare) return Number(bare[0]);
  return parseDutchDate(text)?.year;
}

/** The most recent day `month`-`day` on or before today. */
function mostRecent(today: DutchDate, month: number, day: number): DutchDate {
  const thisYear = { year: today.year, month, day };
  return compareDates(thisYear, today) <= 0 ? thisYear : { ...thisYear, year: today.year - 1 };
}

/** A plausible year: one at all, not before `from`, not after the last `latest` day (the count). */
export function year(ctx: Context, check: Of<"year">, out: RuleOutput) {
  const text = ctx.text(check.field);
  if (text === "") return;
  const label = ctx.label(check.field);
  let found: number | undefined;
  if (ctx.field(check.field).kind === "number") {
    // A year in a number field: what is no whole number is R-NUMBER's to say, once.
    const value = ctx.number(check.field);
    if (value === undefined || !Number.isInteger(value)) return;
    found = value;
  } else found = yearOf(text);
  const latest = check.latest && mostRecent(ctx.today, check.latest.month, check.latest.day);
  let detail: "geen-jaar" | "te-vroeg" | "toekomst" | undefined;
  let expected: number | undefined;
  if (found === undefined) detail = "geen-jaar";
  else if (found < check.from) [detail, expected] = ["te-vroeg", check.from];
  else if (latest && found > latest.year) [detail, expected] = ["toekomst", latest.year];
  if (!detail) return;
  out.findings.push(
    finding(
      check.rule,
      check.severity,
      [check.field],
      say(check.message, {
        label,
        labels: [label],
        value: text,
        detail,
        ...(found !== undefined ? { actual: found } : {}),
        ...(expected !== undefined ? { expected } : {}),
      }),
      detail !== "toekomst" && yearPrefix(text) && "typing",
    ),
  );
}
