import { inflateSync, zipSync, type Zippable } from "fflate";
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
export type ZipEntry = {
  name: string;
  /** The size it inflates to, as the zip declares it. */
  size: number;
  compressedSize: number;
  method: number;
  crc: number;
  /** Where its local header starts. */
  offset: number;
};

/** Refuses what is not a zip before anything is inflated: empty, Word 97, encrypted, other. */
function checkSignature(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocumentError("empty");
  if (startsWith(bytes, OLE))
    throw new DocumentError(hasEncryptedPackage(bytes) ? "encrypted" : "word97");
  if (!startsWith(bytes, [0x50, 0x4b])) throw new DocumentError("not-zip");
}

const utf8 = new TextDecoder();

/** Entry names are nearly always ASCII, which needs no decoder. */
function entryName(bytes: Uint8Array, start: number, length: number): string {
  let ascii = "";
  for (let i = start; i < start + length; i++) {
    const c = bytes[i] as number;
    if (c >= 128) return utf8.decode(bytes.subarray(start, start + length));
    ascii += String.fromCharCode(c);
  }
  return ascii;
}

/** Reads the central directory: every entry with its declared sizes, without inflating any. */
export function listEntries(bytes: Uint8Array): ZipEntry[] {
  checkSignature(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new DocumentError("truncated");
  let count = view.getUint16(end + 10, true);
  let directory = view.getUint32(end + 16, true);
  if (count === 0xffff || directory === 0xffffffff) {
    // Zip64: the real numbers are in the zip64 end record, which a locator just before points to.
    const locator = end - 20;
    if (locator < 0 || view.getUint32(locator, true) !== 0x07064b50)
      throw new DocumentError("truncated", "(zip64)");
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== 0x06064b50)
      throw new DocumentError("truncated", "(zip64)");
    count = safeNumber(view.getBigUint64(record + 32, true));
    directory = safeNumber(view.getBigUint64(record + 48, true));
  }
  if (count > MAX_ENTRIES)
    throw new DocumentError("too-large", `(meer dan ${MAX_ENTRIES} onderdelen)`);
  const entries: ZipEntry[] = [];
  let at = directory;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new DocumentError("truncated");
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const entry: ZipEntry = {
      name: entryName(bytes, at + 46, nameLength),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    if (flags & 1) throw new DocumentError("encrypted");
    zip64Sizes(view, entry, at + 46 + nameLength, extraLength);
    entries.push(entry);
    at += 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  }
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const big = entries.find((e) => e.size > MAX_PART_BYTES);
  if (big) throw new DocumentError("too-large", `(${big.name})`);
  if (total > MAX_TOTAL_BYTES) throw new DocumentError("too-large");
  return entries;
}

/** A 64-bit number from a zip64 field; past what a document could be, the file is refused. */
function safeNumber(n: bigint): number {
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw new DocumentError("too-large", "(zip64)");
  return Number(n);
}

/** Sizes and offset an entry keeps in its zip64 extra field (id 1) when the 32-bit ones are full. */
function zip64Sizes(
  view: DataView,
  entry: ZipEntry,
  extraStart: number,
  extraLength: number,
): void {
  const full = 0xffffffff;
  if (entry.size !== full && entry.compressedSize !== full && entry.offset !== full) return;
  let at = extraStart;
  const end = Math.min(extraStart + extraLength, view.byteLength);
  while (at + 4 <= end) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length || field + 8 > end)
          throw new DocumentError("truncated", `(${entry.name}: zip64)`);
        const v = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return v;
      };
      if (entry.size === full) entry.size = next();
      if (entry.compressedSize === full) entry.compressedSize = next();
      if (entry.offset === full) entry.offset = next();
      return;
    }
    at += 4 + length;
  }
  throw new DocumentError("truncated", `(${entry.name}: zip64)`);
}

/** The comment at the end of a zip (some school systems put a note there); kept when saving. */
export function zipComment(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      const length = view.getUint16(i + 20, true);
      return bytes.slice(i + 22, Math.min(bytes.length, i + 22 + length));
    }
  }
  return new Uint8Array(0);
}

type Zlib = { inflateRawSync(data: Uint8Array, options: { maxOutputLength: number }): Uint8Array };

/** Node's own zlib when there is one (several times faster than inflating in JavaScript). */
const nativeZlib: Zlib | undefined = (
  globalThis as { process?: { getBuiltinModule?: (name: string) => unknown } }
).process?.getBuiltinModule?.("zlib") as Zlib | undefined;

/** Inflates one entry into at most its declared size. */
function extract(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50)
    throw new DocumentError("truncated", `(${entry.name})`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new DocumentError("truncated", `(${entry.name})`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size)
      throw new DocumentError("truncated", `(${entry.name})`);
    return data.slice();
  }
  if (entry.method !== 8)
    throw new DocumentError("truncated", `(${entry.name}: onbekende compressie)`);
  let out: Uint8Array;
  try {
    out = nativeZlib
      ? nativeZlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) })
      : inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch {
    // Node stops at the declared size and says so: the part lies about its size, or is damaged.
    throw new DocumentError("truncated", `(${entry.name})`);
  }
  if (out.length !== entry.size) throw new DocumentError("truncated", `(${entry.name})`);
  return out;
}

/**
 * Inflates the named parts (all when `names` is absent), after checking the sizes the zip declares.
 * Each part is inflated into at most its declared size, so a part that lies cannot grow past it.
 */
export function readParts(
  bytes: Uint8Array,
  names?: ReadonlySet<string>,
  listed?: readonly ZipEntry[],
): Record<string, Uint8Array> {
  const entries = listed ?? listEntries(bytes);
  const parts: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (names && !names.has(entry.name)) continue;
    if (entry.name.endsWith("/")) {
      // A directory entry holds nothing; it is kept so that a save changes no more than it must.
      if (!names && entry.size === 0) parts[entry.name] = new Uint8Array(0);
      continue;
    }
    const data = extract(bytes, entry);
    // Before a save (all parts), a part whose checksum fails must not be written out. Reading only
    // parses the parts it inflates, and a damaged part fails that parse.
    if (!names && crc32(data) !== entry.crc)
      throw new DocumentError("truncated", `(${entry.name})`);
    parts[entry.name] = data;
  }
  return parts;
}

/** One part, inflated and checked against its checksum (what a save needs of every part). */
export function readCheckedPart(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = extract(bytes, entry);
  if (crc32(data) !== entry.crc) throw new DocumentError("truncated", `(${entry.name})`);
  return data;
}

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
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

/**
 * Zips the parts in the given order with fixed dates (deterministic output). Names ending in "/"
 * are the directory entries some zip tools write, kept as such; a zip comment is kept at the end.
 */
export function writeZip(
  parts: readonly (readonly [string, Uint8Array])[],
  comment: Uint8Array = new Uint8Array(0),
): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of parts)
    zippable[name] = [data, { level: name.endsWith("/") ? 0 : 6, mtime: FIXED_TIME }];
  const zipped = zipSync(zippable);
  if (comment.length === 0) return zipped;
  // fflate writes no archive comment: the end record is the last 22 bytes, its comment length last.
  const out = new Uint8Array(zipped.length + comment.length);
  out.set(zipped);
  out.set(comment, zipped.length);
  new DataView(out.buffer).setUint16(zipped.length - 2, comment.length, true);
  return out;
}
