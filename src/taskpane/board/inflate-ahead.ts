import { listEntries, type ZipEntry } from "../../document/docx/zip";

/**
 * The board page's workers read each .docx with the same adapter as `sop check`, which inflates
 * its parts synchronously: in a browser with fflate, in JavaScript, several times slower than the
 * browser's own inflater, which is only asynchronous (DecompressionStream). So a worker first
 * inflates a document's XML parts with DecompressionStream, all at once, and hands the reader a copy
 * of the zip in which those parts are stored: the reader then only copies them (ADR 0025).
 *
 * Nothing is judged here: a part that does not inflate natively to exactly its declared size stays
 * as it was, and anything unusual (no DecompressionStream, zip64, a damaged directory) hands on the
 * original bytes; the reader then meets every fault as it always did, with the same message.
 */
export async function inflateAhead(bytes: Uint8Array): Promise<Uint8Array> {
  if (!canInflate()) return bytes;
  let entries: ZipEntry[];
  try {
    entries = listEntries(bytes);
  } catch {
    return bytes;
  }
  if (entries.some((e) => e.size >= 0xffffffff || e.compressedSize >= 0xffffffff)) return bytes;
  const datas = entries.map((e) => dataOf(bytes, e));
  if (datas.some((d) => d === undefined)) return bytes;
  const parts = await Promise.all(
    entries.map(async (e, i) => {
      const data = datas[i] as Uint8Array;
      if (e.method !== 8 || !/\.(xml|rels)$/i.test(e.name)) return { e, data, stored: false };
      const inflated = await inflateRaw(data, e.size);
      return inflated ? { e, data: inflated, stored: true } : { e, data, stored: false };
    }),
  );
  return storedZip(parts);
}

/** Whether this browser inflates raw deflate natively. */
function canInflate(): boolean {
  try {
    return typeof DecompressionStream === "function" && !!new DecompressionStream("deflate-raw");
  } catch {
    return false;
  }
}

/** An entry's data as the reader finds it (its local header), or undefined where that is not sound. */
function dataOf(bytes: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + e.compressedSize > bytes.length) return undefined;
  return bytes.subarray(start, start + e.compressedSize);
}

/** Raw deflate data inflated natively, or undefined unless it gives exactly `size` bytes. */
async function inflateRaw(data: Uint8Array, size: number): Promise<Uint8Array | undefined> {
  const out = new Uint8Array(size);
  let length = 0;
  try {
    const reader = new Blob([data as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream("deflate-raw"));
    for await (const chunk of reader as unknown as AsyncIterable<Uint8Array>) {
      // More than declared: a part that lies about its size is left to the reader, which refuses it.
      if (length + chunk.length > size) return undefined;
      out.set(chunk, length);
      length += chunk.length;
    }
  } catch {
    return undefined;
  }
  return length === size ? out : undefined;
}

const encoder = new TextEncoder();

/** A zip of the given entries, in their order: stored ones with their inflated data, others as they were. */
function storedZip(parts: readonly { e: ZipEntry; data: Uint8Array; stored: boolean }[]) {
  const names = parts.map((p) => encoder.encode(p.e.name));
  const local = parts.reduce((sum, p, i) => sum + 30 + (names[i]?.length ?? 0) + p.data.length, 0);
  const central = names.reduce((sum, n) => sum + 46 + n.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 8, p.stored ? 0 : p.e.method, true);
    view.setUint32(at + 14, p.e.crc, true);
    view.setUint32(at + 18, p.data.length, true);
    view.setUint32(at + 22, p.e.size, true);
    view.setUint16(at + 26, name.length, true);
    out.set(name, at + 30);
    out.set(p.data, at + 30 + name.length);
    at += 30 + name.length + p.data.length;
  });
  const directory = at;
  parts.forEach((p, i) => {
    const name = names[i] as Uint8Array;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 10, p.stored ? 0 : p.e.method, true);
    view.setUint32(at + 16, p.e.crc, true);
    view.setUint32(at + 20, p.data.length, true);
    view.setUint32(at + 24, p.e.size, true);
    view.setUint16(at + 28, name.length, true);
    view.setUint32(at + 42, offsets[i] as number, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, parts.length, true);
  view.setUint16(at + 10, parts.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
