import type { Check } from "../../model";
import type { Context } from "../context";
import type { RuleOutput } from "../generic";
import type { Finding } from "../types";
import { mustBeEmpty, mustBeSet, optionSeverity } from "./answers";
import { financien } from "./financien";
import { answeredByGoal } from "./goals";
import { atMost, minOrFallback, sumTo, tickWithAmount } from "./numbers";
import { maxLines, namedInText, pattern } from "./texts";
import { year } from "./year";

/** Runs one regional check. Checks about other findings (goals) run last, over what came before. */
export function runCheck(
  ctx: Context,
  check: Check,
  out: RuleOutput,
  prior: readonly Finding[],
): void {
  switch (check.check) {
    case "option-severity":
      return optionSeverity(ctx, check, out);
    case "must-be-set":
      return mustBeSet(ctx, check, out);
    case "must-be-empty":
      return mustBeEmpty(ctx, check, out);
    case "sum-to":
      return sumTo(ctx, check, out);
    case "tick-with-amount":
      return tickWithAmount(ctx, check, out);
    case "max-lines":
      return maxLines(ctx, check, out);
    case "at-most":
      return atMost(ctx, check, out);
    case "named-in-text":
      return namedInText(ctx, check, out);
    case "min-or-fallback":
      return minOrFallback(ctx, check, out);
    case "pattern":
      return pattern(ctx, check, out);
    case "year":
      return year(ctx, check, out);
    case "financien":
      return financien(ctx, check, out);
    case "answered-by-goal":
      return answeredByGoal(ctx, check, out, prior);
  }
}

/** Checks that read other findings must run after the rest. */
export const runsLast = (check: Check): boolean => check.check === "answered-by-goal";
