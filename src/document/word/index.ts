export { connectToWord, type WordConnection } from "./host";
export type { Theme } from "./theme";
export { WordDocument, type WordDocumentOptions } from "./word-document";
export type { WordHost } from "./api";
