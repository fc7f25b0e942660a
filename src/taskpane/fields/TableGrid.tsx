import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment } from "react";
import type { Block, Cell, Field } from "../../model";
import { usePane } from "../usePane";
import { TableList } from "./TableList";
import { GridCell } from "./GridCell";
import { FindingMessages } from "./FindingMessages";
import { FieldEditor } from "./FieldEditor";
import { DoubleTick } from "./DoubleTick";
import { answersOf, isFilled, labelOf } from "../values";
import { useFits } from "./useFits";

type TableBlock = Extract<Block, { kind: "table" }>;

const useStyles = makeStyles({
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    marginBottom: tokens.spacingVerticalM,
  },
  head: {
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "bottom",
  },
  rowHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS} 0`,
    verticalAlign: "top",
  },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  detail: { padding: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}` },
  legend: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
  group: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  groupHead: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  lines: { paddingLeft: tokens.spacingHorizontalS },
});

/** "1= 0-25%" under a column "1": "0-25 %" (a space before %, as Dutch writes it). */
function meaningOf(header: string, label: string): string | undefined {
  if (label === header) return undefined;
  const escaped = header.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return label.replace(new RegExp(`^\\s*${escaped}\\s*[=:]\\s*`), "").replace(/(\d)\s*%/g, "$1 %");
}

/** A header cell; an empty one is a plain cell (a header without text names nothing). */
function Header({
  text,
  className,
  scope = "col",
}: {
  text: string | undefined;
  className: string;
  scope?: "col" | "row";
}) {
  return text ? (
    <th scope={scope} className={className}>
      {text}
    </th>
  ) : (
    <td className={className} />
  );
}

/** Fields that fit in a narrow column: a box, a choice, a count. */
const narrow = (f: Field | undefined) =>
  f !== undefined && (f.kind === "choice" || f.kind === "tick" || f.kind === "computed");

/**
 * An official table as a compact grid: a row per table row, a column per checkbox column (an answer,
 * a tick, a count); texts, numbers and dates of a row go below it. A table without such columns
 * (ambitions, free texts) is a list of editors per row instead. Where the grid is wider than the pane
 * (Word's pane is 320 px) each row becomes a group with a line per column. Columns whose header is a
 * score with a meaning ("1" for "1= 0-25%") get that meaning in a line above.
 */
export function TableGrid({ block }: { block: TableBlock }) {
  const styles = useStyles();
  const pane = usePane();
  const { wrap, fits } = useFits<HTMLDivElement>();
  const { template } = pane;
  const fieldOf = (c: Cell | undefined) =>
    c && "field" in c ? template.byId.get(c.field)?.field : undefined;
  const width = Math.max(block.columns.length, ...block.rows.map((r) => r.cells.length));
  const gridCols = Array.from({ length: width }, (_, i) => i).filter(
    (i) => i >= 1 && block.rows.some((r) => narrow(fieldOf(r.cells[i]))),
  );
  if (gridCols.length === 0) return <TableList block={block} />;

  // What a one-option column means, from the option's label in the model.
  const meanings = new Map<number, string>();
  for (const i of gridCols) {
    const header = block.columns[i];
    const cell = block.rows.map((r) => r.cells[i]).find((c) => c && "field" in c);
    const field = fieldOf(cell);
    const key = cell && "options" in cell ? cell.options : undefined;
    if (!header || field?.kind !== "choice" || key?.length !== 1) continue;
    const label = field.options.find((o) => o.key === key[0])?.label;
    const meaning = label && meaningOf(header, label);
    if (meaning) meanings.set(i, meaning);
  }
  const caption = (i: number) => {
    const header = block.columns[i] ?? "";
    const meaning = meanings.get(i);
    return meaning ? `${header} = ${meaning}` : header;
  };

  const rows = block.rows.map((row) => {
    const fieldCells = row.cells.map(fieldOf);
    const text = row.cells
      .filter((c, i) => "text" in c && !gridCols.includes(i))
      .map((c) => ("text" in c ? c.text : ""))
      .filter(Boolean)
      .join(" ");
    const main = fieldCells.find((f, i) => f && gridCols.includes(i) && narrow(f));
    const rowLabel = main?.kind === "choice" ? labelOf(main) : text || (main ? labelOf(main) : "");
    const also = row.cells
      .flatMap((c) => c.also ?? [])
      .map((id) => template.byId.get(id)?.field)
      .filter((f): f is Field => f !== undefined);
    const wide = [
      ...fieldCells.filter(
        (f, i): f is Field => f !== undefined && (!gridCols.includes(i) || !narrow(f)),
      ),
      ...also,
    ];
    const shownHere = [
      ...new Set(
        fieldCells.filter(
          (f, i): f is Field => f !== undefined && gridCols.includes(i) && narrow(f),
        ),
      ),
    ];
    const findings = shownHere.flatMap((f) => pane.findingsByField.get(f.id) ?? []);
    const doubles = shownHere.filter(
      (f) => f.kind === "choice" && answersOf(pane.values[f.id]).length > 1,
    );
    // A row the school names (an interventie of its own) is headed by that name once given, after
    // the label the model keeps in front of it ("5.", "Anders, namelijk").
    const first = row.cells[0];
    const nameField =
      fieldCells[0] ??
      (first?.also ?? [])
        .map((id) => template.byId.get(id)?.field)
        .find((f): f is Field => f?.kind === "text");
    const named = nameField && pane.values[nameField.id];
    const given = typeof named === "string" && isFilled(named) ? named : undefined;
    // A bare number says nothing of the row: the name field's label does until a name is given.
    const numberOnly = /^\(?[\d.]+\)?$/.test(text);
    const head =
      given !== undefined
        ? [text, given].filter(Boolean).join(" ")
        : nameField && (text === "" || numberOnly)
          ? labelOf(nameField)
          : text;
    const details =
      wide.length > 0 || findings.length > 0 || doubles.length > 0 ? (
        <>
          {doubles.map((f) =>
            f.kind === "choice" ? (
              <DoubleTick key={f.id} field={f} answers={answersOf(pane.values[f.id])} />
            ) : null,
          )}
          {findings.length > 0 && <FindingMessages findings={findings} />}
          {wide.map((f) => (
            <FieldEditor key={f.id} field={f} />
          ))}
        </>
      ) : null;
    return { row, head, rowLabel, details };
  });

  const legend = meanings.size > 0 && (
    <p className={styles.legend}>
      Betekenis: {[...meanings.keys()].map((i) => caption(i)).join(", ")}
    </p>
  );

  return (
    <div ref={wrap}>
      {legend}
      {fits ? (
        <table className={styles.table} aria-label={block.columns[0] || "Tabel"}>
          <thead>
            <tr>
              <Header text={block.columns[0]} className={styles.rowHead} />
              {gridCols.map((i) => (
                <Header key={i} text={block.columns[i]} className={styles.head} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ row, head, rowLabel, details }, r) => (
              <Fragment key={r}>
                <tr className={styles.row}>
                  <Header scope="row" text={head} className={styles.rowHead} />
                  {gridCols.map((i) => (
                    <GridCell key={i} cell={row.cells[i]} rowLabel={rowLabel} />
                  ))}
                </tr>
                {details && (
                  <tr>
                    <td colSpan={gridCols.length + 1} className={styles.detail}>
                      {details}
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : (
        <div role="group" aria-label={block.columns[0] || "Tabel"}>
          {rows.map(({ row, head, rowLabel, details }, r) => (
            <div key={r} role="group" aria-label={head || undefined} className={styles.group}>
              {head && <p className={styles.groupHead}>{head}</p>}
              <div className={styles.lines}>
                {gridCols.map((i) => (
                  <GridCell key={i} cell={row.cells[i]} rowLabel={rowLabel} caption={caption(i)} />
                ))}
                {details}
              </div>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
