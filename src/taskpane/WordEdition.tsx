import { useEffect, useState } from "react";
import type { WordConnection } from "../document/word/host";
import { App, type Theme } from "./App";

/** The pane inside Word: the Word document through the port, in Office's theme as it changes. */
export function WordEdition({
  connection,
  today,
}: {
  connection: WordConnection;
  today: () => Date;
}) {
  const [theme, setTheme] = useState<Theme>(connection.theme);
  useEffect(() => connection.onThemeChange(setTheme), [connection]);
  return <App document={connection.document} today={today} theme={theme} host="word" />;
}
