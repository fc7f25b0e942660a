import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { charts, type Bar, type Chart } from "../charts";
import { usePane } from "../usePane";

const useStyles = makeStyles({
  chart: { margin: `0 0 ${tokens.spacingVerticalL}` },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  summary: { fontSize: tokens.fontSizeBase200, margin: `0 0 ${tokens.spacingVerticalXS}` },
  list: { listStyle: "none", margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(6em, 40%) 1fr",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    minHeight: "20px",
  },
  label: { textAlign: "left", fontSize: tokens.fontSizeBase200 },
  track: {
    position: "relative",
    height: "12px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: { position: "absolute", left: 0, top: 0, bottom: 0, borderRadius: tokens.borderRadiusSmall },
  ok: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  below: { backgroundColor: tokens.colorPaletteRedBackground3 },
  warning: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  normLine: {
    position: "absolute",
    top: "-3px",
    bottom: "-3px",
    width: "2px",
    backgroundColor: tokens.colorNeutralForeground1,
  },
});

function verdict(bar: Bar, chart: Chart): string {
  if (bar.value === null) return "nog niet ingevuld";
  if (bar.judged === "warning") return "haalt de norm alleen precies";
  return bar.value >= chart.norm && bar.judged !== "error" ? "haalt de norm" : "onder de norm";
}

function ChartView({ chart }: { chart: Chart }) {
  const styles = useStyles();
  const { goToField } = usePane();
  const met = chart.bars.filter(
    (b) => b.value !== null && b.value >= chart.norm && b.judged !== "error",
  ).length;
  const normAt = `${(chart.norm / chart.max) * 100}%`;
  return (
    <figure className={styles.chart} aria-labelledby={`grafiek-${chart.rule}`}>
      <h3 id={`grafiek-${chart.rule}`} className={styles.title}>
        {chart.title}
      </h3>
      <p className={styles.summary}>
        {met} van {chart.bars.length} halen de norm ({chart.normText}).
      </p>
      <ul className={styles.list}>
        {chart.bars.map((bar) => {
          const tone =
            bar.value === null
              ? undefined
              : bar.judged === "warning"
                ? styles.warning
                : bar.value >= chart.norm && bar.judged !== "error"
                  ? styles.ok
                  : styles.below;
          return (
            <li key={bar.field} className={styles.row}>
              <Link as="button" className={styles.label} onClick={() => goToField(bar.field)}>
                {bar.label}
              </Link>
              <div
                className={styles.track}
                role="img"
                aria-label={`${bar.label}: ${bar.shown}, ${verdict(bar, chart)} (${chart.normText})`}
              >
                {bar.value !== null && (
                  <div
                    className={`${styles.bar} ${tone ?? ""}`}
                    style={{ width: `${(bar.value / chart.max) * 100}%` }}
                  />
                )}
                <div className={styles.normLine} style={{ left: normAt }} />
              </div>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** Every scored table of the template against its norm, as bars with a norm line. */
export function NormCharts() {
  const { template, evaluation, values } = usePane();
  const list = useMemo(() => charts(template, evaluation, values), [template, evaluation, values]);
  const styles = useStyles();
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="grafieken">
      <h2 id="grafieken" className={styles.heading}>
        Scores tegen de norm
      </h2>
      {list.map((c) => (
        <ChartView key={c.rule} chart={c} />
      ))}
    </section>
  );
}
