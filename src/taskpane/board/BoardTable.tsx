import { makeStyles, tokens } from "@fluentui/react-components";
import { countOf, readFrom, type NormColumn } from "../../report/overview";
import { schoolOf, type BoardEntry, type Sort, type SortKey } from "./board-data";
import { STATUS_LOOK } from "./status";

const useStyles = makeStyles({
  wrap: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
      textAlign: "left",
      verticalAlign: "top",
    },
    "& thead th": { backgroundColor: tokens.colorNeutralBackground3, position: "sticky", top: 0 },
  },
  sort: {
    background: "none",
    border: "none",
    padding: 0,
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    textAlign: "left",
  },
  row: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  school: {
    background: "none",
    border: "none",
    padding: 0,
    font: "inherit",
    color: tokens.colorBrandForegroundLink,
    textDecoration: "underline",
    cursor: "pointer",
    textAlign: "left",
  },
  file: { display: "block", color: tokens.colorNeutralForeground3 },
  recognized: {
    display: "inline-block",
    marginTop: tokens.spacingVerticalXXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightRegular,
  },
  success: { color: tokens.colorPaletteGreenForeground1, whiteSpace: "nowrap" },
  danger: { color: tokens.colorPaletteRedForeground1, whiteSpace: "nowrap" },
  warning: { color: tokens.colorPaletteMarigoldForeground1, whiteSpace: "nowrap" },
  unreadable: { color: tokens.colorPaletteRedForeground1 },
});

type Column = { key: SortKey; label: string; title?: string };

const same = (a: SortKey, b: SortKey) =>
  a.by === b.by && (a.by !== "norm" || (b.by === "norm" && a.rule === b.rule));

/** One row per file: school, template, ready, progress, each norm, errors and warnings; sortable. */
export function BoardTable({
  entries,
  norms,
  sort,
  onSort,
  selected,
  onSelect,
}: {
  entries: readonly BoardEntry[];
  norms: readonly NormColumn[];
  sort: Sort;
  onSort(key: SortKey): void;
  selected: number | undefined;
  onSelect(n: number): void;
}) {
  const styles = useStyles();
  const columns: Column[] = [
    { key: { by: "school" }, label: "School" },
    { key: { by: "template" }, label: "Sjabloon" },
    { key: { by: "ready" }, label: "Klaar" },
    { key: { by: "progress" }, label: "Voortgang" },
    ...norms.map((n) => ({
      key: { by: "norm", rule: n.rule } as SortKey,
      label: n.rule,
      title: n.title,
    })),
    { key: { by: "errors" }, label: "Fouten" },
    { key: { by: "warnings" }, label: "Waarschuwingen" },
  ];
  return (
    <div className={styles.wrap}>
      <table className={styles.table} aria-label="SOP's per school">
        <thead>
          <tr>
            {columns.map((c) => {
              const active = same(c.key, sort.key);
              return (
                <th
                  key={c.key.by === "norm" ? c.key.rule : c.key.by}
                  scope="col"
                  aria-sort={active ? (sort.descending ? "descending" : "ascending") : "none"}
                  title={c.title}
                >
                  <button type="button" className={styles.sort} onClick={() => onSort(c.key)}>
                    {c.label}
                    {active ? (sort.descending ? " ▼" : " ▲") : ""}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {entries.map(({ n, result: r }) => (
            <tr
              key={n}
              className={`${styles.row} ${selected === n ? styles.selected : ""}`}
              onClick={() => onSelect(n)}
              data-file={r.file}
            >
              <th scope="row">
                <button type="button" className={styles.school} onClick={() => onSelect(n)}>
                  {schoolOf(r)}
                </button>
                {r.kind === "checked" && r.school && <span className={styles.file}>{r.file}</span>}
                {r.kind === "checked" && r.source === "recognized" && (
                  // Read from the text, without SOP fields: the board sees which SOPs still need bind.
                  <span
                    className={styles.recognized}
                    title={
                      r.stripped
                        ? "De SOP-velden zijn verloren gegaan (opgeslagen met LibreOffice); de antwoorden zijn uit de tekst gelezen."
                        : "Dit document heeft geen SOP-velden; de antwoorden zijn uit de tekst gelezen."
                    }
                  >
                    Gelezen uit de {readFrom(r)}
                  </span>
                )}
              </th>
              {r.kind === "unreadable" ? (
                <td colSpan={columns.length - 1} className={styles.unreadable}>
                  Niet te lezen: {r.error}
                </td>
              ) : (
                <>
                  <td>{r.template.name}</td>
                  <td className={r.ready ? styles.success : styles.danger}>
                    {r.ready ? "✓ ja" : "✗ nee"}
                  </td>
                  <td>
                    <meter
                      min={0}
                      max={r.progress.required}
                      value={r.progress.filled}
                      aria-label={`${r.progress.filled} van ${r.progress.required} velden`}
                    />{" "}
                    {r.progress.filled} van {r.progress.required}
                  </td>
                  {norms.map((c) => {
                    const norm = r.norms.find((x) => x.rule === c.rule);
                    if (!norm) return <td key={c.rule} aria-label="niet van toepassing" />;
                    const look = STATUS_LOOK[norm.status];
                    return (
                      <td key={c.rule} className={styles[look.color]}>
                        {look.icon} {look.text}
                      </td>
                    );
                  })}
                  <td>{countOf(r, "error")}</td>
                  <td>{countOf(r, "warning")}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
