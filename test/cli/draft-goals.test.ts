import { join } from "node:path";
import { dataFile, filled, schools, sop, tempDir } from "./helpers";

describe("sop fill --draft-goals", () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it("writes an ontwikkeldoel for each norm not met, in the template's place for goals", () => {
    const file = filled(dir, "zuid-limburg", {
      ...schools["zuid-limburg"],
      "zorgindicator.03": "2",
      "hgw.02": "1",
    });
    const out = join(dir, "met doelen.docx");
    const run = sop(["fill", file, "--draft-goals", "--out", out]);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("2 ontwikkeldoelen opgesteld");
    const values = JSON.parse(sop(["values", out, "--json"]).stdout).values;
    expect(values["ambitie.4.doel"]).toMatch(/^Alle zorgindicatoren minstens op een 3/);
    expect(values["ambitie.5.doel"]).toMatch(/^Handelingsgericht werken versterken/);
    expect(values["ambitie.5.tijdpad"]).toBe("Schooljaar 2026-2027");
    // The norms are still not met, but now each is answered by a goal.
    const check = JSON.parse(sop(["check", out, "--format", "json"]).stdout);
    expect(check.files[0].findings.map((f: { rule: string }) => f.rule)).not.toContain(
      "ZL-AMBITIES",
    );
  });

  it("fills values and drafts goals in one go, and says when there is no room left", () => {
    const data = dataFile(dir, "waarden.json", {
      values: { "ambitie.4.doel": "Eigen doel", "ambitie.5.doel": "Nog een", "hgw.02": "1" },
    });
    const file = filled(dir, "zuid-limburg", schools["zuid-limburg"], "vol.docx");
    const run = sop(["fill", file, "--data", data, "--draft-goals", "--out", join(dir, "x.docx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 ontwikkeldoelen opgesteld");
    expect(run.stderr).toContain("Geen lege rij meer voor een ontwikkeldoel bij Handelingsgericht");
  });

  it("still asks for --data without --draft-goals", () => {
    const file = filled(dir, "passenderwijs", schools.passenderwijs, "pw.docx");
    const run = sop(["fill", file, "--out", join(dir, "y.docx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--data");
  });
});
