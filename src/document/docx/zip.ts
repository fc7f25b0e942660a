import { unzipSync, zipSync, type Unzipped, type Zippable } from "fflate";
import { DocumentError } from "../errors";

/** No part of a .docx may inflate past this; a zip bomb is refused before it is inflated. */
export const MAX_PART_BYTES = 50 * 1024 * 1024;
/** Nor may all parts together. */
export const MAX_TOTAL_BYTES = 200 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** "EncryptedPackage" in UTF-16LE: the stream name of a password-protected OOXML file. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const name = "EncryptedPackage";
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    for (let j = 0; j < name.length; j++) {
      if (bytes[i + j * 2] !== name.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** An entry of the zip's central directory. */
export type ZipEntry = { name: string; size: number; compressedSize: number };

/** Refuses what is not a zip before anything is inflated: empty, Word 97, encrypted, other. */
function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocumentError("empty");
  if (startsWith(bytes, OLE))
    throw new DocumentError(hasEncryptedPackage(bytes) ? "encrypted" : "word97");
  if (!startsWith(bytes, [0x50, 0x4b])) throw new DocumentError("not-zip");
}

function wrap(e: unknown): DocumentError {
  if (e instanceof DocumentError) return e;
  return new DocumentError("truncated");
}

/** Lists the entries without inflating any. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  checkSignature(bytes);
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        entries.push({ name: f.name, size: f.originalSize, compressedSize: f.size });
        if (entries.length > MAX_ENTRIES)
          throw new DocumentError("too-large", `Meer dan ${MAX_ENTRIES} onderdelen.`);
        return false;
      },
    });
  } catch (e) {
    throw wrap(e);
  }
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const big = entries.find((e) => e.size > MAX_PART_BYTES);
  if (big) throw new DocumentError("too-large", `(${big.name})`);
  if (total > MAX_TOTAL_BYTES) throw new DocumentError("too-large");
  return entries;
}

/**
 * Inflates the named parts (all when `names` is absent), after checking the sizes the zip declares.
 * The inflater writes into a buffer of the declared size, so a part that lies about its size cannot
 * grow past it.
 */
export function readParts(bytes: Uint8Array, names?: ReadonlySet<string>): Unzipped {
  listEntries(bytes);
  try {
    return unzipSync(bytes, { filter: (f) => !names || names.has(f.name) });
  } catch (e) {
    throw wrap(e);
  }
}

/** A fixed time for every entry, so that building the same document twice gives the same bytes. */
const FIXED_TIME = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** Zips the parts in the given order with fixed dates (deterministic output). */
export function writeZip(parts: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of parts) zippable[name] = [data, { level: 6, mtime: FIXED_TIME }];
  return zipSync(zippable);
}
