import { makeStyles, tokens } from "@fluentui/react-components";
import type { Block, Field } from "../../model";
import { usePane } from "../usePane";
import { FieldEditor } from "./FieldEditor";

type TableBlock = Extract<Block, { kind: "table" }>;

const useStyles = makeStyles({
  row: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalM,
  },
  title: {
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    margin: `0 0 ${tokens.spacingVerticalXS}`,
  },
});

/** A table of free texts and numbers, as a group of editors per row. */
export function TableList({ block }: { block: TableBlock }) {
  const styles = useStyles();
  const { template } = usePane();
  return (
    <div>
      {block.rows.map((row, r) => {
        const texts = row.cells.map((c) => ("text" in c ? c.text : ""));
        // The row is named by its heading, the text in its first cell ("Aantal leerlingen"), not by
        // every text in it: the labels of its fields ("≤ 8 jr", "> 8 jr") name their own boxes.
        const text = texts[0] || texts.filter(Boolean).join(" ");
        const fields = [
          ...new Set(
            row.cells
              .flatMap((c) => ("field" in c ? [c.field, ...(c.also ?? [])] : (c.also ?? [])))
              .map((id) => template.byId.get(id)?.field)
              .filter((f): f is Field => f !== undefined),
          ),
        ];
        if (fields.length === 0) return null;
        return (
          <div
            key={r}
            className={styles.row}
            role="group"
            {...(text ? { "aria-label": text } : {})}
          >
            {text && <p className={styles.title}>{text}</p>}
            {fields.map((f) => (
              <FieldEditor key={f.id} field={f} />
            ))}
          </div>
        );
      })}
    </div>
  );
}
