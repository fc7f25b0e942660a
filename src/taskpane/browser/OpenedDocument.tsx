import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { findTemplate } from "../../model";
import { HelpLink } from "../HelpLink";
import { Pane } from "../Pane";
import { browserPort, showInPreview } from "./browser-port";
import type { DraftStore } from "./draft-store";
import { download, fileNameFor } from "./files";
import type { Engine } from "./load-engine";
import { Preview } from "./Preview";
import { undoHistory } from "./undo-history";
import { useKeeping } from "./useKeeping";
import { useUndoKeys } from "./useUndoKeys";

type Doc = InstanceType<Engine["DocxDocument"]>;
/** An open document; `n` tells one opening from the next. */
export type Opened = { doc: Doc; name: string; engine: Engine; n: number };

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    // Narrow, the pane scrolls with the page: Download stays at the top, in reach.
    "@media (max-width: 800px)": { position: "sticky", top: 0, zIndex: 1 },
  },
  name: {
    flexGrow: 1,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  work: {
    display: "grid",
    gridTemplateColumns: "minmax(300px, 400px) minmax(0, 1fr)",
    alignItems: "start",
    "@media (max-width: 800px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  pane: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
    height: "100vh",
    overflowY: "auto",
    "@media (max-width: 800px)": { position: "static", height: "auto" },
  },
  preview: { padding: tokens.spacingHorizontalL, minWidth: 0 },
  saved: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
});

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * An open document in the browser edition: the header (whether the download is up to date, Undo,
 * Download, Ander document), the pane beside a preview, and the draft kept after every change. A
 * chunk of its own with the pane, loaded when the first document is opened (ADR 0023). Key it by
 * `opened.n`: a new document starts with a new history and status.
 */
export function OpenedDocument({
  opened,
  drafts,
  today,
  onClose,
}: {
  opened: Opened;
  drafts: DraftStore;
  today: () => Date;
  /** Back to the open screen (after asking, when there are changes not downloaded). */
  onClose(): void;
}) {
  const styles = useStyles();
  const [everDownloaded, setEverDownloaded] = useState(false);
  /** Why the last Download failed: shown with a way out, so no work is trapped in the page. */
  const [saveProblem, setSaveProblem] = useState<string>();
  /** How far a running Download is (0 to 1): a large document takes a while to save. */
  const [saving, setSaving] = useState<number>();
  const preview = useRef<HTMLDivElement>(null);
  const flush = useRef<(() => Promise<void>) | null>(null);
  /** The pane's "go to this field": a click on a field in the preview focuses it in the pane. */
  const goTo = useRef<((fieldId: string) => void) | null>(null);

  /** The name a download gets: from the school's name once it is filled in. */
  const downloadName = useCallback(() => {
    const state = opened.doc.readSync();
    const template =
      state.detection.kind === "sop" ? findTemplate(state.detection.template) : undefined;
    const school = template?.schoolField ? state.values[template.schoolField] : undefined;
    return fileNameFor(typeof school === "string" ? school : undefined, opened.name);
  }, [opened]);
  const keeping = useKeeping(opened.doc, downloadName, drafts, today);

  const history = useMemo(() => {
    const recognizing = opened.engine.recognizingDocx(opened.doc);
    const h = undoHistory({
      ...browserPort(opened.doc, (field) => showInPreview(preview.current, field)),
      // A document without SOP fields can be read, bound or carried over right here.
      ...recognizing,
    });
    // Adding fields or carrying the answers over replaces the document: older steps no longer fit.
    const replacing =
      <A extends unknown[]>(act: (...args: A) => Promise<void>) =>
      async (...args: A) => {
        await act(...args);
        h.clear();
      };
    return {
      history: h,
      port: {
        ...h.port,
        bindFields: replacing(recognizing.bindFields),
        importInto: replacing(recognizing.importInto),
        startFromTemplate: replacing(h.port.startFromTemplate),
      },
    };
  }, [opened]);
  const [steps, setSteps] = useState(0);
  useEffect(() => history.history.onSteps(() => setSteps(history.history.steps())), [history]);
  const [undoProblem, setUndoProblem] = useState<string>();
  const undo = useCallback(async () => {
    try {
      // Typing not yet written is written first, so Undo takes back what the person sees.
      await flush.current?.();
      await history.history.undo();
      setUndoProblem(undefined);
    } catch (e) {
      setUndoProblem(message(e));
    }
  }, [history]);
  useUndoKeys(undo);

  const save = async (options: { withoutDamagedParts?: boolean } = {}) => {
    if (saving !== undefined) return;
    setSaving(0);
    try {
      await flush.current?.();
      download(await opened.doc.toBytesAsync(options, setSaving), downloadName());
      setSaveProblem(undefined);
      keeping.downloaded();
      setEverDownloaded(true);
    } catch (e) {
      setSaveProblem(message(e));
    } finally {
      setSaving(undefined);
    }
  };

  /** Changes not downloaded: ask first (the draft stays in this browser either way). */
  const other = async () => {
    // A value still being typed goes into the document (and so into the draft) first.
    await flush.current?.();
    if (
      !keeping.isDirty() ||
      window.confirm(
        "Uw wijzigingen zijn nog niet gedownload. Ze blijven als concept in deze browser bewaard, alleen op deze computer. Toch een ander document openen?",
      )
    )
      onClose();
  };

  /** The values in the shape `sop fill` reads: the work survives even a document that won't save. */
  const saveValues = async () => {
    await flush.current?.();
    const state = await opened.doc.readAll();
    const template = state.detection.kind === "sop" ? state.detection.template : undefined;
    const name = opened.name.replace(/\.docx$/i, "");
    download(
      `${JSON.stringify({ ...(template ? { template } : {}), values: state.values }, null, 2)}\n`,
      `${name} - waarden.json`,
      "application/json",
    );
  };

  return (
    <div>
      <header className={styles.bar}>
        <div className={styles.name}>
          <p className={styles.name}>{opened.name}</p>
          <p className={styles.saved} role="status">
            {keeping.dirty
              ? everDownloaded
                ? "Gewijzigd na de laatste download; bewaard in deze browser"
                : "Nog niet gedownload; bewaard in deze browser"
              : everDownloaded
                ? "Download is bijgewerkt"
                : "Nog niets gewijzigd"}
          </p>
        </div>
        <Button
          disabled={steps === 0}
          aria-keyshortcuts="Control+Z"
          title="Neemt de laatste wijziging terug (Ctrl+Z)"
          onClick={() => void undo()}
        >
          Ongedaan maken
        </Button>
        <Button
          appearance="primary"
          disabledFocusable={saving !== undefined}
          onClick={() => void save()}
        >
          Download .docx
        </Button>
        <Button onClick={() => void other()}>Ander document</Button>
        <HelpLink />
      </header>
      {saving !== undefined && (
        <ProgressBar
          value={saving}
          thickness="large"
          aria-label="Het document wordt opgeslagen"
          aria-valuetext={`${Math.round(saving * 100)}%`}
        />
      )}
      {undoProblem !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>De wijziging kon niet ongedaan worden gemaakt</MessageBarTitle>
            {undoProblem}
          </MessageBarBody>
        </MessageBar>
      )}
      {saveProblem !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Het document kan niet worden opgeslagen</MessageBarTitle>
            {saveProblem} U kunt het opslaan zonder het beschadigde onderdeel (bijvoorbeeld een
            afbeelding), of de ingevulde waarden bewaren om ze later in een goed document te zetten.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void save({ withoutDamagedParts: true })}>
              Opslaan zonder beschadigd onderdeel
            </Button>
            <Button onClick={() => void saveValues()}>Waarden downloaden (JSON)</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div className={styles.work}>
        <aside className={styles.pane} aria-label="SOP Assistent">
          <Pane
            document={history.port}
            today={today}
            host="browser"
            flushRef={flush}
            goToRef={goTo}
          />
        </aside>
        <main className={styles.preview} aria-label="Voorbeeld van het document">
          <Preview
            ref={preview}
            doc={opened.doc}
            engine={opened.engine}
            onPick={(field) => goTo.current?.(field)}
          />
        </main>
      </div>
    </div>
  );
}
