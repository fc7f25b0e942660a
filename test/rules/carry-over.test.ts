import { carryOver, findCarryOver } from "../../src/rules/carry-over";
import { loadCarryOver } from "../../src/model/recognition/carry-over";
import { templates, type Values } from "../../src/model";

const mapping = findCarryOver("haaglanden-2021", "haaglanden-2025");
const carry = (values: Values) => {
  if (!mapping) throw new Error("no carry-over 2021 → 2025");
  return carryOver(mapping, values);
};

describe("Haaglanden SOP 2021-2025 → Ondersteuningsaanbod 2025", () => {
  it("exists as data, and only one way", () => {
    expect(mapping).toBeDefined();
    expect(findCarryOver("haaglanden-2025", "haaglanden-2021")).toBeUndefined();
  });

  it("ondersteuningsstructuur → structuur", () => {
    expect(
      carry({ ondersteuningsstructuur: "Drie keer per jaar een groepsbespreking." }).values,
    ).toEqual({
      structuur: "Drie keer per jaar een groepsbespreking.",
    });
  });

  it("school.naam goes to the 2025 school name, or is listed when 2025 has no place for it", () => {
    const r = carry({ "school.naam": "BS De Vlieger" });
    if (templates["haaglanden-2025"].byId.has("school.naam"))
      expect(r.values["school.naam"]).toBe("BS De Vlieger");
    else expect(r.unplaced).toEqual(["school.naam"]);
  });

  it.each([
    ["taal-lezen-spraak", "taal"],
    ["rekenen-wiskunde", "rekenen"],
    ["gedrag", "gedrag"],
    ["jonge-kind", "jonge-kind"],
    ["hoogbegaafdheid", "hoogbegaafdheid"],
    ["motoriek", "motoriek"],
    ["nt2", "nt2"],
  ])("expertise.%s → expertise.%s keeps ja/nee, uren and opmerking become inhoud", (old, now) => {
    const yes = carry({
      [`expertise.${old}`]: "ja",
      [`expertise.${old}.uren`]: "4 uur per week",
      [`expertise.${old}.opmerking`]: "specialist in groep 5-8",
    });
    expect(yes.values).toEqual({
      [`expertise.${now}`]: "ja",
      [`expertise.${now}.inhoud`]: "4 uur per week; specialist in groep 5-8",
    });
    expect(carry({ [`expertise.${old}`]: "nee" }).values).toEqual({ [`expertise.${now}`]: "nee" });
  });

  it("rows 2025 does not have go into expertise.anders with their names", () => {
    const r = carry({
      "expertise.remedial-teaching": "ja",
      "expertise.remedial-teaching.uren": "8 uur",
      "expertise.cognitieve-ontwikkeling": "nee",
      "expertise.autisme": "ja",
      "expertise.zieke-leerlingen": "ja",
      "expertise.faalangst": "ja",
      "expertise.anders-1": "ja",
      "expertise.anders-1.naam": "Trauma sensitief lesgeven",
    });
    expect(r.values).toEqual({
      "expertise.anders": "ja",
      "expertise.anders.naam":
        "Remedial teaching, Expertise autisme, Expertise zieke leerlingen, Expertise faalangst, Trauma sensitief lesgeven",
      "expertise.anders.inhoud": "Remedial teaching: 8 uur",
    });
    expect(r.unplaced).toEqual([]);
  });

  it.each([
    "sbo",
    "so",
    "adviseur",
    "smw",
    "leerplicht",
    "jgz",
    "politie",
    "logopedie",
    "fysiotherapie",
    "jeugdhulp",
  ])("extern.%s → netwerk.%s: structureel, regelmatig, incidenteel are ja, nvt is nee", (key) => {
    for (const often of ["structureel", "regelmatig", "incidenteel"])
      expect(carry({ [`extern.${key}`]: often }).values).toEqual({ [`netwerk.${key}`]: "ja" });
    expect(carry({ [`extern.${key}`]: "nvt" }).values).toEqual({ [`netwerk.${key}`]: "nee" });
  });

  it("extern.cjg becomes an 'anders' partner named CJG", () => {
    expect(carry({ "extern.cjg": "regelmatig" }).values).toEqual({
      "netwerk.anders-1": "ja",
      "netwerk.anders-1.naam": "CJG",
    });
  });

  it.each([
    "rolstoelvriendelijk",
    "invalidetoilet",
    "doven-slechthorenden",
    "blinden-slechtzienden",
    "gespreksruimte",
    "therapieruimte",
    "verzorgingsruimte",
    "time-out-ruimte",
    "lift",
  ])("voorziening.%s → gebouw.%s: aanwezig is ja, nvt is nee", (key) => {
    expect(carry({ [`voorziening.${key}`]: "aanwezig" }).values).toEqual({
      [`gebouw.${key}`]: "ja",
    });
    expect(carry({ [`voorziening.${key}`]: "nvt" }).values).toEqual({ [`gebouw.${key}`]: "nee" });
  });

  it("extra voorzieningen go into gebouw.anders with their names", () => {
    expect(
      carry({
        "voorziening.anders-1": "aanwezig",
        "voorziening.anders-1.naam": "Ouderkamer",
        "voorziening.anders-2": "nvt",
        "voorziening.anders-2.naam": "Snoezelruimte",
      }).values,
    ).toEqual({ "gebouw.anders": "ja", "gebouw.anders.naam": "Ouderkamer" });
  });

  it("the goals and the HGW rows not op orde become a draft of the ambities", () => {
    const r = carry({
      "evaluatie.doelen": "Leerkrachten reflecteren in intervisie.",
      "hgw.1": "op-orde",
      "hgw.2": "in-ontwikkeling",
      "hgw.6": "nog-op-te-starten",
    });
    const draft = String(r.values.ambities);
    expect(draft).toContain("Leerkrachten reflecteren in intervisie.");
    expect(draft).toContain(
      "De werkwijze is systematisch, in stappen en transparant: In ontwikkeling",
    );
    expect(draft).toContain("Positieve aspecten zijn van belang: Nog op te starten");
    expect(draft).not.toContain("Doelgericht werken");
  });

  it("lists what has no place in 2025, so nothing is dropped silently", () => {
    const r = carry({
      visie: "Ieder kind telt.",
      "financien.schooljaar": "2023-2024",
      "financien.leerlingen": 222,
      "evaluatie.moment": "In september",
      "expertise.gedrag": "ja",
    });
    expect(r.unplaced).toEqual([
      "visie",
      "financien.schooljaar",
      "financien.leerlingen",
      "evaluatie.moment",
    ]);
  });

  it("refuses a carry-over that names a field the templates do not have", () => {
    expect(() =>
      loadCarryOver(
        {
          from: "haaglanden-2021",
          to: "haaglanden-2025",
          about: "typo",
          action: "Overzetten",
          rules: [{ kind: "copy", from: "visie", to: "visoen" }],
        },
        templates,
      ),
    ).toThrow(/visoen bestaat niet in haaglanden-2025/);
  });
});
