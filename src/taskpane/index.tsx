import { createRoot } from "react-dom/client";
import type { WordConnection } from "../document/word/host";
import { BrowserEdition } from "./browser/BrowserEdition";
import { WordEdition } from "./WordEdition";

/** How long the pane waits for Word before it starts as the browser edition. */
const WORD_TIMEOUT_MS = 1000;

const today = () => new Date();

/**
 * Starts inside Word when office.js connects quickly, and as the browser edition otherwise: without
 * Office (or without office.js at all) the pane must not wait for it.
 */
async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const root = createRoot(container);
  let connection: WordConnection | null = null;
  try {
    // The Word adapter is a chunk of its own: the browser edition never runs it.
    const { connectToWord } = await import("../document/word/host");
    connection = await connectToWord({ timeoutMs: WORD_TIMEOUT_MS });
  } catch {
    connection = null;
  }
  root.render(
    connection ? (
      <WordEdition connection={connection} today={today} />
    ) : (
      <BrowserEdition today={today} />
    ),
  );
}

void start();
