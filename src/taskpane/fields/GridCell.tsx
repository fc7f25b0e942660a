import { makeStyles, tokens } from "@fluentui/react-components";
import type { Cell } from "../../model";
import { formulaText } from "../formula";
import { usePane } from "../usePane";
import { answersOf, domId, labelOf } from "../values";
import { computedText } from "./computed-text";

const useStyles = makeStyles({
  cell: {
    textAlign: "center",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
  },
  box: {
    width: "18px",
    height: "18px",
    margin: "0",
    cursor: "pointer",
    accentColor: tokens.colorBrandBackground,
    ":disabled": { cursor: "not-allowed" },
  },
  option: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    whiteSpace: "nowrap",
  },
  count: { fontWeight: tokens.fontWeightSemibold },
  // Per row (a narrow pane): each column a line of its own, its name beside the control.
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXXS} 0`,
  },
  caption: { minWidth: 0, overflowWrap: "anywhere" },
  // The column names in a column of their own, so the answers line up below each other.
  name: { flex: "0 0 8.5em", minWidth: 0, overflowWrap: "anywhere" },
});

/**
 * One cell of the compact grid: radio buttons for a choice, a box for a tick, a computed count. In a
 * table it is a `td`; per row (`caption` given: the column's name) a line with the name beside it.
 */
export function GridCell({
  cell,
  rowLabel,
  caption,
}: {
  cell: Cell | undefined;
  rowLabel: string;
  caption?: string;
}) {
  const styles = useStyles();
  const { template, values, write, state, evaluation } = usePane();
  const perRow = caption !== undefined;
  const Tag = perRow ? "div" : "td";
  const tagClass = perRow ? styles.line : styles.cell;
  const name = perRow ? <span className={styles.name}>{caption}</span> : null;
  if (!cell) return perRow ? null : <td className={styles.cell} />;
  if ("text" in cell)
    return perRow ? (
      <div className={styles.line}>
        {name}
        {cell.text}
      </div>
    ) : (
      <td className={styles.cell}>{cell.text}</td>
    );
  const field = template.byId.get(cell.field)?.field;
  if (!field) return perRow ? null : <td className={styles.cell} />;
  const disabled = !state.present.has(field.id);
  // A cell has no room for the model's hint: it is the box's tooltip and its screen-reader description.
  const described = field.hint ? { title: field.hint, "aria-description": field.hint } : {};

  if (field.kind === "choice") {
    const answers = answersOf(values[field.id]);
    const keys = cell.options ?? field.options.map((o) => o.key);
    const one = keys.length === 1;
    return (
      <Tag className={tagClass} data-field={field.id}>
        {!one && name}
        {keys.map((key) => {
          const option = field.options.find((o) => o.key === key);
          const radio = (
            <input
              type="radio"
              className={styles.box}
              name={domId(field.id)}
              value={key}
              disabled={disabled}
              checked={answers.length === 1 && answers[0] === key}
              aria-label={`${one ? rowLabel : labelOf(field)}: ${option?.label ?? key}`}
              {...described}
              onChange={() => write([{ field: field.id, value: key }])}
            />
          );
          return one && !perRow ? (
            <span key={key}>{radio}</span>
          ) : one ? (
            <label key={key} className={styles.option}>
              {radio}
              <span className={styles.caption}>{caption}</span>
            </label>
          ) : (
            <label key={key} className={styles.option}>
              {radio}
              {option?.label ?? key}
            </label>
          );
        })}
      </Tag>
    );
  }
  if (field.kind === "tick") {
    return (
      <Tag className={tagClass} data-field={field.id}>
        {name}
        <input
          type="checkbox"
          className={styles.box}
          disabled={disabled}
          checked={values[field.id] === true}
          aria-label={labelOf(field)}
          {...described}
          onChange={(e) => write([{ field: field.id, value: e.currentTarget.checked }])}
        />
      </Tag>
    );
  }
  if (field.kind === "computed") {
    return (
      <Tag className={tagClass} data-field={field.id}>
        {name}
        <output
          className={styles.count}
          aria-label={`${labelOf(field)}: ${computedText(field, evaluation.computed[field.id])}`}
          title={`Berekend: ${formulaText(template, field.formula)}`}
        >
          {evaluation.computed[field.id] ?? "–"}
        </output>
      </Tag>
    );
  }
  return perRow ? null : <td className={styles.cell} />;
}
