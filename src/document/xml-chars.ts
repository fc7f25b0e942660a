/**
 * Characters XML 1.0 forbids in a document: C0 controls other than tab, line feed and carriage
 * return, lone surrogates, U+FFFE and U+FFFF. A part holding one is refused by Word and LibreOffice
 * as unreadable, so none is ever written. A line break and a tab are written the way Word writes
 * them (`w:br`, `w:tab`); any other is refused by `fill` and removed by the pane as it is typed.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these control characters are what it looks for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FORBIDDEN_ALL = new RegExp(FORBIDDEN.source, "g");

/** The first forbidden character, as `U+0007`, or undefined when there is none. */
export function forbiddenCharacter(text: string): string | undefined {
  const m = FORBIDDEN.exec(text);
  if (!m) return undefined;
  return `U+${(m[0].charCodeAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The text without forbidden characters (what the pane keeps of what is typed or pasted). */
export function withoutForbiddenCharacters(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, "") : text;
}

/**
 * The first byte sequence in UTF-8 XML that stands for a forbidden character: a C0 control byte
 * other than tab, LF, CR, or EF BF BE / EF BF BF (U+FFFE, U+FFFF). The encoder has already
 * replaced lone surrogates. Checked on every part before it is written.
 */
export function forbiddenByte(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13) return b;
    if (b === 0xef && bytes[i + 1] === 0xbf && (bytes[i + 2] === 0xbe || bytes[i + 2] === 0xbf))
      return bytes[i + 2] === 0xbe ? 0xfffe : 0xffff;
  }
  return undefined;
}
