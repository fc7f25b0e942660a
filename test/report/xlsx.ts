import { strFromU8, unzipSync } from "fflate";

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** "B" → 1: a cell reference's column as an index. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? "A";
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

/**
 * Reads a workbook back as sheet name → rows of cell texts, from the parts themselves (the
 * workbook, shared strings, sheets), so a test sees what Excel would load.
 */
export function readXlsx(bytes: Uint8Array): Map<string, string[][]> {
  const parts = unzipSync(bytes);
  const text = (name: string) => {
    const part = parts[name];
    if (!part) throw new Error(`no part ${name}`);
    return strFromU8(part);
  };
  const strings = [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescape([...(m[1] ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const rels = new Map(
    [...text("xl/_rels/workbook.xml.rels").matchAll(/<Relationship ([^>]*)\/>/g)].map((m) => [
      /Id="([^"]+)"/.exec(m[1] ?? "")?.[1],
      /Target="([^"]+)"/.exec(m[1] ?? "")?.[1],
    ]),
  );
  const out = new Map<string, string[][]>();
  for (const m of text("xl/workbook.xml").matchAll(/<sheet ([^>]*)\/>/g)) {
    const name = unescape(/name="([^"]+)"/.exec(m[1] ?? "")?.[1] ?? "");
    const target = rels.get(/r:id="([^"]+)"/.exec(m[1] ?? "")?.[1]) ?? "";
    const xml = text(`xl/${target.replace(/^\/?xl\//, "")}`);
    const rows = [...xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)].map((row) => {
      const cells: string[] = [];
      for (const c of (row[1] ?? "").matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1] ?? "";
        const ref = /r="([A-Z]+)\d+"/.exec(attrs)?.[1] ?? "A";
        const value = /<v>([\s\S]*?)<\/v>/.exec(c[2] ?? "")?.[1];
        const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(c[2] ?? "")?.[1];
        const shown = /t="s"/.test(attrs)
          ? (strings[Number(value)] ?? "")
          : unescape(inline ?? value ?? "");
        cells[columnIndex(ref)] = shown;
      }
      return Array.from(cells, (v) => v ?? "");
    });
    out.set(name, rows);
  }
  return out;
}
