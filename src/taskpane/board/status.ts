import type { NormStatus } from "../../report/norms";

/** A norm status as the board page shows it: an icon, the word, and a colour (never colour alone). */
export const STATUS_LOOK: Readonly<
  Record<NormStatus, { icon: string; text: string; color: "success" | "danger" | "warning" }>
> = {
  gehaald: { icon: "✓", text: "gehaald", color: "success" },
  "niet-gehaald": { icon: "✗", text: "niet gehaald", color: "danger" },
  onvolledig: { icon: "…", text: "onvolledig", color: "warning" },
};
