import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useRef, useState, type DragEvent } from "react";
import { findTemplate, templates, type TemplateId } from "../../model";
import { Pane } from "../Pane";
import { browserPort, showInPreview } from "./browser-port";
import { loadEngine, type Engine } from "./load-engine";
import { download, fileNameFor, readBytes } from "./files";
import { OpenScreen } from "./OpenScreen";
import { Preview } from "./Preview";
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
});

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * SOP Assistent outside Office: open a .docx or start from a regional template, fill it in with the
 * same pane beside a preview of the document, and download the result.
 */
export function BrowserEdition({ today }: { today: () => Date }) {
  const styles = useStyles();
  const theme = usePreferredTheme();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  /** Why the last Download failed: shown with a way out, so no work is trapped in the page. */
  const [saveProblem, setSaveProblem] = useState<string>();
  const preview = useRef<HTMLDivElement>(null);
  const flush = useRef<(() => Promise<void>) | null>(null);

  const port = useMemo(
    () => opened && browserPort(opened.doc, (field) => showInPreview(preview.current, field)),
    [opened],
  );

  const openings = useRef(0);

  const open = async (make: (engine: Engine) => Promise<Omit<Opened, "n">>) => {
    setBusy(true);
    setError(undefined);
    try {
      const engine = await loadEngine();
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
      doc: new engine.DocxDocument(engine.buildTemplateDocx(templates[id])),
      name: `SOP ${templates[id].name}.docx`,
      engine,
    }));

  const save = async (options: { withoutDamagedParts?: boolean } = {}) => {
    if (!opened) return;
    try {
      await flush.current?.();
      const state = await opened.doc.readAll();
      const template =
        state.detection.kind === "sop" ? findTemplate(state.detection.template) : undefined;
      const school = template?.schoolField ? state.values[template.schoolField] : undefined;
      download(
        opened.doc.toBytes(options),
        fileNameFor(typeof school === "string" ? school : undefined, opened.name),
      );
      setSaveProblem(undefined);
    } catch (e) {
      setSaveProblem(message(e));
    }
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
        <OpenScreen busy={busy} error={error} onFile={openFile} onTemplate={openTemplate} />
      ) : (
        <div>
          <header className={styles.bar}>
            <p className={styles.name}>{opened.name}</p>
            <Button appearance="primary" onClick={() => void save()}>
              Download .docx
            </Button>
            <Button
              onClick={() => {
                setOpened(null);
                setError(undefined);
                setSaveProblem(undefined);
              }}
            >
              Ander document
            </Button>
          </header>
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
