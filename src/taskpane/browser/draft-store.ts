/** The document as last changed in the browser edition, kept on this computer only. */
export type Draft = {
  bytes: Uint8Array;
  /** The file name the download would get ("SOP De Bron.docx"). */
  name: string;
  /** When it was last changed (ms since 1970). */
  savedAt: number;
};

/** Where drafts are kept: IndexedDB in the browser, something simpler in tests. */
export type DraftStore = {
  load(): Promise<Draft | undefined>;
  save(draft: Draft): Promise<void>;
  clear(): Promise<void>;
};

const DB = "sop-assistent";
const STORE = "concept";
const KEY = "huidig";

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB"));
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function withStore<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await openDb(factory);
  try {
    return await request(act(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

/**
 * Drafts in IndexedDB: one document, replaced on every change. Where the browser has no IndexedDB
 * (or refuses it, as some private windows do) nothing is kept and nothing fails.
 */
export function indexedDbStore(factory: IDBFactory | undefined = globalThis.indexedDB): DraftStore {
  if (!factory)
    return {
      load: () => Promise.resolve(undefined),
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    };
  return {
    load: async () => {
      try {
        const found = (await withStore(factory, "readonly", (s) => s.get(KEY))) as
          Draft | undefined;
        return found && found.bytes instanceof Uint8Array ? found : undefined;
      } catch {
        return undefined;
      }
    },
    save: async (draft) => {
      try {
        await withStore(factory, "readwrite", (s) => s.put(draft, KEY));
      } catch {
        // Full or refused: the download still works; the draft is a convenience.
      }
    },
    clear: async () => {
      try {
        await withStore(factory, "readwrite", (s) => s.delete(KEY));
      } catch {
        // nothing kept, nothing to clear
      }
    },
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "Verder met SOP De Bron, gewijzigd om 14:32" (with the date when it was not today). */
export function resumeText(draft: Pick<Draft, "name" | "savedAt">, now: Date): string {
  const at = new Date(draft.savedAt);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.toDateString() === now.toDateString();
  const when = sameDay
    ? `om ${time}`
    : `op ${pad(at.getDate())}-${pad(at.getMonth() + 1)}-${at.getFullYear()} om ${time}`;
  return `Verder met ${draft.name.replace(/\.docx$/i, "")}, gewijzigd ${when}`;
}
