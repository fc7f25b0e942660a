import { Button, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { SeverityIcon } from "../fields/SeverityIcon";
import { fouten } from "../navigation";

/** One view of the pane in the tab strip; `errors` shows an error count on the tab. */
export type TabItem<V extends string> = { value: V; name: string; errors?: number };

const useStyles = makeStyles({
  strip: {
    display: "flex",
    alignItems: "center",
    flexWrap: "nowrap",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden", flexShrink: 1 },
  tab: { whiteSpace: "nowrap" },
  more: { flexShrink: 0, minWidth: "auto" },
  badge: {
    display: "inline-flex",
    alignItems: "center",
    gap: "2px",
    marginLeft: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  menu: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    marginTop: tokens.spacingVerticalXS,
  },
  item: { justifyContent: "flex-start" },
  below: { marginBottom: tokens.spacingVerticalM },
});

/** Room the "Meer" button takes when some tabs do not fit (measured once it is shown). */
const MORE_GUESS = 72;

/**
 * The pane's views as tabs on one line. Tabs that do not fit (Word's pane is 320 px wide) go behind a
 * "Meer" button; the chosen view always stays on the strip. A small overflow of our own rather than
 * Fluent's Menu: the menu and its positioning library would be loaded by every first screen.
 */
export function TabStrip<V extends string>({
  items,
  selected,
  onSelect,
}: {
  items: readonly TabItem<V>[];
  selected: V;
  onSelect(value: V): void;
}) {
  const styles = useStyles();
  const strip = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLSpanElement>(null);
  const widths = useRef(new Map<string, number>());
  const [hidden, setHidden] = useState<readonly V[]>([]);
  const [open, setOpen] = useState(false);

  const measure = useCallback(() => {
    const el = strip.current;
    if (!el) return;
    for (const tab of Array.from(el.querySelectorAll<HTMLElement>("[data-view]")))
      widths.current.set(tab.dataset.view ?? "", tab.getBoundingClientRect().width);
    const room = el.clientWidth;
    // No layout (a test without one, a pane not shown): every tab stays.
    if (room === 0) return;
    const width = (v: V) => widths.current.get(v) ?? 0;
    const gap = 4;
    const all = items.reduce((sum, i) => sum + width(i.value) + gap, 0);
    const next: V[] = [];
    if (all > room) {
      let used =
        (more.current?.getBoundingClientRect().width || MORE_GUESS) + width(selected) + gap;
      for (const i of items) {
        if (i.value === selected) continue;
        used += width(i.value) + gap;
        if (used > room) next.push(i.value);
      }
    }
    setHidden((h) => (h.length === next.length && h.every((v, k) => v === next[k]) ? h : next));
  }, [items, selected]);

  useLayoutEffect(measure);
  useLayoutEffect(() => {
    const el = strip.current;
    const Observer = el?.ownerDocument.defaultView?.ResizeObserver;
    if (!el || !Observer) return;
    const observer = new Observer(() => measure());
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  const shown = items.filter((i) => !hidden.includes(i.value));
  const rest = items.filter((i) => hidden.includes(i.value));
  const pick = (value: V) => {
    setOpen(false);
    onSelect(value);
  };

  return (
    <div className={styles.below}>
      <div className={styles.strip} ref={strip}>
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={selected}
          onTabSelect={(_, data) => pick(data.value as V)}
          aria-label="Onderdelen van SOP Assistent"
        >
          {shown.map((i) => (
            <Tab
              key={i.value}
              id={`tab-${i.value}`}
              value={i.value}
              data-view={i.value}
              className={styles.tab}
              {...(i.errors ? { "aria-describedby": `tab-${i.value}-fouten` } : {})}
            >
              {i.name}
              {i.errors ? (
                <span className={styles.badge} aria-hidden="true">
                  <SeverityIcon severity="error" />
                  {i.errors}
                </span>
              ) : null}
            </Tab>
          ))}
        </TabList>
        {rest.length > 0 && (
          <span ref={more} className={styles.more}>
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={open}
              aria-controls="tab-meer"
              onClick={() => setOpen((o) => !o)}
            >
              Meer…
            </Button>
          </span>
        )}
      </div>
      {items.map((i) =>
        i.errors ? (
          <span key={i.value} id={`tab-${i.value}-fouten`} hidden>
            {fouten(i.errors)}
          </span>
        ) : null,
      )}
      {open && rest.length > 0 && (
        <div
          id="tab-meer"
          role="group"
          aria-label="Meer onderdelen"
          className={styles.menu}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            setOpen(false);
            more.current?.querySelector("button")?.focus();
          }}
        >
          {rest.map((i) => (
            <Button
              key={i.value}
              size="small"
              appearance="subtle"
              className={styles.item}
              onClick={() => pick(i.value)}
            >
              {i.name}
              {i.errors ? ` (${fouten(i.errors)})` : ""}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
