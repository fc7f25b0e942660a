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
  /** The same, read now: after a flush the state above may not have caught up yet. */
  isDirty(): boolean;
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
  const [dirty, setDirtyState] = useState(false);
  const dirtyNow = useRef(false);
  const setDirty = useCallback((value: boolean) => {
    dirtyNow.current = value;
    setDirtyState(value);
  }, []);
  const nameRef = useRef(name);
  nameRef.current = name;

  useEffect(() => {
    setDirty(false);
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keep = () => {
      timer = undefined;
      let bytes: Uint8Array;
      try {
        bytes = doc.toBytes();
      } catch {
        // A document that cannot be saved as it is (a damaged part) gets no draft: the previous one
        // stays, and Download says why and offers to save without the damaged part.
        return;
      }
      void store.save({ bytes, name: nameRef.current(), savedAt: +now() });
    };
    const off = doc.onChange(() => {
      setDirty(true);
      clearTimeout(timer);
      timer = setTimeout(keep, SAVE_DELAY_MS);
    });
    // The page is left (reload, tab closed) within the pause after a change: store it now.
    const leaving = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      keep();
    };
    window.addEventListener("pagehide", leaving);
    return () => {
      off();
      window.removeEventListener("pagehide", leaving);
      // Closed within the pause after a change: store that change now, or the draft misses it.
      if (timer !== undefined) {
        clearTimeout(timer);
        keep();
      }
    };
  }, [doc, store, now, setDirty]);

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
    isDirty: useCallback(() => dirtyNow.current, []),
    downloaded: useCallback(() => setDirty(false), [setDirty]),
  };
}
