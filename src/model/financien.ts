import table from "./data/financien.json";
import { financialTableSchema } from "./schema";
import type { FinancialTable } from "./types";

/**
 * Validates a financial parameter table. A SWV extends the JSON file with a new schooljaar; nothing
 * else changes. The years in a key must follow each other (`2020-2021`).
 */
export function loadFinancialTable(data: unknown): FinancialTable {
  const parsed = financialTableSchema.parse(data);
  for (const key of Object.keys(parsed)) {
    const [from, to] = key.split("-").map(Number);
    if (from === undefined || to !== from + 1) {
      throw new Error(
        `Schooljaar ${key} klopt niet: het tweede jaar volgt op het eerste (2020-2021).`,
      );
    }
  }
  return parsed;
}

/** The amounts SOP Assistent knows, per schooljaar. */
export const financialTable: FinancialTable = loadFinancialTable(table);
