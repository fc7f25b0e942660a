import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { Block } from "../../model";
import { FieldEditor } from "../fields/FieldEditor";
import { SeverityIcon } from "../fields/SeverityIcon";
import { TableGrid } from "../fields/TableGrid";
import { errorsBySection, fouten } from "../navigation";
import { usePane } from "../usePane";
import { FillTools } from "./FillTools";

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
  side: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexShrink: 0,
  },
  // Read out, not shown: the icon and the number say it on screen.
  unseen: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  errors: {
    display: "inline-flex",
    alignItems: "center",
    gap: "2px",
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorPaletteRedForeground1,
    whiteSpace: "nowrap",
  },
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

/**
 * Invullen: the ways to the next thing to do, then the sections in document order, each with its
 * progress, its errors (icon and count) and its fields.
 */
export function FillView({
  open,
  onOpenChange,
}: {
  open: readonly string[];
  onOpenChange(open: string[]): void;
}) {
  const styles = useStyles();
  const { template, evaluation, findings } = usePane();
  const sections = template.sections.filter((s) => s.blocks.some((b) => b.kind !== "paragraph"));
  const errors = useMemo(() => errorsBySection(template, findings), [template, findings]);
  return (
    <>
      <FillTools />
      <Accordion
        multiple
        collapsible
        openItems={[...open]}
        onToggle={(_, data) => onOpenChange(data.openItems.map(String))}
      >
        {sections.map((s) => {
          const p = evaluation.progress.sections[s.id];
          const title = [s.number, s.heading].filter(Boolean).join(" ");
          const count = errors.get(s.id) ?? 0;
          return (
            <AccordionItem key={s.id} value={s.id}>
              <AccordionHeader as="h2" size="small">
                <span className={styles.header}>
                  <span>{title}</span>
                  <span className={styles.side}>
                    {count > 0 && (
                      <span className={styles.errors}>
                        <span aria-hidden="true" className={styles.errors}>
                          <SeverityIcon severity="error" />
                          {count}
                        </span>
                        <span className={styles.unseen}>{fouten(count)}</span>
                      </span>
                    )}
                    {p && p.required > 0 && (
                      <span
                        className={`${styles.progress} ${p.filled === p.required ? styles.complete : ""}`}
                      >
                        {p.filled} van {p.required}
                      </span>
                    )}
                  </span>
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
    </>
  );
}
