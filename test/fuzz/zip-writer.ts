import { deflateRawSync } from "node:zlib";
import { crc32 } from "../../src/document/docx/zip";

/**
 * A zip writer for the fuzzer, able to write what fflate never does but other programs do: data
 * descriptors, zip64 records, stored entries, the same name twice, and a comment.
 */
export type ZipSpec = {
  entries: { name: string; data: Uint8Array; store?: boolean }[];
  descriptors?: boolean;
  zip64?: boolean;
  comment?: Uint8Array;
};

/** Parts that do not change between cases are deflated once. */
const deflated = new WeakMap<Uint8Array, Uint8Array>();
function deflate(data: Uint8Array): Uint8Array {
  let out = deflated.get(data);
  if (!out) {
    out = new Uint8Array(deflateRawSync(data));
    deflated.set(data, out);
  }
  return out;
}

export function writeTestZip(spec: ZipSpec): Uint8Array {
  const out: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (b: Uint8Array) => {
    out.push(b);
    offset += b.length;
  };
  const z64 = spec.zip64 === true;
  for (const e of spec.entries) {
    const name = new TextEncoder().encode(e.name);
    const body = e.store ? e.data : deflate(e.data);
    const crc = crc32(e.data);
    const flags = spec.descriptors ? 8 : 0;
    const extra = z64 ? 20 : 0;
    const local = new DataView(new ArrayBuffer(30 + name.length + extra));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, z64 ? 45 : 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, e.store ? 0 : 8, true);
    local.setUint16(12, 0x21, true);
    if (!spec.descriptors) {
      local.setUint32(14, crc, true);
      local.setUint32(18, z64 ? 0xffffffff : body.length, true);
      local.setUint32(22, z64 ? 0xffffffff : e.data.length, true);
    }
    local.setUint16(26, name.length, true);
    local.setUint16(28, extra, true);
    new Uint8Array(local.buffer).set(name, 30);
    if (z64) {
      local.setUint16(30 + name.length, 1, true);
      local.setUint16(32 + name.length, 16, true);
      local.setBigUint64(34 + name.length, BigInt(e.data.length), true);
      local.setBigUint64(42 + name.length, BigInt(body.length), true);
    }
    const at = offset;
    push(new Uint8Array(local.buffer));
    push(body);
    if (spec.descriptors) {
      const d = new DataView(new ArrayBuffer(z64 ? 24 : 16));
      d.setUint32(0, 0x08074b50, true);
      d.setUint32(4, crc, true);
      if (z64) {
        d.setBigUint64(8, BigInt(body.length), true);
        d.setBigUint64(16, BigInt(e.data.length), true);
      } else {
        d.setUint32(8, body.length, true);
        d.setUint32(12, e.data.length, true);
      }
      push(new Uint8Array(d.buffer));
    }
    const cextra = z64 ? 28 : 0;
    const c = new DataView(new ArrayBuffer(46 + name.length + cextra));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, z64 ? 45 : 20, true);
    c.setUint16(6, z64 ? 45 : 20, true);
    c.setUint16(8, flags, true);
    c.setUint16(10, e.store ? 0 : 8, true);
    c.setUint16(14, 0x21, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, z64 ? 0xffffffff : body.length, true);
    c.setUint32(24, z64 ? 0xffffffff : e.data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, cextra, true);
    c.setUint32(42, z64 ? 0xffffffff : at, true);
    new Uint8Array(c.buffer).set(name, 46);
    if (z64) {
      c.setUint16(46 + name.length, 1, true);
      c.setUint16(48 + name.length, 24, true);
      c.setBigUint64(50 + name.length, BigInt(e.data.length), true);
      c.setBigUint64(58 + name.length, BigInt(body.length), true);
      c.setBigUint64(66 + name.length, BigInt(at), true);
    }
    central.push(new Uint8Array(c.buffer));
  }
  const cdStart = offset;
  for (const c of central) push(c);
  const cdSize = offset - cdStart;
  const count = spec.entries.length;
  if (z64) {
    const record = new DataView(new ArrayBuffer(56));
    record.setUint32(0, 0x06064b50, true);
    record.setBigUint64(4, 44n, true);
    record.setUint16(12, 45, true);
    record.setUint16(14, 45, true);
    record.setBigUint64(24, BigInt(count), true);
    record.setBigUint64(32, BigInt(count), true);
    record.setBigUint64(40, BigInt(cdSize), true);
    record.setBigUint64(48, BigInt(cdStart), true);
    const recordAt = offset;
    push(new Uint8Array(record.buffer));
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, BigInt(recordAt), true);
    locator.setUint32(16, 1, true);
    push(new Uint8Array(locator.buffer));
  }
  const comment = spec.comment ?? new Uint8Array(0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, z64 ? 0xffff : count, true);
  end.setUint16(10, z64 ? 0xffff : count, true);
  end.setUint32(12, z64 ? 0xffffffff : cdSize, true);
  end.setUint32(16, z64 ? 0xffffffff : cdStart, true);
  end.setUint16(20, comment.length, true);
  push(new Uint8Array(end.buffer));
  push(comment);
  const all = new Uint8Array(offset);
  let at = 0;
  for (const b of out) {
    all.set(b, at);
    at += b.length;
  }
  return all;
}
