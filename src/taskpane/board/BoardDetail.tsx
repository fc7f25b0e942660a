import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { FileResult } from "../../report/check-file";
import { normTitle } from "../../report/norms";
import type { Finding } from "../../rules";
import { SEVERITY_LABEL, bySeverity } from "../severity";
import { schoolOf } from "./board-data";
import { STATUS_LOOK } from "./status";

const useStyles = makeStyles({
  root: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalL} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  head: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    alignItems: "baseline",
    flexWrap: "wrap",
  },
  title: { fontSize: tokens.fontSizeBase500, margin: 0, flexGrow: 1 },
  norm: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  normHead: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline" },
  normTitle: { fontSize: tokens.fontSizeBase300, margin: 0 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

function Findings({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  if (findings.length === 0) return null;
  return (
    <ul className={styles.list}>
      {bySeverity(findings).map((f, i) => (
        <li key={i}>
          <strong>{SEVERITY_LABEL[f.severity]}</strong> [{f.rule}] {f.message}
        </li>
      ))}
    </ul>
  );
}

/** One school's findings, grouped per norm with its status as the pane's Normen shows them. */
export function BoardDetail({ result, onClose }: { result: FileResult; onClose(): void }) {
  const styles = useStyles();
  const title = useRef<HTMLHeadingElement>(null);
  // Below a long table the findings would be out of sight: bring them in view, and focus there.
  useEffect(() => {
    title.current?.scrollIntoView?.({ block: "start" });
    title.current?.focus();
  }, [result]);
  const heading = (
    <div className={styles.head}>
      <h2 id="bestuur-detail" className={styles.title} ref={title} tabIndex={-1}>
        {schoolOf(result)}
      </h2>
      <Button onClick={onClose}>Sluiten</Button>
    </div>
  );
  if (result.kind === "unreadable")
    return (
      <section className={styles.root} aria-labelledby="bestuur-detail">
        {heading}
        <p>
          {result.file}: niet te lezen. {result.error}
        </p>
      </section>
    );
  const inNorms = new Set(result.norms.map((n) => n.rule));
  const other = result.findings.filter((f) => !inNorms.has(f.rule));
  return (
    <section className={styles.root} aria-labelledby="bestuur-detail">
      {heading}
      <p>
        {result.file} · {result.template.name} ·{" "}
        {result.ready ? "klaar voor het bestuur" : "nog niet klaar voor het bestuur"} ·{" "}
        {result.progress.filled} van {result.progress.required} velden ingevuld
      </p>
      {result.norms.map((n) => {
        const look = STATUS_LOOK[n.status];
        return (
          <section key={n.rule} className={styles.norm} aria-label={normTitle(n.rule)}>
            <div className={styles.normHead}>
              <h3 className={styles.normTitle}>{normTitle(n.rule)}</h3>
              <Badge appearance="tint" color={look.color}>
                {look.icon} {look.text}
              </Badge>
            </div>
            <Findings findings={result.findings.filter((f) => f.rule === n.rule)} />
          </section>
        );
      })}
      {other.length > 0 && (
        <section className={styles.norm} aria-label="Overige bevindingen">
          <h3 className={styles.normTitle}>Overige bevindingen</h3>
          <Findings findings={other} />
        </section>
      )}
    </section>
  );
}
