export type Theme = "light" | "dark";

/** The parts of `Office.context.officeTheme` looked at (it is missing in some hosts). */
export type OfficeThemeLike = { isDarkTheme?: boolean; bodyBackgroundColor?: string } | undefined;

/** Dark when Office says so, or when the body background is dark (older hosts lack isDarkTheme). */
export function themeOf(theme: OfficeThemeLike): Theme {
  if (typeof theme?.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme?.bodyBackgroundColor ?? "");
  if (!m) return "light";
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => parseInt(h as string, 16) / 255) as [
    number,
    number,
    number,
  ];
  // Perceived brightness (ITU-R BT.601): below the middle reads as a dark theme.
  return 0.299 * r + 0.587 * g + 0.114 * b < 0.5 ? "dark" : "light";
}
