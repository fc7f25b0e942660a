import { useCallback, useEffect, useRef, useState } from "react";
import type { DraftStore } from "./draft-store";

/** How long the document must be quiet before the draft is stored again (ms). */
const SAVE_DELAY_MS = 400;
type Kept = {
  onChange(listener: () => void): () => void;
  toBytes(): Uint8Array;
};

export type Keeping = {
  /** Changed since it was opened or last downloaded. */
  dirty: boolean;
  downloaded(): void;
};

/**
 * Keeps the open document safe in the browser edition: a draft in the store after each change, a
 * question before the page is left with changes not downloaded.
 */
export function useKeeping(
  doc: Kept | undefined,
  name: () => string,
  store: DraftStore,
  now: () => Date,
): Keeping {
  const [dirty, setDirty] = useState(false);
  const nameRef = useRef(name);
  nameRef.current = name;

  useEffect(() => {
    setDirty(false);
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = doc.onChange(() => {
      setDirty(true);
      clearTimeout(timer);
      timer = setTimeout(() => {
        void store.save({ bytes: doc.toBytes(), name: nameRef.current(), savedAt: +now() });
      }, SAVE_DELAY_MS);
    });
    return () => {
      off();
      clearTimeout(timer);
    };
  }, [doc, store, now]);

  useEffect(() => {
    if (!dirty) return;
    // The browser asks "Leave site?" in its own words; the draft is kept either way.
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [dirty]);

  return {
    dirty,
    downloaded: useCallback(() => setDirty(false), []),
  };
}
