import type { RequirementSet } from "../../../src/document/word/api";

/** The highest version of each requirement set the simulated Word supports (absent: none). */
export type Sets = Partial<Record<RequirementSet, string>>;

/** Microsoft 365 for Windows or Mac. */
export const DESKTOP: Sets = { WordApi: "1.9", WordApiDesktop: "1.3" };
/** Word on the web: no desktop-only sets. */
export const WEB: Sets = { WordApi: "1.9" };
/** The oldest Word the manifest admits. */
export const OLDEST: Sets = { WordApi: "1.7" };

/** The set each control type needs before `getContentControls` may name it. */
export const TYPE_NEEDS: Record<string, readonly [RequirementSet, string]> = {
  RichText: ["WordApi", "1.5"],
  PlainText: ["WordApi", "1.5"],
  CheckBox: ["WordApi", "1.7"],
  DropDownList: ["WordApi", "1.9"],
  ComboBox: ["WordApi", "1.9"],
  DatePicker: ["WordApiDesktop", "1.3"],
  Picture: ["WordApiDesktop", "1.3"],
  RepeatingSection: ["WordApiDesktop", "1.3"],
  BuildingBlockGallery: ["WordApiDesktop", "1.3"],
  Group: ["WordApiDesktop", "1.3"],
};

/** "1.10" is newer than "1.9". */
export function atLeast(have: string | undefined, want: string): boolean {
  if (have === undefined) return false;
  const [a = 0, b = 0] = have.split(".").map(Number);
  const [c = 0, d = 0] = want.split(".").map(Number);
  return a > c || (a === c && b >= d);
}
