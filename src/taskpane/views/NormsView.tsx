import { Badge, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useMemo } from "react";
import type { Severity } from "../../model";
import { norms, type NormStatus } from "../norms";
import { usePane } from "../usePane";
import { FindingLinks } from "./FindingLinks";
import { GoalDrafts } from "./GoalDrafts";

// The charts are not needed to start the pane; they load when Normen is first opened.
const NormCharts = lazy(() => import("./NormCharts").then((m) => ({ default: m.NormCharts })));

const useStyles = makeStyles({
  norm: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  head: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 0`,
  },
  group: { fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalXS} 0 0` },
});

const STATUS: Readonly<
  Record<NormStatus, { text: string; color: "success" | "danger" | "warning" }>
> = {
  gehaald: { text: "Gehaald", color: "success" },
  "niet-gehaald": { text: "Niet gehaald", color: "danger" },
  onvolledig: { text: "Onvolledig", color: "warning" },
};

const GROUPS: readonly [Severity, string][] = [
  ["error", "Fouten"],
  ["warning", "Waarschuwingen"],
  ["info", "Tips"],
];

/** Each norm with its status and findings, and the scored tables against their norms. */
export function NormsView({ today }: { today: () => Date }) {
  const styles = useStyles();
  const { evaluation } = usePane();
  const list = useMemo(() => norms(evaluation), [evaluation]);
  return (
    <div>
      <Suspense fallback={<Spinner size="tiny" label="Grafieken laden…" />}>
        <NormCharts />
      </Suspense>
      <GoalDrafts today={today} />
      <h2 className={styles.heading}>Normen en controles</h2>
      {list.map((norm) => (
        <section key={norm.rule} className={styles.norm} aria-labelledby={`norm-${norm.rule}`}>
          <div className={styles.head}>
            <h3 id={`norm-${norm.rule}`} className={styles.title}>
              {norm.title}
            </h3>
            <Badge appearance="tint" color={STATUS[norm.status].color}>
              {STATUS[norm.status].text}
            </Badge>
            {norm.answered && (
              <Badge appearance="outline" color="informative">
                Beantwoord met een ontwikkeldoel
              </Badge>
            )}
          </div>
          {GROUPS.map(([severity, name]) => {
            const found = norm.findings.filter((f) => f.severity === severity);
            if (found.length === 0) return null;
            return (
              <div key={severity}>
                <p className={styles.group}>
                  {name} ({found.length})
                </p>
                <FindingLinks findings={found} />
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
