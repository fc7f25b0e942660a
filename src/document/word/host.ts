/// <reference types="office-js" />
import type { SopDocument } from "../port";
import type { WordHost } from "./api";
import { themeOf, type Theme } from "./theme";
import { WordDocument } from "./word-document";

/** The document open in Word, and the Office theme the pane should follow. */
export type WordConnection = {
  document: SopDocument;
  theme: Theme;
  /** Theme changes have no event in every host: the theme is read again on focus and selection. */
  onThemeChange(listener: (theme: Theme) => void): () => void;
};

/** Resolves with the promise's value, or undefined when it does not settle in time (or fails). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** One DocumentSelectionChanged registration with Office, shared by every subscriber. */
function selectionEvents(): (handler: () => void) => () => void {
  const handlers = new Set<() => void>();
  const dispatch = () => {
    for (const h of [...handlers]) h();
  };
  const type = Office.EventType.DocumentSelectionChanged;
  return (handler) => {
    handlers.add(handler);
    if (handlers.size === 1) Office.context.document.addHandlerAsync(type, dispatch);
    return () => {
      if (!handlers.delete(handler) || handlers.size > 0) return;
      Office.context.document.removeHandlerAsync(type, { handler: dispatch });
    };
  };
}

const readTheme = (): Theme => themeOf(Office.context.officeTheme);

/** Why no connection to Word was made. */
export type NoWord =
  /** office.js is not there (not loaded, or it failed to load). */
  | "no-office"
  /** `Office.onReady` did not come within the limit. */
  | "timeout"
  /** office.js answered, but not as Word (outside Office, or another application). */
  | "not-word"
  /** office.js is there but broken. */
  | "broken";

/**
 * Connects to Word when the pane runs inside it. Resolves null, within `timeoutMs`, when office.js is
 * absent (`Office` undefined), when `Office.onReady` does not come in time (office.js loaded but no
 * host answering), or when the host is not Word: the browser edition then starts, without waiting.
 */
export async function connectToWord(
  options: { timeoutMs?: number } = {},
): Promise<WordConnection | null> {
  const result = await waitForWord(options.timeoutMs ?? 1500);
  return typeof result === "string" ? null : result;
}

/**
 * Waits for Word for up to `limitMs`, and says why when it does not come. Inside Office the wait must
 * be generous: `Office.onReady` first fetches the host script and strings, seconds on a cold cache
 * (office-js #6040, #6148).
 */
export async function waitForWord(limitMs: number): Promise<WordConnection | NoWord> {
  try {
    return await connect(limitMs);
  } catch {
    return "broken";
  }
}

async function connect(timeoutMs: number): Promise<WordConnection | NoWord> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return "no-office";
  let failed = false;
  const info = await within(
    Promise.resolve()
      .then(() => Office.onReady())
      .catch((e: unknown) => {
        failed = true;
        throw e;
      }),
    timeoutMs,
  );
  if (!info) return failed ? "not-word" : "timeout";
  if (info.host !== Office.HostType.Word || typeof Word === "undefined") return "not-word";

  const onSelectionChanged = selectionEvents();
  const host: WordHost<Word.ContentControlType> = {
    run: Word.run,
    controlTypes: Word.ContentControlType,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    onSelectionChanged,
  };
  return {
    document: new WordDocument(host),
    theme: readTheme(),
    onThemeChange(listener) {
      let current = readTheme();
      const check = () => {
        const next = readTheme();
        if (next === current) return;
        current = next;
        listener(next);
      };
      const stopSelection = onSelectionChanged(check);
      const win = typeof window === "undefined" ? undefined : window;
      win?.addEventListener("focus", check);
      return () => {
        stopSelection();
        win?.removeEventListener("focus", check);
      };
    },
  };
}
