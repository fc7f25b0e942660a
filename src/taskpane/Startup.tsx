import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import type { NoWord, WordConnection } from "../document/word/host";
import { decideStart, type Start } from "./startup";

const useStyles = makeStyles({
  root: { minHeight: "100vh", padding: tokens.spacingHorizontalL },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** What to do when Word does not answer, in Dutch. */
const UNREACHABLE: Record<Exclude<NoWord, "not-word">, string> = {
  "no-office":
    "Het onderdeel van Microsoft dat SOP Assistent met Word verbindt (office.js) kon niet worden geladen.",
  timeout: "Word heeft niet op tijd geantwoord.",
  broken: "Het onderdeel van Microsoft dat SOP Assistent met Word verbindt, werkt niet goed.",
};

/** The pane inside Word when Word does not answer: what happened and what to do, never a file picker. */
function WordUnreachable({ why }: { why: Exclude<NoWord, "not-word"> }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>SOP Assistent kan Word niet bereiken</MessageBarTitle>
        <p>{UNREACHABLE[why]} Wat u kunt doen:</p>
        <ul className={styles.list}>
          <li>Controleer de internetverbinding en probeer het opnieuw.</li>
          <li>Sluit dit venster en open SOP Assistent opnieuw via Start › SOP Assistent.</li>
          <li>
            Lukt het dan nog niet, vraag de ICT-beheerder of
            https://officeapis.public.onecdn.static.microsoft bereikbaar is.
          </li>
        </ul>
        <Button onClick={() => window.location.reload()}>Opnieuw proberen</Button>
      </MessageBarBody>
    </MessageBar>
  );
}

export type StartupProps = {
  inOffice: boolean;
  wait: (limitMs: number) => Promise<WordConnection | NoWord>;
  limitMs?: number;
  /** The pane for each outcome (the editions are loaded by the caller). */
  word(connection: WordConnection): ReactNode;
  browser(): ReactNode;
};

/**
 * The first screen: the browser edition at once outside Office; inside Office "Verbinden met Word…"
 * until Word answers, then the pane, or after a generous limit what to do.
 */
export function Startup({ inOffice, wait, limitMs, word, browser }: StartupProps) {
  const styles = useStyles();
  const [start, setStart] = useState<Start | undefined>(inOffice ? undefined : { kind: "browser" });
  useEffect(() => {
    if (!inOffice) return;
    let alive = true;
    void decideStart(true, wait, limitMs).then((s) => alive && setStart(s));
    return () => {
      alive = false;
    };
  }, [inOffice, wait, limitMs]);
  if (start?.kind === "word") return word(start.connection);
  if (start?.kind === "browser") return browser();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root} lang="nl">
      <main>
        {start ? (
          <WordUnreachable why={start.why} />
        ) : (
          <Spinner label="Verbinden met Word…" labelPosition="below" />
        )}
      </main>
    </FluentProvider>
  );
}
