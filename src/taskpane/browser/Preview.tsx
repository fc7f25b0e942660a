import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef, useEffect, useState } from "react";
import type { Engine } from "./load-engine";

type Doc = InstanceType<Engine["DocxDocument"]>;

/** After a write the preview waits this long for more writes before it is drawn again. */
const REFRESH_MS = 250;

/** The browser's XML parser: a large SOP parses in milliseconds instead of xmldom's tenths of a second. */
const parseXml = (xml: string) => new DOMParser().parseFromString(xml, "application/xml");

const useStyles = makeStyles({
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    boxShadow: tokens.shadow8,
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
    "& .ondertitel": { fontSize: tokens.fontSizeBase500, color: tokens.colorNeutralForeground2 },
    "& table": {
      borderCollapse: "collapse",
      width: "100%",
      margin: `${tokens.spacingVerticalS} 0`,
    },
    "& td, & th": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      padding: tokens.spacingHorizontalXS,
      verticalAlign: "top",
      textAlign: "left",
    },
    "& th": { backgroundColor: tokens.colorNeutralBackground3 },
    "& td p, & th p": { margin: 0 },
    "& .sop-veld": {
      backgroundColor: tokens.colorBrandBackground2,
      outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
      borderRadius: tokens.borderRadiusSmall,
      padding: "0 2px",
    },
    "& div.sop-veld": { display: "block", padding: `0 ${tokens.spacingHorizontalXS}` },
    "& .sop-plaatshouder": { color: tokens.colorNeutralForeground3, fontStyle: "italic" },
    "& .sop-gekozen": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    },
  },
});

/** A readable picture of the document, drawn again after every write. Key it by the document. */
export const Preview = forwardRef<HTMLDivElement, { doc: Doc; engine: Engine }>(function Preview(
  { doc, engine },
  ref,
) {
  const styles = useStyles();
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
  if (shown.error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>Het voorbeeld kon niet worden gemaakt. {shown.error}</MessageBarBody>
      </MessageBar>
    );
  }
  // The HTML is built by previewHtml from our own tags only, with every text of the document escaped.
  return (
    <div ref={ref} className={styles.page} dangerouslySetInnerHTML={{ __html: shown.html ?? "" }} />
  );
});
