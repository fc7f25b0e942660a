import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { TemplateId } from "../../model";
import { HelpLink } from "../HelpLink";
import { DOCX_TYPE } from "./files";
import { templateChoices } from "./template-choices";

const useStyles = makeStyles({
  main: { maxWidth: "40rem", margin: "0 auto", padding: tokens.spacingHorizontalXL },
  title: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    margin: `${tokens.spacingVerticalL} 0`,
  },
  heading: {
    fontSize: tokens.fontSizeBase500,
    margin: `${tokens.spacingVerticalXL} 0 ${tokens.spacingVerticalS}`,
  },
  list: { listStyle: "none", padding: 0, margin: 0, display: "grid", gap: tokens.spacingVerticalS },
  button: { justifyContent: "flex-start", width: "100%", textAlign: "left" },
  swv: {
    display: "block",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  drop: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingHorizontalL,
    textAlign: "center",
  },
});

/** The browser edition's start: open a .docx (picker or drop) or begin from a regional template. */
export function OpenScreen({
  busy,
  error,
  onFile,
  onTemplate,
  onBoard,
  resume,
}: {
  /** The draft kept in this browser, to go on with ("Verder met SOP De Bron, gewijzigd om 14:32"). */
  resume?: { text: string; onResume(): void } | undefined;
  busy: boolean;
  error: string | undefined;
  onFile(file: File): void;
  onTemplate(id: TemplateId): void;
  onBoard(): void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <main className={styles.main}>
      <h1 className={styles.title}>SOP Assistent</h1>
      <p>
        Vul het schoolondersteuningsprofiel van uw school in, ook zonder Word: open het document of
        begin met het sjabloon van uw samenwerkingsverband, en download daarna het .docx-bestand.
        Het document blijft op uw computer; niets wordt verstuurd. <HelpLink />
      </p>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {busy && <Spinner size="small" label="Het document wordt geopend…" />}
      {resume && (
        <section aria-labelledby="verder">
          <h2 id="verder" className={styles.heading}>
            Verder waar u was
          </h2>
          <Button appearance="primary" disabled={busy} onClick={resume.onResume}>
            {resume.text}
          </Button>
          <p className={styles.swv}>Bewaard in deze browser, alleen op deze computer.</p>
        </section>
      )}
      <section aria-labelledby="openen">
        <h2 id="openen" className={styles.heading}>
          Een document openen
        </h2>
        <div className={styles.drop}>
          <p>Sleep een .docx-bestand naar deze pagina, of kies het op uw computer.</p>
          <input
            ref={input}
            type="file"
            hidden
            accept={`.docx,${DOCX_TYPE}`}
            aria-label="Kies een .docx-bestand"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (file) onFile(file);
            }}
          />
          <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
            Document openen…
          </Button>
        </div>
      </section>
      <section aria-labelledby="sjabloon">
        <h2 id="sjabloon" className={styles.heading}>
          Beginnen met een sjabloon
        </h2>
        <ul className={styles.list}>
          {templateChoices.map(({ id, name, swv }) => (
            <li key={id}>
              <Button className={styles.button} disabled={busy} onClick={() => onTemplate(id)}>
                <span>
                  Nieuw SOP: {name}
                  <span className={styles.swv}>{swv}</span>
                </span>
              </Button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bestuur">
        <h2 id="bestuur" className={styles.heading}>
          Voor besturen
        </h2>
        <p>
          Controleer alle ontvangen SOP's in één keer: per school of het SOP klaar is, elke norm en
          wat er nog mis is, met een overzicht voor Excel.
        </p>
        <Button className={styles.button} disabled={busy} onClick={onBoard}>
          SOP's controleren (bestuur)
        </Button>
      </section>
    </main>
  );
}
