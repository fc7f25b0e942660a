import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
} from "react";
import { Spinner } from "@fluentui/react-components";
import { findTemplate, templates, type TemplateId } from "../../model";
import { Pane } from "../Pane";
import { browserPort, showInPreview } from "./browser-port";
import { loadEngine, type Engine } from "./load-engine";
import { indexedDbStore, resumeText, type Draft, type DraftStore } from "./draft-store";
import { download, fileNameFor, readBytes } from "./files";
import { OpenScreen } from "./OpenScreen";
import { Preview } from "./Preview";
import { useKeeping } from "./useKeeping";
import { usePreferredTheme } from "./usePreferredTheme";

type Doc = InstanceType<Engine["DocxDocument"]>;
/** An open document; `n` tells one opening from the next. */
type Opened = { doc: Doc; name: string; engine: Engine; n: number };

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  dragging: {
    outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: "-8px",
  },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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

// The board page (and its workers) is a chunk of its own: a school filling in its SOP never loads it.
const BoardPage = lazy(() => import("../board/BoardPage").then((m) => ({ default: m.BoardPage })));

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * SOP Assistent outside Office: open a .docx or start from a regional template, fill it in with the
 * same pane beside a preview of the document, and download the result.
 */
export function BrowserEdition({
  today,
  drafts: store,
}: {
  today: () => Date;
  /** Where the draft is kept; IndexedDB unless a test gives another. */
  drafts?: DraftStore;
}) {
  const styles = useStyles();
  const [drafts] = useState(() => store ?? indexedDbStore());
  const [kept, setKept] = useState<Draft>();
  const [everDownloaded, setEverDownloaded] = useState(false);
  const theme = usePreferredTheme();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [board, setBoard] = useState(false);
  /** Why the last Download failed: shown with a way out, so no work is trapped in the page. */
  const [saveProblem, setSaveProblem] = useState<string>();
  /** How far a running Download is (0 to 1): a large document takes a while to save. */
  const [saving, setSaving] = useState<number>();
  const preview = useRef<HTMLDivElement>(null);
  const flush = useRef<(() => Promise<void>) | null>(null);

  /** The name a download gets: from the school's name once it is filled in. */
  const downloadName = useCallback(() => {
    if (!opened) return "SOP.docx";
    const state = opened.doc.readSync();
    const template =
      state.detection.kind === "sop" ? findTemplate(state.detection.template) : undefined;
    const school = template?.schoolField ? state.values[template.schoolField] : undefined;
    return fileNameFor(typeof school === "string" ? school : undefined, opened.name);
  }, [opened]);
  const keeping = useKeeping(opened?.doc, downloadName, drafts, today);

  const port = useMemo(
    () =>
      opened && {
        ...browserPort(opened.doc, (field) => showInPreview(preview.current, field)),
        // A document without SOP fields can be read, bound or carried over right here.
        ...opened.engine.recognizingDocx(opened.doc),
      },
    [opened],
  );

  // The open screen offers the draft kept in this browser.
  useEffect(() => {
    if (opened) return;
    let live = true;
    void drafts.load().then((d) => live && setKept(d));
    return () => {
      live = false;
    };
  }, [opened, drafts]);

  const openings = useRef(0);

  const open = async (make: (engine: Engine) => Promise<Omit<Opened, "n">>) => {
    setBusy(true);
    setError(undefined);
    try {
      const engine = await loadEngine();
      const made = await make(engine);
      openings.current += 1;
      setEverDownloaded(false);
      setOpened({ ...made, n: openings.current });
    } catch (e) {
      setError(message(e));
    } finally {
      setBusy(false);
    }
  };

  const openFile = (file: File) =>
    void open(async (engine) => {
      const bytes = await readBytes(file);
      return { doc: new engine.DocxDocument(bytes), name: file.name, engine };
    });

  const openTemplate = (id: TemplateId) =>
    void open(async (engine) => ({
      doc: new engine.DocxDocument(engine.buildTemplateDocx(templates[id])),
      name: `SOP ${templates[id].name}.docx`,
      engine,
    }));

  const resume = (draft: Draft) =>
    void open(async (engine) => ({
      doc: new engine.DocxDocument(draft.bytes),
      name: draft.name,
      engine,
    }));

  const save = async (options: { withoutDamagedParts?: boolean } = {}) => {
    if (!opened || saving !== undefined) return;
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

  if (board)
    return (
      <FluentProvider
        theme={theme === "dark" ? webDarkTheme : webLightTheme}
        className={styles.root}
        lang="nl"
      >
        <Suspense fallback={<Spinner label="De bestuurspagina wordt geladen…" />}>
          <BoardPage today={today} onBack={() => setBoard(false)} />
        </Suspense>
      </FluentProvider>
    );
  const close = () => {
    setOpened(null);
    setError(undefined);
    setSaveProblem(undefined);
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
      close();
  };

  /** The values in the shape `sop fill` reads: the work survives even a document that won't save. */
  const saveValues = async () => {
    if (!opened) return;
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

  const drop = {
    onDragOver: (e: DragEvent) => {
      if (opened || !e.dataTransfer.types.includes("Files")) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      if (opened) return;
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file) openFile(file);
    },
  };

  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={`${styles.root} ${dragging ? styles.dragging : ""}`}
      lang="nl"
      {...drop}
    >
      {!opened || !port ? (
        <OpenScreen
          busy={busy}
          error={error}
          onFile={openFile}
          onTemplate={openTemplate}
          onBoard={() => setBoard(true)}
          resume={kept && { text: resumeText(kept, today()), onResume: () => resume(kept) }}
        />
      ) : (
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
              appearance="primary"
              disabledFocusable={saving !== undefined}
              onClick={() => void save()}
            >
              Download .docx
            </Button>
            <Button onClick={() => void other()}>Ander document</Button>
          </header>
          {saving !== undefined && (
            <ProgressBar
              value={saving}
              thickness="large"
              aria-label="Het document wordt opgeslagen"
              aria-valuetext={`${Math.round(saving * 100)}%`}
            />
          )}
          {saveProblem !== undefined && (
            <MessageBar intent="error" role="alert" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Het document kan niet worden opgeslagen</MessageBarTitle>
                {saveProblem} U kunt het opslaan zonder het beschadigde onderdeel (bijvoorbeeld een
                afbeelding), of de ingevulde waarden bewaren om ze later in een goed document te
                zetten.
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
              <Pane document={port} today={today} host="browser" flushRef={flush} />
            </aside>
            <main className={styles.preview} aria-label="Voorbeeld van het document">
              <Preview key={opened.n} ref={preview} doc={opened.doc} engine={opened.engine} />
            </main>
          </div>
        </div>
      )}
    </FluentProvider>
  );
}
