import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DocumentError } from "../../src/document/errors";
import {
  parseCustom,
  quickCustomProperties,
  readCustomProperties,
} from "../../src/document/docx/properties";
import { readSimpleXml } from "../../src/document/docx/simple-xml";
import { readParts } from "../../src/document/docx/zip";
import { parseXml } from "../../src/document/docx/xml";

/**
 * The quick reader of small parts (relationships, custom properties) either answers what the DOM
 * reads from the part, or leaves the part to the DOM: on every such part of our fixtures and on
 * mangled copies of them (bytes cut out, a markup character put in), from a fixed seed.
 */
function docxFiles(dir: string, out: string[] = []): string[] {
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) docxFiles(path, out);
    else if (f.endsWith(".docx")) out.push(path);
  }
  return out;
}

const parts: [string, Uint8Array][] = [];
for (const file of docxFiles(join(__dirname, "../fixtures"))) {
  let all: Record<string, Uint8Array>;
  try {
    all = readParts(new Uint8Array(readFileSync(file)));
  } catch {
    continue; // a fixture that is no readable zip has no parts to compare
  }
  for (const [name, data] of Object.entries(all))
    if (name.endsWith(".rels") || name.endsWith("custom.xml"))
      parts.push([`${file}:${name}`, data]);
}

let seed = 11;
const random = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % n;
};
const MARKUP = [60, 62, 34, 39, 47, 58, 32, 61, 97, 38, 10, 13, 9];
function mangled(data: Uint8Array): Uint8Array {
  const at = random(data.length);
  const put = random(2) === 0 ? [] : [MARKUP[random(MARKUP.length)] as number];
  return new Uint8Array([...data.subarray(0, at), ...put, ...data.subarray(at + random(12))]);
}

/** What the DOM reads: each child element's attributes asked for, or the refusal. */
function fromDom(data: Uint8Array): unknown {
  try {
    const root = parseXml(data, "part").documentElement;
    const out: unknown[] = [];
    for (let c = root?.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue;
      const e = c as unknown as { getAttribute(n: string): string | null };
      out.push(["Type", "Target", "TargetMode", "name"].map((n) => e.getAttribute(n)));
    }
    return out;
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    return "refused";
  }
}

function customFromDom(data: Uint8Array): unknown {
  try {
    return [...readCustomProperties(parseCustom(data))];
  } catch (e) {
    if (!(e instanceof DocumentError)) throw e;
    return "refused";
  }
}

test("the fixtures have relationships and custom properties to compare", () => {
  expect(parts.filter(([n]) => n.endsWith("custom.xml")).length).toBeGreaterThan(5);
  expect(parts.filter(([, d]) => readSimpleXml(d) !== undefined).length).toBeGreaterThan(10);
});

test.each(parts)("the quick reader and the DOM agree on %s and mangled copies", (_name, data) => {
  for (const bytes of [data, ...Array.from({ length: 60 }, () => mangled(data))]) {
    const quick = readSimpleXml(bytes);
    if (quick)
      expect(
        quick.map((c) =>
          ["Type", "Target", "TargetMode", "name"].map((n) => c.attributes.get(n) ?? null),
        ),
      ).toEqual(fromDom(bytes));
    const props = quickCustomProperties(bytes);
    if (props) expect([...props]).toEqual(customFromDom(bytes));
  }
});
