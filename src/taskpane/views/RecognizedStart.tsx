import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { RecognizedSop, SopDocument } from "../../document/port";
import { templates, type TemplateId } from "../../model";
import { carryOversFrom } from "../../rules/carry-over";
import { shownValue } from "../recognized-text";
import type { Host } from "../usePane";

const useStyles = makeStyles({
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { margin: `${tokens.spacingVerticalS} 0` },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    maxHeight: "16rem",
    overflowY: "auto",
    fontSize: tokens.fontSizeBase200,
  },
  actions: { display: "grid", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalM },
});

/**
 * Start for a document that is no SOP of ours but reads as one: what was found, to confirm before
 * anything changes, and what to do with it.
 */
export function RecognizedStart({
  document,
  recognized,
  host = "browser",
}: {
  document: SopDocument;
  recognized: RecognizedSop;
  /** In Word a carried-over SOP opens in a window of its own; the pane stays on this document. */
  host?: Host;
}) {
  const styles = useStyles();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [opened, setOpened] = useState(false);
  const template = templates[recognized.template];
  const total = template.fields.length;

  const run = async (what: string, action: () => Promise<void> | undefined) => {
    setBusy(what);
    setError(undefined);
    setOpened(false);
    try {
      await action();
      if (what !== "bind" && host === "word") setOpened(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(undefined);
    }
  };
  const bind = (addMissing = false) =>
    run("bind", () => document.bindFields?.(recognized.template, { addMissing }));
  const missing = recognized.unplaced.length;
  const importInto = (target: TemplateId) => run(target, () => document.importInto?.(target));

  return (
    <div>
      <h2 className={styles.title}>
        {recognized.stripped
          ? `Dit SOP ${template.name} heeft zijn velden verloren`
          : `Dit lijkt een SOP ${template.name} (${recognized.found.length} van ${total} antwoorden herkend)`}
      </h2>
      {recognized.stripped && (
        <p className={styles.text}>
          Het is opgeslagen in een ander programma dan Word (LibreOffice doet dat), dat de
          SOP-velden verwijderde. SOP Assistent heeft {recognized.found.length} van {total}{" "}
          antwoorden in de tekst teruggevonden en kan de velden herstellen.
        </p>
      )}
      <p className={styles.text}>Gevonden antwoorden (er verandert nog niets):</p>
      <ul className={styles.list} aria-label="Herkende antwoorden">
        {recognized.found.map((f) => {
          const field = template.byId.get(f.field)?.field;
          return (
            <li key={f.field}>
              {field?.short ?? field?.label ?? f.field}: {shownValue(field, f.value)}
            </li>
          );
        })}
      </ul>
      {missing > 0 && (
        <>
          <p className={styles.text}>
            Niet in dit document: {missing === 1 ? "1 veld" : `${missing} velden`} van het model.
            SOP Assistent kan {missing === 1 ? "het" : "ze"} aan het eind van{" "}
            {missing === 1 ? "zijn" : "hun"} hoofdstuk toevoegen, zoals het model{" "}
            {missing === 1 ? "het schrijft" : "ze schrijft"}.
          </p>
          <ul className={styles.list} aria-label="Niet in dit document">
            {recognized.unplaced.map((id) => {
              const field = template.byId.get(id)?.field;
              return <li key={id}>{field?.short ?? field?.label ?? id}</li>;
            })}
          </ul>
        </>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== undefined} onClick={() => void bind()}>
          {recognized.stripped ? "Velden herstellen" : "Velden toevoegen aan dit document"}
        </Button>
        {missing > 0 && (
          <Button disabled={busy !== undefined} onClick={() => void bind(true)}>
            {recognized.stripped ? "Velden herstellen" : "Velden toevoegen"}, ook de ontbrekende aan
            het eind van hun hoofdstuk
          </Button>
        )}
        <Button disabled={busy !== undefined} onClick={() => void importInto(recognized.template)}>
          Overnemen in een nieuw document
        </Button>
        {carryOversFrom(recognized.template).map((c) => (
          <Button key={c.to} disabled={busy !== undefined} onClick={() => void importInto(c.to)}>
            {c.action}
          </Button>
        ))}
        {busy !== undefined && <Spinner size="tiny" label="Bezig…" />}
        {opened && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              Het nieuwe document staat open in een eigen Word-venster, met de overgenomen
              antwoorden. Open daar SOP Assistent om verder te gaan; dit document blijft zoals het
              was.
            </MessageBarBody>
          </MessageBar>
        )}
        {error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
