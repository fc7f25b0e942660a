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
  let parts: Unzipped;
  try {
    parts = unzipSync(bytes, { filter: (f) => !names || names.has(f.name) });
  } catch (e) {
    throw wrap(e);
  }
  // Before a save (all parts), a part whose data does not match its checksum was cut short or
  // lied about its size and must not be written out. Reading only parses the parts it inflates,
  // and a damaged part fails that parse.
  if (names) return parts;
  const crcs = centralCrcs(bytes);
  for (const [name, data] of Object.entries(parts)) {
    const expected = crcs.get(name);
    if (expected !== undefined && crc32(data) !== expected)
      throw new DocumentError("truncated", `(${name})`);
  }
  return parts;
}

/** The CRC-32 of every entry, from the zip's central directory. */
function centralCrcs(bytes: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return out;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const crc = view.getUint32(at + 16, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    out.set(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), crc);
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

let crcTable: Uint32Array | undefined;

function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    crc = (crcTable[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A fixed time for every entry, so that building the same document twice gives the same bytes. */
const FIXED_TIME = new Date(Date.UTC(2020, 0, 1, 0, 0, 0));

/** Zips the parts in the given order with fixed dates (deterministic output). */
export function writeZip(parts: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of parts) zippable[name] = [data, { level: 6, mtime: FIXED_TIME }];
  return zipSync(zippable);
}
