/**
 * Checks that every label the model defines (field and option labels, table headers, section
 * headings) stands verbatim, line breaks aside, in the template's reference text in
 * ../shared/reference/ (or $SOP_REFERENCE_DIR). The reference texts are not part of this repository.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { templates, type Template } from "../src/model";
import { labelsOf, normalizeForLabels } from "./labels";

const dir = resolve(process.env.SOP_REFERENCE_DIR ?? resolve(__dirname, "../../shared/reference"));
if (!existsSync(dir)) {
  console.error(`Referentieteksten niet gevonden in ${dir} (zet SOP_REFERENCE_DIR).`);
  process.exit(2);
}

let failures = 0;
for (const template of Object.values(templates) as Template[]) {
  const reference = normalizeForLabels(readFileSync(resolve(dir, template.reference), "utf8"));
  const missing = labelsOf(template).filter((l) => !reference.includes(normalizeForLabels(l.text)));
  const total = labelsOf(template).length;
  console.log(
    `${template.id}: ${total - missing.length}/${total} labels gevonden in ${template.reference}`,
  );
  for (const m of missing) console.log(`  ontbreekt (${m.where}): ${m.text}`);
  failures += missing.length;
}
if (failures > 0) {
  console.log(`${failures} labels staan niet letterlijk in de referentietekst.`);
  process.exit(1);
}
