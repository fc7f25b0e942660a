import { makeStyles } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Template } from "../../model";
import type { PaneFinding, Shown } from "../severity";
import { labelOf } from "../values";

const useStyles = makeStyles({
  // Read by screen readers, not shown: the messages themselves stand beside their fields.
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

const keyOf = (f: PaneFinding) => `${f.shown}|${f.rule}|${f.fields.join(",")}|${f.message}`;

/** At most this many new messages are read out at once; the rest are counted. */
const SAY_AT_MOST = 3;

const NEW: Readonly<Record<Exclude<Shown, "incomplete">, string>> = {
  error: "Nieuwe fout",
  warning: "Nieuwe waarschuwing",
  info: "Nieuwe tip",
};

/**
 * The pane's one polite live region: a message that appears after an edit is announced once, with its
 * severity and the field it is about ("Nieuwe fout bij Aantal locaties."), when the screen reader is
 * done with what it was saying; the message itself is the field's description, read with the field,
 * so it is not shown (or read) twice. The messages a document already had when it was opened are not
 * announced (they are listed in Normen), nor the lists of empty fields, nor what only waits for more
 * input ("onvolledig", ADR 0027) — until it becomes a real message, which is then new.
 */
export function Announcer({
  findings,
  template,
  source,
}: {
  findings: readonly PaneFinding[];
  template: Template;
  /** The document the findings are about: another one starts afresh, its messages unread. */
  source: unknown;
}) {
  const styles = useStyles();
  const known = useRef<Set<string> | null>(null);
  const of = useRef<unknown>(source);
  const [text, setText] = useState("");
  useEffect(() => {
    const shown = findings.filter((f) => f.rule !== "R-REQUIRED" && f.shown !== "incomplete");
    const before = of.current === source ? known.current : null;
    of.current = source;
    known.current = new Set(shown.map(keyOf));
    if (before === null) return;
    const fresh = shown.filter((f) => !before.has(keyOf(f)));
    if (fresh.length === 0) return;
    const said = fresh.slice(0, SAY_AT_MOST).map((f) => {
      const id = f.fields[0];
      const field = id === undefined ? undefined : template.byId.get(id)?.field;
      const kind = NEW[f.shown === "incomplete" ? f.severity : f.shown];
      return field ? `${kind} bij ${labelOf(field)}.` : `${kind}.`;
    });
    const more = fresh.length - said.length;
    setText([...said, ...(more > 0 ? [`En nog ${more} meldingen.`] : [])].join(" "));
  }, [findings, source, template]);
  return (
    <div role="status" aria-live="polite" aria-label="Meldingen" className={styles.hidden}>
      {text}
    </div>
  );
}
