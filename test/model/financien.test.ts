import { financialTable, loadFinancialTable } from "../../src/model";

/**
 * Issue 7.4: only amounts a source states. Schooljaar 2020-2021 (SPPOH's model SOP 2021-2025, ch. 5)
 * and kalenderjaar 2023 as the filled Haaglanden SOP cites it
 * (haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt r. 706-707: "Op de begroting van het kalenderjaar
 * 2023 ... vaste voet van € 8.500 plus € 106 per leerling").
 */
describe("the financial table", () => {
  test("holds the sourced rows only, keyed as their source states the period", () => {
    expect(Object.keys(financialTable).sort()).toEqual(["2020-2021", "2023"]);
    expect(financialTable["2023"]).toMatchObject({ vasteVoet: 8500, perLeerling: 106 });
  });

  test("each row's bron names the document and where in it", () => {
    expect(financialTable["2020-2021"]?.bron).toMatch(
      /Model SchoolOndersteuningsProfiel.*hoofdstuk 5/,
    );
    const bron = financialTable["2023"]?.bron ?? "";
    expect(bron).toContain("haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt");
    expect(bron).toMatch(/regels 706-707/);
    expect(bron).toContain("kalenderjaar 2023");
  });

  test("a kalenderjaar is a key of its own; a schooljaar still needs consecutive years", () => {
    const row = { vasteVoet: 1, perLeerling: 1, bron: "x" };
    expect(Object.keys(loadFinancialTable({ "2027": row }))).toEqual(["2027"]);
    expect(() => loadFinancialTable({ "2023-2025": row })).toThrow(/volgt op het eerste/);
    expect(() => loadFinancialTable({ "23": row })).toThrow(/kalenderjaar als 2023/);
  });
});
