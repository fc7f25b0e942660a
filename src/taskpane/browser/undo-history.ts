import type { FieldValue } from "../../model";
import type { FieldChange, SopDocument } from "../../document/port";

/** At most this many writes can be taken back; older ones are forgotten. */
const MAX_STEPS = 100;

type Value = FieldValue | null;

const same = (a: Value | undefined, b: Value | undefined) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The pane's own writes to a document, each one a step that can be taken back. */
export type UndoHistory = {
  /** The document as the pane should see it: every write through it is recorded. */
  port: SopDocument;
  /** How many writes can be taken back. */
  steps(): number;
  /** Takes back the last write (the fields get the values they had before it); false when none. */
  undo(): Promise<boolean>;
  /** Forgets every step: the document was replaced (fields added, a new start). */
  clear(): void;
  /** Called whenever the number of steps changes. */
  onSteps(listener: () => void): () => void;
};

/**
 * Undo for the browser edition (issue 12). Each write through `port` first reads what the fields held
 * and keeps that as the step that takes it back; `undo` writes it to the document itself, so the
 * pane, the preview and the draft follow as after any change. Writes and undos run one at a time in
 * the order they were asked for, so an undo pressed during a write takes back that write: the result
 * never depends on timing.
 */
export function undoHistory(doc: SopDocument): UndoHistory {
  const stack: FieldChange[][] = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  let queue: Promise<unknown> = Promise.resolve();
  /** Runs `job` after everything asked for before it, whether that succeeded or not. */
  const inTurn = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  const write = (changes: readonly FieldChange[]) =>
    inTurn(async () => {
      const before = (await doc.readAll()).values;
      await doc.write(changes);
      const back = changes
        .filter((c) => !same(before[c.field], c.value))
        .map((c): FieldChange => ({ field: c.field, value: before[c.field] ?? null }));
      if (back.length === 0) return;
      stack.push(back);
      if (stack.length > MAX_STEPS) stack.shift();
      changed();
    });

  const clear = () => {
    if (stack.length === 0) return;
    stack.length = 0;
    changed();
  };

  return {
    port: { ...doc, write },
    steps: () => stack.length,
    undo: () =>
      inTurn(async () => {
        const step = stack.pop();
        if (!step) return false;
        try {
          await doc.write(step);
        } catch (e) {
          stack.push(step);
          throw e;
        } finally {
          changed();
        }
        return true;
      }),
    clear,
    onSteps(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
