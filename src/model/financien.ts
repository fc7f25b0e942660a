import table from "./data/financien.json";
import { financialTableSchema } from "./schema";
import type { FinancialTable } from "./types";

/**
 * Validates a financial parameter table. A SWV extends the JSON file with a new schooljaar; nothing
 * else changes. The years of a schooljaar must follow each other (`2020-2021`); a key of one year is a
 * kalenderjaar, kept apart because a calendar year is not two school years.
 */
export function loadFinancialTable(data: unknown): FinancialTable {
  const parsed = financialTableSchema.parse(data);
  for (const key of Object.keys(parsed)) {
    if (!key.includes("-")) continue;
    const [from, to] = key.split("-").map(Number);
    if (from === undefined || to !== from + 1) {
      throw new Error(
        `Schooljaar ${key} klopt niet: het tweede jaar volgt op het eerste (2020-2021).`,
      );
    }
  }
  return parsed;
}

/**
 * Defined as true by the bundler of the `sop` command (scripts/build-cli.cjs), which validates this
 * table when it builds (as it does the templates, see load.ts): the command then starts without zod.
 */
declare const SOP_TEMPLATES_VALIDATED_AT_BUILD: boolean | undefined;
const validatedAtBuild =
  typeof SOP_TEMPLATES_VALIDATED_AT_BUILD !== "undefined" && SOP_TEMPLATES_VALIDATED_AT_BUILD;

/** The amounts SOP Assistent knows, per schooljaar or kalenderjaar as their source states it. */
export const financialTable: FinancialTable = validatedAtBuild
  ? (table as FinancialTable)
  : loadFinancialTable(table);
