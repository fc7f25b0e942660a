import {
  Button,
  Field,
  Input,
  Textarea,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { draftGoals, goalChanges, type GoalText } from "../../rules";
import { usePane } from "../usePane";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  draft: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const dayOf = (d: Date) => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

/**
 * An ontwikkeldoel drafted for every norm not met: the director reads it, edits it and takes it
 * over; only then is it written, into the template's place for goals.
 */
export function GoalDrafts({ today }: { today: () => Date }) {
  const styles = useStyles();
  const { template, values, evaluation, write } = usePane();
  const [edits, setEdits] = useState<Readonly<Record<string, GoalText>>>({});
  const [later, setLater] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<string>();
  const status = useRef<HTMLParagraphElement>(null);
  /** A draft was taken or put off: focus goes on to the proposal after it (or before it). */
  const [moveOn, setMoveOn] = useState<{ to: string | undefined } | null>(null);
  // The day, not the Date object, decides the tijdpad: a string keeps the memo from redoing it.
  const day = JSON.stringify(dayOf(today()));
  const drafts = useMemo(
    () => draftGoals(template, values, evaluation, JSON.parse(day) as ReturnType<typeof dayOf>),
    [template, values, evaluation, day],
  ).filter((d) => !later.has(d.rule));

  // The next proposal gets focus; with none left (or gone with the goal just written), the line that
  // says what happened.
  useEffect(() => {
    if (!moveOn) return;
    setMoveOn(null);
    const heading = moveOn.to && document.getElementById(`doel-${moveOn.to}`);
    (heading || status.current)?.focus();
  }, [moveOn]);

  return (
    <section aria-labelledby="ontwikkeldoelen">
      <h2 id="ontwikkeldoelen" className={styles.heading}>
        Ontwikkeldoelen
      </h2>
      <p ref={status} tabIndex={-1} role="status" aria-live="polite">
        {done ?? (drafts.length === 0 ? "Geen norm zonder ontwikkeldoel." : "")}
      </p>
      {drafts.map((draft, at) => {
        const goal = edits[draft.rule] ?? draft;
        const set = (part: keyof GoalText, text: string) =>
          setEdits((e) => ({ ...e, [draft.rule]: { ...goal, [part]: text } }));
        const changes = goalChanges(template, values, goal);
        const id = `doel-${draft.rule}`;
        return (
          <section key={draft.rule} className={styles.draft} aria-labelledby={id}>
            <h3 id={id} className={styles.title} tabIndex={-1}>
              Voorstel bij {draft.title}
            </h3>
            <Text size={200}>Nog niet in het document. Pas het aan en neem het over.</Text>
            <Field label="Doel">
              <Textarea
                value={goal.doel}
                resize="vertical"
                rows={draft.activiteiten === undefined ? 5 : 3}
                onChange={(_, d) => set("doel", d.value)}
              />
            </Field>
            {draft.activiteiten !== undefined && (
              <Field label="Activiteiten">
                <Textarea
                  value={goal.activiteiten ?? ""}
                  resize="vertical"
                  onChange={(_, d) => set("activiteiten", d.value)}
                />
              </Field>
            )}
            {draft.tijdpad !== undefined && (
              <Field label="Tijdpad">
                <Input value={goal.tijdpad ?? ""} onChange={(_, d) => set("tijdpad", d.value)} />
              </Field>
            )}
            {!changes && (
              <Text size={200} weight="semibold">
                Er is geen lege rij meer voor een ontwikkeldoel. Maak een rij leeg, of schrijf het
                doel zelf in een bestaande rij.
              </Text>
            )}
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={!changes || goal.doel.trim() === ""}
                onClick={() => {
                  if (!changes) return;
                  write(changes, "now");
                  setDone(`Ontwikkeldoel bij ${draft.title} staat in het document.`);
                  setMoveOn({ to: (drafts[at + 1] ?? drafts[at - 1])?.rule });
                }}
              >
                Overnemen in het document
              </Button>
              <Button
                appearance="subtle"
                onClick={() => {
                  setLater((l) => new Set([...l, draft.rule]));
                  setDone(`Voorstel bij ${draft.title} verborgen tot de volgende keer.`);
                  setMoveOn({ to: (drafts[at + 1] ?? drafts[at - 1])?.rule });
                }}
              >
                Niet nu
              </Button>
            </div>
          </section>
        );
      })}
    </section>
  );
}
