import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { templates } from "../../src/model";
import { sop, tempDir, templateIdList } from "./helpers";

const { dir, cleanup } = tempDir();
afterAll(cleanup);

describe("sop build-templates", () => {
  test("writes the four templates; a second build is byte-identical and leaves them alone", () => {
    const out = join(dir, "templates");
    const first = sop(["build-templates", "--out", out]);
    expect(first.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(templateIdList.map((id) => `${id}.docx`).sort());
    const bytes = templateIdList.map((id) => readFileSync(join(out, `${id}.docx`)));

    const second = sop(["build-templates", "--out", out]);
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split("\n")).toEqual(
      templateIdList.map((id) => `${join(out, `${id}.docx`)} ongewijzigd`),
    );
    templateIdList.forEach((id, i) => {
      const again = readFileSync(join(out, `${id}.docx`));
      expect(again.equals(bytes[i] as Buffer)).toBe(true);
      expect(again.equals(Buffer.from(buildTemplateDocx(templates[id])))).toBe(true);
    });
  });

  test("writes into templates/ of the working folder by default", () => {
    const run = sop(["build-templates"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join("templates", "zuid-limburg.docx"));
  });
});
