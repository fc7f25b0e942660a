import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { templateIds, templates, type TemplateId } from "../../model";
import type { SopDocument } from "../../document/port";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  swv: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  button: { justifyContent: "flex-start", textAlign: "left", width: "100%" },
});

/**
 * "Nieuw SOP" per region: puts the regional template into the document. A document that already
 * holds text is only replaced after the person says so.
 */
export function NewSop({ document, onStarted }: { document: SopDocument; onStarted(): void }) {
  const styles = useStyles();
  const [asking, setAsking] = useState<TemplateId | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const start = async (id: TemplateId) => {
    setAsking(null);
    setBusy(true);
    setError(undefined);
    try {
      await document.startFromTemplate(id);
      onStarted();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (id: TemplateId) => {
    setError(undefined);
    try {
      if (await document.hasContent()) setAsking(id);
      else await start(id);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>Het sjabloon kon niet worden ingevoegd. {error}</MessageBarBody>
        </MessageBar>
      )}
      <ul className={styles.list}>
        {templateIds.map((id) => (
          <li key={id}>
            <Button className={styles.button} disabled={busy} onClick={() => void choose(id)}>
              <span>
                Nieuw SOP: {templates[id].name}
                <span className={styles.swv}>{templates[id].swv}</span>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      <Dialog open={asking !== null} onOpenChange={(_, data) => !data.open && setAsking(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Document vervangen?</DialogTitle>
            <DialogContent>
              Dit document bevat al tekst. Vervangen door het sjabloon{" "}
              {asking ? templates[asking].name : ""}? De tekst die er nu staat, gaat verloren.
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => asking && void start(asking)}>
                Vervangen
              </Button>
              <Button onClick={() => setAsking(null)}>Annuleren</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
