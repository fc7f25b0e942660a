import { cellPosition, cellText } from "../../scripts/labels";

/**
 * The stricter check:labels (issue 7.7): a table's label must stand as a cell of its own in the
 * reference text, not merely somewhere in it. The lines below imitate the extracts in
 * ../shared/reference (haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt:541-545 and 557-562,
 * zuid-limburg-sop-model.txt:238-239, haaglanden-ondersteuningsaanbod-2025-model.txt:469).
 */
const reference = cellText(
  [
    "Expertise ",
    " ",
    "Ja / nee Uren beschikbaar ",
    "Remedial teaching ja  ",
    "Betrokken experts Structureel Regelmatig Incidenteel  Niet van ",
    "toepassing  ",
    "Schoolmaatschappelijk werk (+) X    ",
    "1.  (1.4) Leerlingen met specifieke onderwijsbehoeften ontwikkelen ",
    "zich naar hun mogelijkheden. ",
    "Preventief signaleren op sociaal-",
    "emotionele ontwikkeling en gedrag In kernwoorden",
    "Het bieden van goede zorg aan onze leerlingen staat centraal in onze school.",
  ].join("\n"),
);
const at = (label: string, neighbours: string[] = []) =>
  cellPosition(reference, label, neighbours, 0);

test("headers on one line are cells when they stand next to each other", () => {
  const headers = ["Expertise", "Ja / nee", "Uren beschikbaar"];
  expect(at("Ja / nee", headers)).toBeGreaterThan(0);
  expect(at("Uren beschikbaar", headers)).toBeGreaterThan(0);
  const extern = [
    "Betrokken experts",
    "Structureel",
    "Regelmatig",
    "Incidenteel",
    "Niet van toepassing",
  ];
  for (const h of extern) expect(at(h, extern)).toBeGreaterThan(0);
});

test("a row label followed by the school's answer, after its number, or over a hyphen is a cell", () => {
  expect(at("Schoolmaatschappelijk werk (+)")).toBeGreaterThan(0);
  expect(at("Remedial teaching")).toBeGreaterThan(0);
  expect(
    at("Leerlingen met specifieke onderwijsbehoeften ontwikkelen zich naar hun mogelijkheden."),
  ).toBeGreaterThan(0);
  expect(
    at("Preventief signaleren op sociaal-emotionele ontwikkeling en gedrag", ["In kernwoorden"]),
  ).toBeGreaterThan(0);
});

test("words inside a sentence or a cell are not a cell", () => {
  expect(at("goede zorg")).toBe(-1);
  expect(at("leerlingen")).toBe(-1);
  expect(at("Structureel")).toBe(-1); // no neighbours given: mid-line, not a cell
  expect(at("werk (+)")).toBe(-1);
  // Later than its place: not found from there.
  expect(cellPosition(reference, "Remedial teaching", [], at("Betrokken experts", []) + 1)).toBe(
    -1,
  );
});
