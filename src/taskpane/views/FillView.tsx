import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Block } from "../../model";
import { FieldEditor } from "../fields/FieldEditor";
import { TableGrid } from "../fields/TableGrid";
import { usePane } from "../usePane";

const useStyles = makeStyles({
  header: {
    display: "flex",
    justifyContent: "space-between",
    width: "100%",
    gap: tokens.spacingHorizontalS,
  },
  progress: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
  },
  complete: { color: tokens.colorPaletteGreenForeground1 },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, marginTop: 0 },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

function BlockView({ block }: { block: Block }) {
  const styles = useStyles();
  switch (block.kind) {
    case "paragraph":
      return <p className={styles.note}>{block.text}</p>;
    case "fields":
      return (
        <>
          {block.fields.map((f) => (
            <FieldEditor key={f.id} field={f} />
          ))}
        </>
      );
    case "table":
      return <TableGrid block={block} />;
  }
}

/** Invullen: the sections in document order, each with its progress and its fields. */
export function FillView({
  open,
  onOpenChange,
}: {
  open: readonly string[];
  onOpenChange(open: string[]): void;
}) {
  const styles = useStyles();
  const { template, evaluation } = usePane();
  const sections = template.sections.filter((s) => s.blocks.some((b) => b.kind !== "paragraph"));
  return (
    <Accordion
      multiple
      collapsible
      openItems={[...open]}
      onToggle={(_, data) => onOpenChange(data.openItems.map(String))}
    >
      {sections.map((s) => {
        const p = evaluation.progress.sections[s.id];
        const title = [s.number, s.heading].filter(Boolean).join(" ");
        return (
          <AccordionItem key={s.id} value={s.id}>
            <AccordionHeader as="h2" size="small">
              <span className={styles.header}>
                <span>{title}</span>
                {p && p.required > 0 && (
                  <span
                    className={`${styles.progress} ${p.filled === p.required ? styles.complete : ""}`}
                  >
                    {p.filled} van {p.required}
                  </span>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {s.blocks.map((b, i) => (
                <BlockView key={i} block={b} />
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
