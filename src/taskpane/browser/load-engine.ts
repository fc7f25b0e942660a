/** The .docx engine, as loaded on demand. */
export type Engine = typeof import("./engine");

/** Loads the .docx engine: a chunk of its own, fetched when the first document is opened. */
export const loadEngine = (): Promise<Engine> =>
  import(/* webpackChunkName: "engine" */ "./engine");
