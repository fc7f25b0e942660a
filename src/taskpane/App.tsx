import {
  FluentProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { SopDocument } from "../document/port";
import { HelpLink } from "./HelpLink";
import { Pane } from "./Pane";
import type { Host } from "./usePane";

export type Theme = "light" | "dark";

export type AppProps = {
  document: SopDocument;
  today: () => Date;
  theme: Theme;
  host: Host;
};

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  help: { display: "block", padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
});

/** SOP Assistent's task pane over one document, in the Office theme. */
export function App({ document, today, theme, host }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
      lang="nl"
    >
      <main>
        <Pane document={document} today={today} host={host} />
      </main>
      <footer>
        <HelpLink className={styles.help} />
      </footer>
    </FluentProvider>
  );
}
