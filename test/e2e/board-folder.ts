/** A folder of SOPs as a board receives them: each template filled, one below a norm, one broken. */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DocxDocument } from "../../src/document/docx/adapter";
import { templateIds } from "../../src/model";
import { filledTemplate } from "../document/filled";

export const BELOW_NORM_SCHOOL = "Basisschool De Linde";

export function boardFolder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "sop-bestuur-"));
  const map = join(dir, "SOP's 2026");
  mkdirSync(join(map, "Zuid-Limburg"), { recursive: true });
  const files: string[] = [];
  const put = (name: string, bytes: Uint8Array | string) => {
    writeFileSync(join(map, name), bytes);
    files.push(join(map, name));
  };
  for (const id of templateIds) put(`${id}.docx`, filledTemplate(id));
  const linde = new DocxDocument(filledTemplate("zuid-limburg"));
  linde.writeSync([
    { field: "school.naam", value: BELOW_NORM_SCHOOL },
    { field: "zorgindicator.01", value: "2" },
  ]);
  put("Zuid-Limburg/linde.docx", linde.toBytes());
  put("kapot.docx", "dit is geen Word-document");
  return { dir: map, files };
}

/** N copies of a filled Zuid-Limburg SOP, for the board page's 300-school figure. */
export function manySops(count: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), "sop-veel-"));
  const bytes = filledTemplate("zuid-limburg");
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `school-${String(i).padStart(3, "0")}.docx`);
    writeFileSync(path, bytes);
    return path;
  });
}
