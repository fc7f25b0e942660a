import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fileNameFor } from "../browser/files";
import { usePane } from "../usePane";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalM,
  },
});

/** The name the summary gets: "SOP one page Basisschool De Mijnlamp.docx". */
export function onePageFileName(school: string | undefined): string {
  return fileNameFor(school ? `one page ${school}` : undefined, "SOP one page.docx");
}

/**
 * Makes the "SOP one page" of what the pane holds now, and opens it beside the SOP (a new window in
 * Word, a download in the browser). Hidden where the host cannot open a second document.
 */
export function OnePageButton() {
  const styles = useStyles();
  const { document, template, values, evaluation, host, flush } = usePane();
  const [status, setStatus] = useState<{ text: string; error?: true }>();
  const [busy, setBusy] = useState(false);
  const openSeparate = document.openSeparate?.bind(document);
  if (!openSeparate) return null;

  const make = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      await flush();
      // Loaded only when asked: the summary's zip and XML code is not needed to start the pane.
      const [{ buildOnePageDocx }, { onePage, formatDutchDate }] = await Promise.all([
        import("../../document/docx/one-page"),
        import("../../rules"),
      ]);
      const now = new Date();
      const made = formatDutchDate({
        year: now.getFullYear(),
        month: now.getMonth() + 1,
        day: now.getDate(),
      });
      const school = template.schoolField ? values[template.schoolField] : undefined;
      const name = onePageFileName(typeof school === "string" ? school : undefined);
      await openSeparate(buildOnePageDocx(onePage(template, values, evaluation), made), name);
      setStatus({
        text:
          host === "word"
            ? "De samenvatting staat in een nieuw Word-venster."
            : `De samenvatting is gedownload als ${name}.`,
      });
    } catch (e) {
      setStatus({
        text: `De samenvatting kon niet worden gemaakt. ${e instanceof Error ? e.message : ""}`,
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.box}>
      <Button appearance="secondary" disabled={busy} onClick={() => void make()}>
        SOP one page maken
      </Button>
      <Text size={200}>
        Eén pagina met de school, de kern van uw concept, de normen, expertise en voorzieningen en
        de ambities.
      </Text>
      <div role="status" aria-live="polite">
        {status && (
          <Text size={200} weight={status.error ? "semibold" : "regular"}>
            {status.text}
          </Text>
        )}
      </div>
    </div>
  );
}
