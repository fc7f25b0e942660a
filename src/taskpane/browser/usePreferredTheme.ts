import { useEffect, useState } from "react";
import type { Theme } from "../App";

const media = () =>
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;

/** Light or dark as the browser prefers, following changes. */
export function usePreferredTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(() => (media()?.matches ? "dark" : "light"));
  useEffect(() => {
    const m = media();
    if (!m) return;
    const follow = (e: MediaQueryListEvent) => setTheme(e.matches ? "dark" : "light");
    m.addEventListener("change", follow);
    return () => m.removeEventListener("change", follow);
  }, []);
  return theme;
}
