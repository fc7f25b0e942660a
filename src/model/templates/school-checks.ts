import type { Check } from "../types";

/**
 * The checks on a school's particulars, as data shared by the templates that ask for them. Each
 * template passes its own rule id and the ids of the fields it has.
 */

/**
 * A brinnummer: two digits and two letters (DUO's school code, `12AB`), optionally with the two-digit
 * vestigingsnummer that DUO adds per location (`12AB00`, `12AB 01`).
 */
export const BRIN = "^\\s*\\d{2}[A-Za-z]{2}(?: ?\\d{2})?\\s*$";

/**
 * A Dutch postcode: four digits not starting with 0 and two letters, the space optional; PostNL does
 * not use the letter pairs SA, SD and SS.
 */
export const POSTCODE = "^\\s*[1-9]\\d{3} ?(?![Ss][AaDdSs])[A-Za-z]{2}\\s*$";

/** An e-mail address: something, an @, a domain with a dot and a top-level domain, no spaces. */
export const EMAIL = "^\\s*[^\\s@]+@[^\\s@]+\\.[A-Za-z]{2,}\\s*$";

/** Schoolondersteuningsprofielen exist since passend onderwijs (1 August 2014): no count before. */
export const FIRST_SOP_YEAR = 2014;

type SchoolFields = { brin?: string; postcode?: string; email?: string; peiljaar?: string };

export function schoolChecks(rule: string, fields: SchoolFields): Check[] {
  const pattern = (message: string, field: string | undefined, p: string): Check[] =>
    field ? [{ rule, check: "pattern", message, field, pattern: p, severity: "error" }] : [];
  return [
    ...pattern("SCHOOL.brin", fields.brin, BRIN),
    ...pattern("SCHOOL.postcode", fields.postcode, POSTCODE),
    ...pattern("SCHOOL.email", fields.email, EMAIL),
    ...(fields.peiljaar
      ? [
          {
            rule,
            check: "year" as const,
            message: "SCHOOL.peiljaar",
            field: fields.peiljaar,
            from: FIRST_SOP_YEAR,
            // The most recent 1 October count on or before the day the SOP is checked.
            latest: { month: 10, day: 1 },
            severity: "error" as const,
          },
        ]
      : []),
  ];
}
