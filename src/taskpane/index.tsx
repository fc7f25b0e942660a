import { lazy, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { BrowserEdition } from "./browser/BrowserEdition";
import { LoadFailure } from "./LoadFailure";
import { openedByOffice } from "./startup";
import { Startup } from "./Startup";

/** The pane in Word is a chunk of its own (with the model and rules), fetched while Word starts. */
const loadWordEdition = () => import(/* webpackChunkName: "word" */ "./WordEdition");
const WordEdition = lazy(() => loadWordEdition().then((m) => ({ default: m.WordEdition })));

const today = () => new Date();

/** The Word adapter is a chunk of its own: the browser edition never loads it. */
const wait = async (limitMs: number) => {
  // office.js takes seconds to find Word: the pane's chunk loads meanwhile (a failure shows later).
  loadWordEdition().catch(() => undefined);
  try {
    const { waitForWord } = await import(
      /* webpackChunkName: "word-host" */ "../document/word/host"
    );
    return await waitForWord(limitMs);
  } catch {
    return "broken" as const;
  }
};

/**
 * Starts as the add-in when Office opened the page (waiting for Word as long as it takes, within a
 * generous limit) and as the browser edition otherwise, at once.
 */
function start(): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <Startup
      inOffice={openedByOffice()}
      wait={wait}
      word={(connection) => (
        <LoadFailure>
          <Suspense>
            <WordEdition connection={connection} today={today} />
          </Suspense>
        </LoadFailure>
      )}
      browser={() => <BrowserEdition today={today} />}
    />,
  );
}

// The loader may run the app before the body is parsed (it sits in <head>, as office.js must).
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
