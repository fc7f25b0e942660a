import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { forwardRef, useEffect, useLayoutEffect, useRef, useState, type MouseEvent } from "react";
import { fieldOfTag, markInPreview } from "./browser-port";
import type { Engine } from "./load-engine";

type Doc = InstanceType<Engine["DocxDocument"]>;

/** After a write the preview waits this long for more writes before it is drawn again. */
const REFRESH_MS = 250;

/** The browser's XML parser: a large SOP parses in milliseconds instead of xmldom's tenths of a second. */
const parseXml = (xml: string) => new DOMParser().parseFromString(xml, "application/xml");

/** The page is paper: in the light theme's colours whatever the pane's theme, as it prints. */
const paper = webLightTheme;

const useStyles = makeStyles({
  page: {
    backgroundColor: paper.colorNeutralBackground1,
    color: paper.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    boxShadow: paper.shadow8,
    maxWidth: "21cm",
    margin: "0 auto",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    "& h1": { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700 },
    "& h2": { fontSize: tokens.fontSizeBase500, marginTop: tokens.spacingVerticalXXL },
    "& h3": { fontSize: tokens.fontSizeBase400 },
    "& h4, & h5": { fontSize: tokens.fontSizeBase300 },
    "& .ondertitel": { fontSize: tokens.fontSizeBase500, color: paper.colorNeutralForeground2 },
    "& table": {
      borderCollapse: "collapse",
      width: "100%",
      margin: `${tokens.spacingVerticalS} 0`,
    },
    "& td, & th": {
      border: `${tokens.strokeWidthThin} solid ${paper.colorNeutralStroke1}`,
      padding: tokens.spacingHorizontalXS,
      verticalAlign: "top",
      textAlign: "left",
    },
    "& th": { backgroundColor: paper.colorNeutralBackground3 },
    "& td p, & th p": { margin: 0 },
    "& .sop-veld": {
      backgroundColor: paper.colorBrandBackground2,
      outline: `${tokens.strokeWidthThin} solid ${paper.colorBrandStroke2}`,
      borderRadius: tokens.borderRadiusSmall,
      padding: "0 2px",
    },
    "& div.sop-veld": { display: "block", padding: `0 ${tokens.spacingHorizontalXS}` },
    "& .sop-plaatshouder": { color: paper.colorNeutralForeground3, fontStyle: "italic" },
    "& [data-tag]": { cursor: "pointer" },
    "& .sop-gekozen": {
      outline: `${tokens.strokeWidthThick} solid ${paper.colorBrandStroke1}`,
    },
  },
});

/**
 * A readable picture of the document, drawn again after every write; the field the person is at stays
 * marked. A click on a field picks it (`onPick`: the pane focuses it). Key it by the document.
 */
export const Preview = forwardRef<
  HTMLDivElement,
  { doc: Doc; engine: Engine; onPick?: (fieldId: string) => void }
>(function Preview({ doc, engine, onPick }, ref) {
  const styles = useStyles();
  const page = useRef<HTMLDivElement | null>(null);
  const draw = () => {
    try {
      return { html: engine.previewHtmlOfXml(doc.documentXml(), parseXml) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  };
  const [shown, setShown] = useState<{ html?: string; error?: string }>(draw);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = doc.onChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => setShown(draw()), REFRESH_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
    // draw reads doc and engine only; a new document gets a new Preview (keyed by the parent).
  }, [doc, engine]);
  // A redrawn page has lost its mark: the field is marked again, without scrolling the page away.
  useLayoutEffect(() => {
    const el = page.current;
    const field = el?.dataset.gekozen;
    if (el && field) markInPreview(el, field, false);
  }, [shown]);
  const pick = (e: MouseEvent<HTMLDivElement>) => {
    const tag = (e.target as HTMLElement).closest<HTMLElement>("[data-tag]")?.dataset.tag;
    const field = tag === undefined ? undefined : fieldOfTag(tag);
    if (field !== undefined) onPick?.(field);
  };
  if (shown.error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>Het voorbeeld kon niet worden gemaakt. {shown.error}</MessageBarBody>
      </MessageBar>
    );
  }
  // The HTML is built by previewHtml from our own tags only, with every text of the document escaped.
  const both = (el: HTMLDivElement | null) => {
    page.current = el;
    if (typeof ref === "function") ref(el);
    else if (ref) ref.current = el;
  };
  // A click anywhere on a field picks it; the fields are in the document's tab order through the pane.
  return (
    <div
      ref={both}
      className={styles.page}
      onClick={pick}
      dangerouslySetInnerHTML={{ __html: shown.html ?? "" }}
    />
  );
});
