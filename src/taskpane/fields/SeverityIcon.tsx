import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { SHOWN_LABEL, type Shown } from "../severity";

const useStyles = makeStyles({
  icon: { flexShrink: 0, width: "14px", height: "14px", verticalAlign: "-2px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  incomplete: { color: tokens.colorNeutralForeground3 },
});

/**
 * Each severity its own shape as well as its own colour (a person who does not tell red from orange
 * still tells a diamond from a triangle): error a diamond with a cross, warning a triangle with an
 * exclamation mark, info a circle with an i, "onvolledig" an open ring with three dots (more is to
 * come), in a neutral grey. Drawn here rather than taken from an icon package: three
 * small paths cost less than a dependency.
 */
const SHAPES: Readonly<Record<Shown, string>> = {
  error:
    "M8 .6 15.4 8 8 15.4.6 8zM5.6 4.6 4.6 5.6 7 8l-2.4 2.4 1 1L8 9l2.4 2.4 1-1L9 8l2.4-2.4-1-1L8 7z",
  warning: "M8 1 15.5 14.5H.5zM7.2 5.5v4.6h1.6V5.5zM7.2 11.2v1.6h1.6v-1.6z",
  info: "M8 .5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15zM7.2 6.8v5.7h1.6V6.8zM7.2 3.8v1.6h1.6V3.8z",
  incomplete:
    "M8 .5a7.5 7.5 0 1 1 0 15 7.5 7.5 0 0 1 0-15zm0 1.5a6 6 0 1 0 0 12A6 6 0 0 0 8 2zM3.9 7.1h1.8v1.8H3.9zM7.1 7.1h1.8v1.8H7.1zM10.3 7.1h1.8v1.8h-1.8z",
};

/**
 * The icon of a severity, named for screen readers ("Fout", "Waarschuwing", "Tip", "Onvolledig"),
 * or hidden from them where the word stands beside it (`decorative`).
 */
export function SeverityIcon({
  severity,
  className,
  decorative = false,
}: {
  severity: Shown;
  className?: string;
  decorative?: boolean;
}) {
  const styles = useStyles();
  return (
    <svg
      viewBox="0 0 16 16"
      {...(decorative
        ? { "aria-hidden": true }
        : { role: "img", "aria-label": SHOWN_LABEL[severity] })}
      className={mergeClasses(styles.icon, styles[severity], className)}
      fill="currentColor"
      fillRule="evenodd"
    >
      <path d={SHAPES[severity]} />
    </svg>
  );
}
