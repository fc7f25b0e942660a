/**
 * How documents draw a tick, as data: the recognizer reads these, never a list of its own.
 * Symbol fonts store a private-use code (`w:sym w:char="F0FE"`); the table says what each draws.
 */

/** Glyphs that show a ticked or an empty box, typed as text (U+2612, U+2611, U+2610 and kin). */
export const GLYPHS = {
  checked: ["☒", "☑", "⊠", "🗹", "🗷", "⌧"],
  unchecked: ["☐", "□", "❑", "❏", "⬜", "🗆"],
} as const;

/** What a school types in an option cell to tick it. Compared after trimming; case matters not. */
export const TYPED_MARKS: readonly string[] = ["x", "✓", "✔", "●", "■", "v", "✗", "✘", "•", "*"];

/**
 * Characters of symbol fonts (the low byte of `w:char`; Word stores them as F0xx) that draw a box.
 * Sources: the character maps of Wingdings, Wingdings 2 and Webdings; MS Gothic and Segoe UI Symbol
 * store the Unicode glyph itself.
 */
export const SYMBOL_FONTS: Readonly<Record<string, { checked: number[]; unchecked: number[] }>> = {
  wingdings: { checked: [0xfe, 0xfd, 0x78, 0xfc, 0xfb, 0xef], unchecked: [0xa8, 0x6f, 0x71, 0x70] },
  "wingdings 2": {
    checked: [0x52, 0x53, 0x54, 0x51, 0x50, 0x4f, 0xce, 0xcf],
    unchecked: [0xa3, 0x2a, 0xa2, 0xa4],
  },
  webdings: { checked: [0x61, 0x72], unchecked: [0x63, 0x67] },
};
