import { makeStyles, tokens } from "@fluentui/react-components";
import { normTitle } from "../../report/norms";
import type { NormTally, ScoreSpread } from "./board-data";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}`,
  },
  list: {
    listStyle: "none",
    padding: 0,
    margin: 0,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(10rem, 22rem) minmax(8rem, 1fr) 8rem",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  bar: {
    display: "flex",
    height: "14px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  met: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  missed: { backgroundColor: tokens.colorPaletteRedBackground3 },
  open: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  spreads: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXXL },
  columns: {
    display: "flex",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    height: "120px",
  },
  column: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "2px",
    width: "3rem",
  },
  count: { fontSize: tokens.fontSizeBase200 },
});

const pct = (n: number, total: number) => `${total === 0 ? 0 : (100 * n) / total}%`;

/** Per norm how many schools meet it; and the scores of the scored tables over all schools. */
export function BoardCharts({
  tallies,
  spreads,
}: {
  tallies: readonly NormTally[];
  spreads: readonly ScoreSpread[];
}) {
  const styles = useStyles();
  return (
    <section aria-labelledby="bestuur-plaatjes">
      <h2 id="bestuur-plaatjes" className={styles.heading}>
        Normen over alle scholen
      </h2>
      <ul className={styles.list}>
        {tallies.map((t) => {
          const total = t.gehaald + t["niet-gehaald"] + t.onvolledig;
          const text = `${t.gehaald} van ${total} ${total === 1 ? "school" : "scholen"} gehaald`;
          return (
            <li key={t.rule} className={styles.row} data-norm={t.rule}>
              <span>
                {t.rule} {normTitle(t.rule)}
              </span>
              <span
                className={styles.bar}
                role="img"
                aria-label={`${normTitle(t.rule)}: ${text}, ${t["niet-gehaald"]} niet gehaald, ${t.onvolledig} onvolledig`}
              >
                <span className={styles.met} style={{ width: pct(t.gehaald, total) }} />
                <span className={styles.missed} style={{ width: pct(t["niet-gehaald"], total) }} />
                <span className={styles.open} style={{ width: pct(t.onvolledig, total) }} />
              </span>
              <span>{text}</span>
            </li>
          );
        })}
      </ul>
      {spreads.length > 0 && (
        <div className={styles.spreads}>
          {spreads.map((s) => {
            const max = Math.max(1, ...s.counts);
            return (
              <figure key={s.rule} data-spread={s.rule}>
                <figcaption>
                  <strong>{s.title}</strong>: alle scores van alle scholen (norm: {s.normText})
                </figcaption>
                <div className={styles.columns}>
                  {s.counts.map((c, i) => (
                    <div key={i} className={styles.column}>
                      <span className={styles.count}>{c}</span>
                      <span
                        className={i + 1 < s.norm ? styles.missed : styles.met}
                        style={{ width: "100%", height: `${(80 * c) / max}px` }}
                        role="img"
                        aria-label={`score ${i + 1}: ${c} keer`}
                      />
                      <span>score {i + 1}</span>
                    </div>
                  ))}
                </div>
              </figure>
            );
          })}
        </div>
      )}
    </section>
  );
}
