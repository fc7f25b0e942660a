import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { findTemplate, type Template, type Values } from "../model";
import type { FieldChange, SopDocument, SopState } from "../document/port";
import { evaluate, type Evaluation } from "../rules";
import { computedChanges } from "./computed-changes";
import { dayOf, mergeValues, type Pending } from "./values";

/** Typing is written once the person pauses this long; a tick or a choice is written at once. */
export const TYPING_DELAY_MS = 300;

export type WriteMode = "now" | "typing";

export type SopDocumentState = {
  /** What the document holds, once read. */
  state: SopState | undefined;
  /** The template the document follows, when it is an SOP SOP Assistent knows. */
  template: Template | undefined;
  /** The document's values with the pane's unwritten edits laid over them. */
  values: Values;
  /** What the rules say about those values. */
  evaluation: Evaluation | undefined;
  /** Why the document could not be read, in Dutch. */
  readError: string | undefined;
  /** Why the last write was refused, in Dutch. */
  writeError: string | undefined;
  write(changes: readonly FieldChange[], mode?: WriteMode): void;
  /** Writes what is still waiting for a pause in typing. */
  flush(): Promise<void>;
  reload(): Promise<void>;
  dismissWriteError(): void;
};

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The document as the pane sees it: read once and again on every change, evaluated by the rules on
 * every edit, and written back with the computed fields that the edit changes.
 */
export function useSopDocument(document: SopDocument, today: () => Date): SopDocumentState {
  const [state, setState] = useState<SopState>();
  const [pending, setPending] = useState<Pending>({});
  const [readError, setReadError] = useState<string>();
  const [writeError, setWriteError] = useState<string>();

  const stateRef = useRef<SopState | undefined>(undefined);
  const pendingRef = useRef<Pending>({});
  const readSeq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const writing = useRef<Promise<void> | null>(null);
  const ownWrite = useRef(false);
  const alive = useRef(true);
  const todayRef = useRef(today);
  todayRef.current = today;

  const read = useCallback(async () => {
    const seq = ++readSeq.current;
    try {
      const next = await document.readAll();
      if (!alive.current || seq !== readSeq.current) return;
      stateRef.current = next;
      setState(next);
      setReadError(undefined);
    } catch (e) {
      if (!alive.current || seq !== readSeq.current) return;
      stateRef.current = undefined;
      setState(undefined);
      setReadError(messageOf(e));
    }
  }, [document]);

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current !== undefined) {
      clearTimeout(timer.current);
      timer.current = undefined;
    }
    // One write at a time, in the order they were asked for.
    while (writing.current) await writing.current;
    const batch = pendingRef.current;
    const ids = Object.keys(batch);
    const current = stateRef.current;
    const template =
      current?.detection.kind === "sop" ? findTemplate(current.detection.template) : undefined;
    if (ids.length === 0 || !current || !template) return;

    const run = (async () => {
      const changes: FieldChange[] = ids.map((field) => ({ field, value: batch[field] ?? null }));
      const extra = computedChanges(
        template,
        current.values,
        mergeValues(current.values, batch),
        current.present,
        dayOf(todayRef.current()),
        new Set(ids),
      );
      ownWrite.current = true;
      try {
        await document.write([...changes, ...extra]);
        if (alive.current) setWriteError(undefined);
      } catch (e) {
        if (alive.current) setWriteError(messageOf(e));
      } finally {
        ownWrite.current = false;
      }
      // Whether the write was taken or refused, the document now says what holds.
      const seq = ++readSeq.current;
      let next: SopState | undefined;
      try {
        next = await document.readAll();
      } catch (e) {
        if (alive.current) setReadError(messageOf(e));
      }
      // Edits made while writing stay pending; those written (or refused) are done.
      const rest: Pending = Object.fromEntries(
        Object.entries(pendingRef.current).filter(
          ([id, v]) => !ids.includes(id) || v !== batch[id],
        ),
      );
      pendingRef.current = rest;
      if (!alive.current) return;
      if (next && seq === readSeq.current) {
        stateRef.current = next;
        setState(next);
      }
      setPending(rest);
    })();
    writing.current = run;
    try {
      await run;
    } finally {
      if (writing.current === run) writing.current = null;
    }
  }, [document]);

  const write = useCallback(
    (changes: readonly FieldChange[], mode: WriteMode = "now") => {
      if (changes.length === 0) return;
      const next: Record<string, Pending[string]> = { ...pendingRef.current };
      for (const c of changes) next[c.field] = c.value;
      pendingRef.current = next;
      setPending(next);
      if (timer.current !== undefined) clearTimeout(timer.current);
      timer.current = undefined;
      if (mode === "now") void flush();
      else timer.current = setTimeout(() => void flush(), TYPING_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    alive.current = true;
    pendingRef.current = {};
    stateRef.current = undefined;
    setPending({});
    setState(undefined);
    void read();
    const off = document.onChange(() => {
      // The pane reads the document itself after its own writes.
      if (!ownWrite.current) void read();
    });
    return () => {
      off();
      // Typing not yet written is written now, not lost.
      if (Object.keys(pendingRef.current).length > 0) void flush();
      alive.current = false;
    };
  }, [document, read, flush]);

  const template =
    state?.detection.kind === "sop" ? findTemplate(state.detection.template) : undefined;
  const values = useMemo(() => mergeValues(state?.values ?? {}, pending), [state, pending]);
  const day = dayOf(today());
  const evaluation = useMemo(
    () => (template ? evaluate(template, values, day) : undefined),
    [template, values, day],
  );

  return {
    state,
    template,
    values,
    evaluation,
    readError,
    writeError,
    write,
    flush,
    reload: read,
    dismissWriteError: useCallback(() => setWriteError(undefined), []),
  };
}
