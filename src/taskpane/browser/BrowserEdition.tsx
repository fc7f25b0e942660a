import {
  FluentProvider,
  Spinner,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useRef, useState, type DragEvent } from "react";
import type { TemplateId } from "../../model";
import { indexedDbStore, resumeText, type Draft, type DraftStore } from "./draft-store";
import { readBytes } from "./files";
import { loadEngine, type Engine } from "./load-engine";
import { LoadFailure } from "../LoadFailure";
import { OpenScreen } from "./OpenScreen";
import type { Opened } from "./OpenedDocument";
import { usePreferredTheme } from "./usePreferredTheme";

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  dragging: {
    outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: "-8px",
  },
});

// The board page (and its workers) is a chunk of its own: a school filling in its SOP never loads it.
const BoardPage = lazy(() =>
  import(/* webpackChunkName: "board" */ "../board/BoardPage").then((m) => ({
    default: m.BoardPage,
  })),
);

/** The open document's screen with the pane: a chunk of its own, fetched with the engine. */
const loadOpened = () => import(/* webpackChunkName: "pane" */ "./OpenedDocument");
const OpenedDocument = lazy(() => loadOpened().then((m) => ({ default: m.OpenedDocument })));

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * SOP Assistent outside Office: open a .docx or start from a regional template, fill it in with the
 * same pane beside a preview of the document, and download the result. The first screen is this
 * module and the open screen only; the engine and the pane load when a document is opened (ADR 0023).
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
  const theme = usePreferredTheme();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const [board, setBoard] = useState(false);

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
      // The pane's chunk is fetched alongside the engine, so it shows without a second wait.
      const [engine] = await Promise.all([loadEngine(), loadOpened()]);
      const made = await make(engine);
      openings.current += 1;
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
      doc: new engine.DocxDocument(engine.templateDocx(id)),
      name: `SOP ${engine.templateName(id)}.docx`,
      engine,
    }));

  const resume = (draft: Draft) =>
    void open(async (engine) => ({
      doc: new engine.DocxDocument(draft.bytes),
      name: draft.name,
      engine,
    }));

  const loading = (label: string) => <Spinner label={label} />;

  if (board)
    return (
      <FluentProvider
        theme={theme === "dark" ? webDarkTheme : webLightTheme}
        className={styles.root}
        lang="nl"
      >
        <LoadFailure>
          <Suspense fallback={loading("De bestuurspagina wordt geladen…")}>
            <BoardPage today={today} onBack={() => setBoard(false)} />
          </Suspense>
        </LoadFailure>
      </FluentProvider>
    );

  const close = () => {
    setOpened(null);
    setError(undefined);
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
      {!opened ? (
        <OpenScreen
          busy={busy}
          error={error}
          onFile={openFile}
          onTemplate={openTemplate}
          onBoard={() => setBoard(true)}
          resume={kept && { text: resumeText(kept, today()), onResume: () => resume(kept) }}
        />
      ) : (
        <LoadFailure>
          <Suspense fallback={loading("Het document wordt geopend…")}>
            <OpenedDocument
              key={opened.n}
              opened={opened}
              drafts={drafts}
              today={today}
              onClose={close}
            />
          </Suspense>
        </LoadFailure>
      )}
    </FluentProvider>
  );
}
