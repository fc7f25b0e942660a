import { useEffect, useRef } from "react";

/** Where Ctrl+Z belongs to the browser: it takes back typing inside the text being edited. */
function editsText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !["checkbox", "radio", "button", "submit", "reset", "file", "range", "color"].includes(
    target.type,
  );
}

/**
 * Ctrl+Z (⌘Z on a Mac) anywhere in the page takes back the pane's last write, as in Word; inside a
 * text box the browser's own undo of the typing is left alone, and what it restores is written as
 * any typing is.
 */
export function useUndoKeys(undo: () => void | Promise<void>): void {
  const undoRef = useRef(undo);
  undoRef.current = undo;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== "z")
        return;
      if (editsText(e.target)) return;
      e.preventDefault();
      void undoRef.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
