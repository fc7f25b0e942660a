import { DocumentError } from "../errors";

/**
 * Caps on the text a document may hand the rest of SOP Assistent. No SOP comes near them; a
 * document that passes one is refused with a Dutch message instead of eating the memory of a whole
 * folder check.
 */
export const LIMITS = {
  /** Characters in one control's text. */
  controlText: 1_000_000,
  /**
   * Characters of all controls' texts together, nested text counted once per control that holds
   * it: that is what the rules and reports may read.
   */
  totalText: 20_000_000,
};

/**
 * The visible text of the body, collected once. A control keeps where its text starts and ends in
 * it, not a copy: the text of a control inside 450 others is stored once, not 451 times, and each
 * control's string is a slice of the one joined text.
 */
export class TextCollector {
  private readonly chunks: string[] = [];
  /** Characters collected so far: where the next text starts. */
  length = 0;
  /** Runs hidden with `w:vanish` skipped so far, to tell whether a control holds any. */
  hiddenRuns = 0;
  private total = 0;
  private joined: string | undefined;

  add(s: string): void {
    if (s === "") return;
    this.chunks.push(s);
    this.length += s.length;
  }

  /** A control's text, from the offsets taken when it opened and closed. */
  range(start: number, end: number, part: string): { from: number; to: number } {
    const size = end - start;
    if (size > LIMITS.controlText) throw new DocumentError("too-much-text", `(${part})`);
    this.total += size;
    if (this.total > LIMITS.totalText) throw new DocumentError("too-much-text", `(${part})`);
    return { from: start, to: end };
  }

  /** The text between two offsets, without a last paragraph end. */
  text(from: number, to: number): string {
    if (to <= from) return "";
    this.joined ??= this.chunks.join("");
    const end = this.joined.charCodeAt(to - 1) === 10 ? to - 1 : to;
    return this.joined.slice(from, end);
  }
}
