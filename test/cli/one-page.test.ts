import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { schools, sop, tempDir, filled, withoutCustomProperties } from "./helpers";

describe("sop one-page", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("writes the one-page summary of a filled SOP", () => {
    const file = filled(dir, "zuid-limburg", schools["zuid-limburg"]);
    const out = join(dir, "one page.docx");
    const run = sop(["one-page", file, "--out", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("SOP one page");
    const xml = strFromU8(unzipSync(readFileSync(out))["word/document.xml"] as Uint8Array);
    expect(xml).toContain("Basisschool De Mijnlamp");
    expect(xml).toContain("Norm b: zorgindicatoren minstens 3");
    expect(xml).toContain("23 van 23 in orde");
  });

  it("asks for --out, and never writes over the SOP itself", () => {
    const file = filled(dir, "passenderwijs", schools.passenderwijs, "pw.docx");
    const before = readFileSync(file);
    expect(sop(["one-page", file])).toMatchObject({ code: 2 });
    expect(sop(["one-page", file]).stderr).toContain("--out");
    const same = sop(["one-page", file, "--out", file]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("het SOP zelf");
    expect(readFileSync(file)).toEqual(before);
  });

  it("says so for a document that is no SOP, and writes nothing", () => {
    const file = filled(dir, "haaglanden-2021", schools["haaglanden-2021"], "hl.docx");
    const plain = join(dir, "gewoon.docx");
    writeFileSync(plain, withoutCustomProperties(readFileSync(file)));
    const out = join(dir, "niets.docx");
    const run = sop(["one-page", plain, "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/gewoon\.docx: .*SOP/);
    expect(existsSync(out)).toBe(false);
  });
});
