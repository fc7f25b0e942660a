import {
  Button,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useRef, useState, type DragEvent } from "react";
import { overviewCsv, safeCsvCell } from "../../report/excel-csv";
import { normColumns } from "../../report/overview";
import type { DutchDate } from "../../rules";
import { download } from "../browser/files";
import {
  addSpreads,
  normTallies,
  sortEntries,
  type BoardEntry,
  type Sort,
  type SortKey,
} from "./board-data";
import { BoardCharts } from "./BoardCharts";
import { BoardDetail } from "./BoardDetail";
import { BoardTable } from "./BoardTable";
import { fromDrop, fromFileList } from "./choose-files";
import { readFiles, type Chosen } from "./read-files";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const useStyles = makeStyles({
  main: { padding: tokens.spacingHorizontalXL, "@media print": { padding: 0 } },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  title: { fontSize: tokens.fontSizeHero700, margin: `${tokens.spacingVerticalM} 0` },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    margin: `${tokens.spacingVerticalM} 0`,
  },
  dragging: {
    outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  screenOnly: { "@media print": { display: "none" } },
  // Without the bar's width transition: moved five times a second, it never stopped animating,
  // and every frame of it (layout, paint) took a core from the workers reading the files.
  still: { transitionProperty: "none" },
});

const todayOf = (d: Date): DutchDate => ({
  year: d.getFullYear(),
  month: d.getMonth() + 1,
  day: d.getDate(),
});

/**
 * "SOP's controleren (bestuur)": the board chooses or drops many SOPs or a folder and sees a row per
 * school, each school's findings, the norms over all schools, and exports them. Every file is read
 * in this browser (web workers); nothing leaves the computer.
 */
export function BoardPage({ today, onBack }: { today: () => Date; onBack(): void }) {
  const styles = useStyles();
  const [entries, setEntries] = useState<BoardEntry[]>([]);
  const [total, setTotal] = useState(0);
  const [done, setDone] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [sort, setSort] = useState<Sort>({ key: { by: "school" }, descending: false });
  const [selected, setSelected] = useState<number>();
  const [dragging, setDragging] = useState(false);
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  const start = (chosen: Chosen[]) => {
    if (chosen.length === 0) {
      setError(
        "Er zit geen .docx-bestand bij. Kies de SOP's (Word-documenten) of de map waarin ze staan.",
      );
      return;
    }
    setError(undefined);
    setEntries([]);
    setSelected(undefined);
    setTotal(chosen.length);
    setDone(0);
    setBusy(true);
    // Results come in fast: while reading, only the count moves (at most every 200 ms); the table,
    // its sorting and the pictures are made once, when every file is in.
    const all: BoardEntry[] = [];
    let shown = 0;
    void readFiles(chosen, todayOf(today()), (entry) => {
      all.push(entry);
      const now = performance.now();
      if (now - shown > 200) {
        shown = now;
        setDone(all.length);
      }
    }).then(() => {
      setEntries(all);
      setDone(all.length);
      setBusy(false);
    });
  };

  const results = useMemo(
    () => [...entries].sort((a, b) => a.n - b.n).map((e) => e.result),
    [entries],
  );
  const norms = useMemo(() => normColumns(results), [results]);
  const sorted = useMemo(() => sortEntries(entries, sort), [entries, sort]);
  const tallies = useMemo(() => normTallies(entries), [entries]);
  const spreads = useMemo(() => addSpreads(entries), [entries]);
  const chosen = entries.find((e) => e.n === selected);

  const onSort = (key: SortKey) =>
    setSort((was) => ({
      key,
      descending: JSON.stringify(was.key) === JSON.stringify(key) ? !was.descending : false,
    }));

  const exportXlsx = async () => {
    try {
      // The spreadsheet library is loaded only when a board asks for a workbook.
      const { boardWorkbook } = await import("../../report/workbook");
      download(await boardWorkbook(results), "SOP-overzicht.xlsx", XLSX_TYPE);
    } catch (e) {
      setError(
        `Het Excel-bestand kon niet worden gemaakt: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
  };

  const drop = {
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes("Files")) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void fromDrop(e.dataTransfer).then(start);
    },
  };

  return (
    <main className={styles.main} {...drop}>
      <div className={`${styles.bar} ${styles.screenOnly}`}>
        <Button onClick={onBack}>Terug</Button>
      </div>
      <h1 className={styles.title}>SOP's controleren (bestuur)</h1>
      <div className={`${styles.drop} ${dragging ? styles.dragging : ""} ${styles.screenOnly}`}>
        <p>
          Kies de ontvangen SOP's (.docx) of de map waarin ze staan, of sleep ze naar deze pagina.
          De bestanden worden alleen op deze computer gelezen; niets wordt verstuurd.
        </p>
        <input
          ref={files}
          type="file"
          multiple
          hidden
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-label="Kies SOP's (.docx)"
          onChange={(e) => {
            const list = fromFileList(e.currentTarget.files);
            e.currentTarget.value = "";
            start(list);
          }}
        />
        <input
          ref={folder}
          type="file"
          hidden
          aria-label="Kies een map met SOP's"
          {...{ webkitdirectory: "", directory: "" }}
          onChange={(e) => {
            const list = fromFileList(e.currentTarget.files);
            e.currentTarget.value = "";
            start(list);
          }}
        />
        <div className={styles.bar}>
          <Button appearance="primary" disabled={busy} onClick={() => files.current?.click()}>
            Bestanden kiezen…
          </Button>
          <Button disabled={busy} onClick={() => folder.current?.click()}>
            Map kiezen…
          </Button>
        </div>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {total > 0 && (
        <p role="status" aria-live="polite">
          {busy
            ? `${done} van ${total} SOP's gelezen…`
            : `${total} ${total === 1 ? "bestand" : "bestanden"} gecontroleerd: ${results.filter((r) => r.kind === "checked" && r.ready).length} klaar voor het bestuur.`}
        </p>
      )}
      {busy && (
        <ProgressBar
          value={total === 0 ? 0 : done / total}
          className={styles.screenOnly}
          bar={{ className: styles.still }}
        />
      )}
      {entries.length > 0 && (
        <>
          <div className={`${styles.bar} ${styles.screenOnly}`}>
            <Button disabled={busy} onClick={() => void exportXlsx()}>
              Excel-bestand (.xlsx)
            </Button>
            <Button
              disabled={busy}
              onClick={() =>
                download(
                  overviewCsv(results, safeCsvCell),
                  "SOP-overzicht.csv",
                  "text/csv;charset=utf-8",
                )
              }
            >
              CSV voor Excel
            </Button>
            <Button disabled={busy} onClick={() => window.print()}>
              Afdrukken
            </Button>
          </div>
          <BoardTable
            entries={sorted}
            norms={norms}
            sort={sort}
            onSort={onSort}
            selected={selected}
            onSelect={setSelected}
          />
          {chosen && <BoardDetail result={chosen.result} onClose={() => setSelected(undefined)} />}
          <BoardCharts tallies={tallies} spreads={spreads} />
        </>
      )}
    </main>
  );
}
