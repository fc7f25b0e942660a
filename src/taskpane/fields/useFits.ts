import { useCallback, useLayoutEffect, useRef, useState } from "react";

/**
 * Whether a table fits the width it is given. While it does not, the caller shows another layout;
 * the width the table needed is kept, so it comes back once the pane is that wide again. Without
 * layout (a test without one) everything fits.
 */
export function useFits<T extends HTMLElement>() {
  const wrap = useRef<T>(null);
  const needs = useRef(0);
  const [fits, setFits] = useState(true);
  const check = useCallback(() => {
    const el = wrap.current;
    const room = el?.clientWidth ?? 0;
    if (!el || room === 0) return;
    const table = el.querySelector("table");
    if (table) {
      const width = table.getBoundingClientRect().width;
      if (width > room + 1) {
        needs.current = width;
        setFits(false);
      }
    } else if (room >= needs.current) setFits(true);
  }, []);
  useLayoutEffect(check);
  useLayoutEffect(() => {
    const el = wrap.current;
    const Observer = el?.ownerDocument.defaultView?.ResizeObserver;
    if (!el || !Observer) return;
    const observer = new Observer(() => check());
    observer.observe(el);
    return () => observer.disconnect();
  }, [check]);
  return { wrap, fits };
}
