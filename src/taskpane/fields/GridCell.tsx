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
});

/** One cell of the compact grid: radio buttons for a choice, a box for a tick, a computed count. */
export function GridCell({ cell, rowLabel }: { cell: Cell | undefined; rowLabel: string }) {
  const styles = useStyles();
  const { template, values, write, state, evaluation } = usePane();
  if (!cell) return <td className={styles.cell} />;
  if ("text" in cell) return <td className={styles.cell}>{cell.text}</td>;
  const field = template.byId.get(cell.field)?.field;
  if (!field) return <td className={styles.cell} />;
  const disabled = !state.present.has(field.id);
  // A cell has no room for the model's hint: it is the box's tooltip and its screen-reader description.
  const described = field.hint ? { title: field.hint, "aria-description": field.hint } : {};

  if (field.kind === "choice") {
    const answers = answersOf(values[field.id]);
    const keys = cell.options ?? field.options.map((o) => o.key);
    const one = keys.length === 1;
    return (
      <td className={styles.cell} data-field={field.id}>
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
          return one ? (
            <span key={key}>{radio}</span>
          ) : (
            <label key={key} className={styles.option}>
              {radio}
              {option?.label ?? key}
            </label>
          );
        })}
      </td>
    );
  }
  if (field.kind === "tick") {
    return (
      <td className={styles.cell} data-field={field.id}>
        <input
          type="checkbox"
          className={styles.box}
          disabled={disabled}
          checked={values[field.id] === true}
          aria-label={labelOf(field)}
          {...described}
          onChange={(e) => write([{ field: field.id, value: e.currentTarget.checked }])}
        />
      </td>
    );
  }
  if (field.kind === "computed") {
    return (
      <td className={styles.cell} data-field={field.id}>
        <output
          className={styles.count}
          aria-label={`${labelOf(field)}: ${computedText(field, evaluation.computed[field.id])}`}
          title={`Berekend: ${formulaText(template, field.formula)}`}
        >
          {evaluation.computed[field.id] ?? "–"}
        </output>
      </td>
    );
  }
  return <td className={styles.cell} />;
}
