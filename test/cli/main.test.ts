import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { templates } from "../../src/model";
import { sop, tempDir, withoutCustomProperties } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe("sop: usage and bad commands", () => {
  test("without a command: the Dutch usage on stderr, exit 2", () => {
    const run = sop([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Gebruik: npm run sop -- <opdracht> [opties]");
    for (const command of ["inspect", "values", "fill", "check", "build-templates"])
      expect(run.stderr).toContain(`  ${command} `);
  });

  test("--help: the usage on stdout, exit 0; per command too", () => {
    expect(sop(["--help"])).toMatchObject({ code: 0, stderr: "" });
    const check = sop(["check", "--help"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain("Gebruik: npm run sop -- check <bestand.docx | map>...");
    expect(check.stdout).toContain("Afsluitcode: 0 = in orde");
  });

  test.each([
    [["controleer", "x.docx"], 'Onbekende opdracht "controleer".'],
    [["inspect"], "Geef precies één .docx-bestand."],
    [["check"], "Geef ten minste één bestand of map om te controleren."],
    [["fill", "zuid-limburg", "--out", "x.docx"], "De optie --data <waarden.json> ontbreekt."],
    [["fill", "zuid-limburg", "--data"], "De optie --data mist een waarde."],
    [["values", "x.docx", "--xml"], "Onbekende optie --xml."],
    [["build-templates", "extra"], "Onverwacht argument extra."],
  ])("%j: a Dutch message and the usage, exit 2", (argv, message) => {
    const run = sop(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("Gebruik: npm run sop --");
    expect(run.stdout).toBe("");
  });
});

describe("sop: bad input never shows a stack trace", () => {
  const cases: [string, Uint8Array | string][] = [
    ["leeg.docx", ""],
    ["tekst.docx", "gewoon tekst"],
    ["afgebroken.docx", buildTemplateDocx(templates.passenderwijs).slice(0, 3000)],
    [
      "oud.docx",
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    ],
  ];
  test.each(
    cases.flatMap(([name, bytes]) =>
      ["inspect", "values", "fill"].map((command) => [command, name, bytes] as const),
    ),
  )("%s %s: one line naming the file, exit 2", (command, name, bytes) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const data = join(dir, "leeg.json");
    writeFileSync(data, JSON.stringify({ values: {} }));
    const argv =
      command === "fill"
        ? ["fill", file, "--data", data, "--out", join(dir, "uit.docx")]
        : [command, file];
    const run = sop(argv);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).not.toMatch(/\bat .*\(|Error:/);
  });

  test("a file that does not exist", () => {
    const run = sop(["values", join(dir, "weg.docx")]);
    expect(run).toMatchObject({
      code: 2,
      stderr: `${join(dir, "weg.docx")}: bestand niet gevonden.\n`,
    });
  });

  test.each(["values", "fill"])(
    "%s of a Word document that is no SOP: says so, exit 2",
    (command) => {
      const file = join(dir, "geen-sop.docx");
      writeFileSync(file, withoutCustomProperties(buildTemplateDocx(templates["haaglanden-2025"])));
      const data = join(dir, "leeg.json");
      writeFileSync(data, JSON.stringify({ values: {} }));
      const argv =
        command === "fill"
          ? ["fill", file, "--data", data, "--out", join(dir, "uit.docx")]
          : [command, file];
      const run = sop(argv);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `${file}: Dit document is geen SOP met velden: het is niet gemaakt vanuit een van de SOP-sjablonen (Haaglanden, Passenderwijs, Zuid-Limburg). Is het een SOP dat de school zelf maakte, dan zet \`sop bind <bestand> --out <nieuw.docx>\` de velden erin.\n`,
      );
    },
  );
});
