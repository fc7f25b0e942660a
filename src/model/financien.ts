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

/** The amounts SOP Assistent knows, per schooljaar or kalenderjaar as their source states it. */
export const financialTable: FinancialTable = loadFinancialTable(table);
