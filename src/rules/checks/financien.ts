import type { Check } from "../../model";
import type { Context } from "../context";
import { finding, type RuleOutput } from "../generic";
import { say } from "../messages";
import { couldGrow } from "../pending";

type Of<K extends Check["check"]> = Extract<Check, { check: K }>;

/** What a stated amount implies, and the whole pupil count nearest to it. */
export type ImpliedPupils = { exact: number; nearest: number; amountForNearest: number };

/** (stated − vaste voet × locaties) / bedrag per leerling. */
export function impliedPupils(
  stated: number,
  vasteVoet: number,
  locaties: number,
  perLeerling: number,
): ImpliedPupils {
  const exact = (stated - vasteVoet * locaties) / perLeerling;
  const nearest = Math.max(0, Math.round(exact));
  return { exact, nearest, amountForNearest: vasteVoet * locaties + perLeerling * nearest };
}

/** HL21-FIN: the contribution for basic support, and a stated amount compared with it. */
export function financien(ctx: Context, check: Of<"financien">, out: RuleOutput) {
  const schooljaar = ctx.text(check.schooljaar);
  const vasteVoet = ctx.number(check.vasteVoet);
  const perLeerling = ctx.number(check.perLeerling);
  const base = { label: ctx.label(check.bedrag), labels: [ctx.label(check.bedrag)] };
  if (schooljaar !== "" && (vasteVoet === undefined || perLeerling === undefined)) {
    // A schooljaar the table does not know: the school must state the amounts itself.
    for (const id of [check.vasteVoet, check.perLeerling])
      if (ctx.isEmpty(id)) out.required.push(id);
    out.findings.push(
      finding(
        check.rule,
        "warning",
        [check.schooljaar, check.vasteVoet, check.perLeerling],
        say(`${check.message}.onbekend-jaar`, { ...base, detail: schooljaar }),
      ),
    );
    return;
  }
  const stated = ctx.number(check.begroot);
  const locaties = ctx.number(check.locaties);
  if (
    stated === undefined ||
    vasteVoet === undefined ||
    perLeerling === undefined ||
    locaties === undefined ||
    perLeerling <= 0
  ) {
    return;
  }
  const computed = ctx.number(check.bedrag);
  const implied = impliedPupils(stated, vasteVoet, locaties, perLeerling);
  const whole = Math.abs(implied.exact - implied.nearest) < 1e-9;
  if (computed !== undefined && Math.abs(computed - stated) < 0.5) return;
  if (computed === undefined && whole) return;
  out.findings.push(
    finding(
      check.rule,
      check.severity,
      [check.begroot, check.bedrag, check.leerlingen],
      say(check.message, {
        ...base,
        ...(computed !== undefined ? { actual: computed } : {}),
        expected: stated,
        count: implied.nearest,
        value: String(Math.round(implied.exact * 10) / 10),
        detail: whole ? "geheel" : "geen-geheel-aantal",
      }),
      // `3` on the way to `32.032`: an amount below the computed one may still be typed on.
      computed !== undefined && stated < computed && couldGrow(ctx.text(check.begroot)) && "typing",
    ),
  );
}
