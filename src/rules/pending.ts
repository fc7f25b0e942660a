/**
 * Whether a text could still become right by typing on (ADR 0027): the pane says "onvolledig" about
 * such a text while the person is still in the field, and the real message once they leave it.
 * Deliberately loose: a text that matches here only waits until the field is left.
 */

/** Digits only, not starting with 0: more digits make it larger (`1` on the way to `12`). */
export function couldGrow(text: string): boolean {
  return /^[1-9]\d*$|^[1-9]\d{0,2}(\.\d{0,3})+$/.test(text.trim());
}

/** The start of a Dutch number: a sign, a euro sign, digits, a thousands dot or a comma to go on. */
export function numberPrefix(text: string): boolean {
  const s = text.trim().replace(/^€\s*/, "");
  return s === "" || /^[-−]?(\d{1,3}(\.\d{0,3})*|\d+)(,\d*)?$/.test(s) || /^[-−]$/.test(s);
}

/** The start of a date as people type it: `23`, `23-1`, `23-11-20`, `23 nov`, `1 oktober 20`. */
export function datePrefix(text: string): boolean {
  const s = text.trim().toLowerCase();
  return (
    /^\d{1,2}([-/.]\d{0,2}([-/.]\d{0,3})?)?$/.test(s) ||
    /^\d{1,2} ?(\p{L}+\.?( \d{0,3})?)?$/u.test(s)
  );
}

/** The start of a year (`2`, `20`, `202`), or of a date that will hold one. */
export function yearPrefix(text: string): boolean {
  const s = text.trim();
  return /^\d{1,3}$/.test(s) || datePrefix(s);
}
