/**
 * Text from documents shown in a terminal or a text report: control characters, escape sequences,
 * line and paragraph separators and direction overrides are shown as visible escapes, so a school
 * name can neither start a new report line nor send commands to the terminal, nor turn text around.
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001B": "\\e" };

export function visible(text: string): string {
  return text.replace(
    INVISIBLE,
    (c) => NAMED[c] ?? `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}}`,
  );
}

/** The CSV rule lives with the overview, shared with the board page. */
export { neutralised } from "../../report/excel-csv";
