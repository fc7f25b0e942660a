// jsdom (jest-environment-jsdom 29) has no TextEncoder/TextDecoder, which the .docx engine uses at load.
import { TextDecoder, TextEncoder } from "node:util";

const g = globalThis as Record<string, unknown>;
if (g.TextEncoder === undefined) g.TextEncoder = TextEncoder;
if (g.TextDecoder === undefined) g.TextDecoder = TextDecoder;
