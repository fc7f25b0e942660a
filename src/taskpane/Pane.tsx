import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type MutableRefObject,
} from "react";
import type { SopDocument } from "../document/port";
import { financeCheck } from "./finance";
import { focusTarget } from "./focus";
import { errorsBySection } from "./navigation";
import { paneFindings, type PaneFinding } from "./severity";
import { PaneContext, type Host, type PaneContextValue } from "./usePane";
import { useRecognition } from "./useRecognition";
import { useSopDocument } from "./useSopDocument";
import { BoardView } from "./views/BoardView";
import { Announcer } from "./views/Announcer";
import { FillView } from "./views/FillView";
import { FinanceView } from "./views/FinanceView";
import { NewSop } from "./views/NewSop";
import { NormsView } from "./views/NormsView";
import { detectionText } from "./views/problems";
import { RecognizedStart } from "./views/RecognizedStart";
import { StartView } from "./views/StartView";
import { TabStrip, type TabItem } from "./views/TabStrip";

export type PaneProps = {
  document: SopDocument;
  today: () => Date;
  host: Host;
  /** Receives the pane's flush, for a host that must save typing before it reads the document. */
  flushRef?: MutableRefObject<(() => Promise<void>) | null>;
  /** Receives the pane's "go to this field", for a host that lets a person pick a field elsewhere. */
  goToRef?: MutableRefObject<((fieldId: string) => void) | null>;
};

type View = "start" | "invullen" | "normen" | "financien" | "bestuur";

const useStyles = makeStyles({
  pane: { padding: tokens.spacingHorizontalM, boxSizing: "border-box" },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalS}`,
    color: tokens.colorBrandForeground1,
  },
  message: { marginBottom: tokens.spacingVerticalS },
  text: { margin: `0 0 ${tokens.spacingVerticalM}` },
});

/** The pane's views over one document; knows the port only. */
export function Pane({ document, today, host, flushRef, goToRef }: PaneProps) {
  const styles = useStyles();
  const sop = useSopDocument(document, today);
  const recognized = useRecognition(document, sop.state);
  const [view, setView] = useState<View>("start");
  const [open, setOpen] = useState<readonly string[]>([]);
  const [focus, setFocus] = useState<{ field: string; n: number } | null>(null);
  /**
   * Focus goes to the document's heading when it is shown after an action: opening it in the browser
   * edition (the pane is made for it), or starting a template. Word's own opening of the pane is not
   * one: there the person may be in the document.
   */
  const [land, setLand] = useState(host === "browser");
  const landed = useCallback(() => setLand(false), []);
  const root = useRef<HTMLDivElement>(null);
  /** The field the person was last at in the pane: "Volgende …" goes on from there. */
  const here = useRef<string | undefined>(undefined);
  /** The field that has focus in the pane: a text there may still be on its way (ADR 0027). */
  const [editing, setEditing] = useState<string>();
  const { template, evaluation, state } = sop;

  const findings = useMemo(
    () =>
      evaluation ? paneFindings(evaluation.findings, { editing, missing: evaluation.missing }) : [],
    [evaluation, editing],
  );
  const findingsByField = useMemo(() => {
    const map = new Map<string, PaneFinding[]>();
    for (const f of findings) {
      const first = f.fields[0];
      if (f.rule === "R-REQUIRED" || first === undefined) continue;
      map.set(first, [...(map.get(first) ?? []), f]);
    }
    return map;
  }, [findings]);

  const goToField = useCallback(
    (field: string) => {
      const entry = template?.byId.get(field);
      if (!entry) return;
      setView("invullen");
      setOpen((o) => (o.includes(entry.sectionId) ? o : [...o, entry.sectionId]));
      setFocus((f) => ({ field, n: (f?.n ?? 0) + 1 }));
      // The document follows where it can; a field it cannot select is still shown in the pane.
      document.select(field).catch(() => undefined);
    },
    [template, document],
  );

  useEffect(() => {
    if (!focus) return;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const attempt = () => {
      const target = root.current && focusTarget(root.current, focus.field);
      if (target) {
        target.focus();
        target.scrollIntoView?.({ block: "center" });
      } else if (tries++ < 10) timer = setTimeout(attempt, 30);
    };
    attempt();
    return () => clearTimeout(timer);
  }, [focus]);

  useEffect(() => {
    if (flushRef) flushRef.current = sop.flush;
  }, [flushRef, sop.flush]);

  useEffect(() => {
    if (goToRef) goToRef.current = goToField;
  }, [goToRef, goToField]);

  /**
   * Remembers where the person is; in the browser edition the preview follows (Word's own cursor is
   * left where the person put it: moving it on every Tab would fight them).
   */
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    const field = (e.target as HTMLElement).closest<HTMLElement>("[data-field]")?.dataset.field;
    setEditing(field);
    if (field === undefined || field === here.current) return;
    here.current = field;
    if (host === "browser") document.select(field).catch(() => undefined);
  };
  /** Focus leaving the pane (to the document, or nowhere) ends the typing in a field. */
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
      setEditing(undefined);
  };

  // Back to Start when another document (or template) is opened.
  useEffect(() => setView("start"), [document, template]);

  if (!state && !sop.readError) {
    return (
      <div className={styles.pane}>
        <Spinner label="Het document wordt gelezen…" />
      </div>
    );
  }

  if (recognized && state) {
    return (
      <div className={styles.pane} ref={root}>
        <h1 className={styles.title}>SOP Assistent</h1>
        <RecognizedStart document={document} recognized={recognized} host={host} />
      </div>
    );
  }

  if (!template || !evaluation || !state) {
    return (
      <div className={styles.pane} ref={root}>
        <h1 className={styles.title}>SOP Assistent</h1>
        {sop.readError ? (
          <MessageBar intent="error" layout="multiline" className={styles.message}>
            <MessageBarBody>{sop.readError}</MessageBarBody>
          </MessageBar>
        ) : (
          <p className={styles.text}>{state ? detectionText(state.detection) : ""}</p>
        )}
        <p className={styles.text}>
          Begin een nieuw schoolondersteuningsprofiel met het sjabloon van uw samenwerkingsverband:
        </p>
        <NewSop
          document={document}
          onStarted={() => {
            setLand(true);
            void sop.reload();
          }}
        />
      </div>
    );
  }

  const finance = financeCheck(template);
  const pane: PaneContextValue = {
    ...sop,
    document,
    host,
    template,
    state,
    evaluation,
    findings,
    findingsByField,
    goToField,
    currentField: () => here.current,
  };
  const errors = [...errorsBySection(template, findings).values()].reduce((a, b) => a + b, 0);
  const views: TabItem<View>[] = [
    { value: "start", name: "Start" },
    { value: "invullen", name: "Invullen", errors },
    { value: "normen", name: "Normen" },
    ...(finance ? [{ value: "financien", name: "Financiën" } as const] : []),
    { value: "bestuur", name: "Klaar voor bestuur" },
  ];
  const current = views.some((v) => v.value === view) ? view : "start";
  const first = evaluation.missing[0];

  return (
    <PaneContext.Provider value={pane}>
      <div className={styles.pane} ref={root} onFocus={onFocus} onBlur={onBlur}>
        <h1 className={styles.title}>SOP Assistent</h1>
        <Announcer key={template.id} findings={findings} template={template} source={document} />
        {sop.writeError && (
          <MessageBar intent="error" layout="multiline" className={styles.message}>
            <MessageBarBody>Niet opgeslagen in het document. {sop.writeError}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={sop.dismissWriteError}>
                Sluiten
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <TabStrip<View> items={views} selected={current} onSelect={setView} />
        <div role="tabpanel" aria-labelledby={`tab-${current}`}>
          {current === "start" && (
            <StartView
              onContinue={() => (first !== undefined ? goToField(first) : setView("invullen"))}
              land={land}
              onLanded={landed}
            />
          )}
          {current === "invullen" && <FillView open={open} onOpenChange={setOpen} />}
          {current === "normen" && <NormsView today={today} />}
          {current === "financien" && finance && <FinanceView check={finance} today={today} />}
          {current === "bestuur" && <BoardView />}
        </div>
      </div>
    </PaneContext.Provider>
  );
}
