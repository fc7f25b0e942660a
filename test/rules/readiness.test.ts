import { templates, type TemplateId, type Values } from "../../src/model";
import { evaluate, type Evaluation } from "../../src/rules";
import { schools } from "../fixtures/schools";

/**
 * "Klaar voor bestuur" as a board means it (issue 7.1): every required field filled, no invalid value,
 * no double tick, and every norm not met answered by an ontwikkeldoel or the explanation the SWV asks
 * for. Each row breaks one norm of a complete school, quoting the reference line the norm rests on
 * (../shared/reference/<file>: line), then writes the answer the model asks for.
 */

const today = "2026-11-23";
const run = (id: TemplateId, change: Values): Evaluation =>
  evaluate(templates[id], { ...schools[id], ...change }, today);
const normOf = (e: Evaluation, rule: string) => e.norms.find((n) => n.rule === rule);

type Row = {
  name: string;
  template: TemplateId;
  /** Reference file and line the norm rests on. */
  source: string;
  rule: string;
  breaks: Values;
  answer: Values;
};

const ZL = "zuid-limburg-sop-model.txt";
const rows: Row[] = [
  {
    name: "no basisarrangement",
    template: "zuid-limburg",
    source: `${ZL}:206 "a. De school heeft een basisarrangement."`,
    rule: "ZL-A",
    breaks: { "kwaliteit.basisarrangement": "nee" },
    answer: { "ambitie.4.doel": "Het basisarrangement van de inspectie terugkrijgen." },
  },
  {
    name: "a zorgindicator scored 2",
    template: "zuid-limburg",
    source: `${ZL}:207 "b. Op alle ‘zorgindicatoren’ scoort de school minstens een ‘3’."`,
    rule: "ZL-B",
    breaks: { "zorgindicator.07": "2" },
    answer: { "ambitie.4.doel": "Alle zorgindicatoren minstens op een 3 brengen." },
  },
  {
    name: "an HGW indicator scored 2 (26-50 %)",
    template: "zuid-limburg",
    source: `${ZL}:317 "Op alle indicatoren scoort de school minstens 75 %."`,
    rule: "ZL-HGW",
    breaks: { "hgw.03": "2" },
    answer: { "ambitie.4.doel": "Handelingsgericht werken versterken in het hele team." },
  },
  {
    name: "dyscalculia support below 4 without an agreement for it in 3.4",
    template: "zuid-limburg",
    source: `${ZL}:398-399 "heeft en vermeldt de school afspraken met netwerkpartners in tabel 3.4"`,
    rule: "ZL-SPECIFIEK",
    breaks: { "specifiek.1.keten": "nee", "specifiek.1.aantal": 3 },
    answer: { "ambitie.4.doel": "Specifieke ondersteuning bij dyscalculie uitbouwen." },
  },
  {
    name: "the ondersteuningsstructuur not in the schoolplan",
    template: "zuid-limburg",
    source: `${ZL}:522 "De ondersteuningsstructuur is opgenomen in het schoolplan en in beleidsplannen van het bestuur."`,
    rule: "ZL-STRUCTUUR",
    breaks: { "structuur.schoolplan": false },
    answer: { "ambitie.4.doel": "De ondersteuningsstructuur opnemen in het schoolplan 2027-2031." },
  },
  {
    name: "no handelingsgericht plan from niveau 3",
    template: "zuid-limburg",
    source: `${ZL}:523 "Vanaf ondersteuningsniveau 3 wordt een handelingsgericht plan gehanteerd"`,
    rule: "ZL-STRUCTUUR",
    breaks: { "structuur.handelingsplan": false },
    answer: { "ambitie.4.activiteiten": "Vanaf niveau 3 een handelingsgericht plan invoeren." },
  },
  {
    name: "HGW werkwijze nog op te starten",
    template: "haaglanden-2021",
    source: `haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt:416-417 "In Haaglanden hebben we afgesproken ... Handelingsgericht Werken te gebruiken"`,
    rule: "HL21-HGW-START",
    breaks: { "hgw.werkwijze": "nog-op-te-starten" },
    answer: { "evaluatie.doelen": "Handelingsgericht werken invoeren met het hele team." },
  },
  {
    name: "an uitgangspunt nog op te starten",
    template: "haaglanden-2021",
    source: `haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt:419-420 "Uitgangspunt HGW Op orde In ontwikkeling Nog op te starten"`,
    rule: "HL21-HGW-START",
    breaks: { "hgw.5": "nog-op-te-starten" },
    answer: { "evaluatie.doelen": "Wij voeren HGW in, te beginnen met ouders als partners." },
  },
  {
    name: "an inspection indicator onvoldoende",
    template: "passenderwijs",
    source: `passenderwijs-sop-model.txt:203-206 "wordt hieronder toelichting gegeven: ... Het volgende ontwikkeltraject wordt ingezet"`,
    rule: "PW-INSPECTIE",
    breaks: { "inspectie.op2": "onvoldoende", "inspectie.toelichting": "Zicht op ontwikkeling." },
    answer: { "inspectie.ontwikkeltraject": "Scholing in het analyseren van toetsgegevens." },
  },
];

describe("a norm not met keeps the SOP from the board until it is answered", () => {
  test.each(rows)("$template: $name ($source)", ({ template, rule, breaks, answer }) => {
    const complete = run(template, {});
    expect(complete.ready).toBe(true);
    expect(normOf(complete, rule)).toMatchObject({ status: "met", answered: false });

    const broken = run(template, breaks);
    expect(normOf(broken, rule)).toMatchObject({ status: "not-met", answered: false });
    expect(broken.ready).toBe(false);

    const answered = run(template, { ...breaks, ...answer });
    // The norm stays visible, with its severity, but no longer asks for a goal.
    expect(normOf(answered, rule)).toMatchObject({ status: "not-met", answered: true });
    const errors = answered.findings.filter((f) => f.rule === rule && f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(answered.ready).toBe(true);
    expect(answered.findings.filter((f) => f.rule === "ZL-AMBITIES")).toEqual([]);
  });

  test("a norm's message stops telling a school that answered it to add a goal", () => {
    const change = { "zorgindicator.07": "2" };
    const ask = run("zuid-limburg", change).findings.find((f) => f.rule === "ZL-B");
    expect(ask?.message).toContain("neem dan in hoofdstuk 5 een ontwikkeldoel op");
    const done = run("zuid-limburg", {
      ...change,
      "ambitie.4.doel": "Alle zorgindicatoren minstens op een 3 brengen.",
    }).findings.find((f) => f.rule === "ZL-B");
    expect(done?.severity).toBe("error");
    expect(done?.message).not.toContain("neem dan");
    expect(done?.message).toContain("De school heeft hiervoor een ontwikkeldoel in hoofdstuk 5.");
  });

  test.each<[string, TemplateId, Values, string]>([
    ["a value that is no number", "zuid-limburg", { "kengetallen.jw": "veel" }, "R-NUMBER"],
    [
      "a choice ticked twice",
      "haaglanden-2021",
      { "hgw.3": ["op-orde", "in-ontwikkeling"] },
      "R-EXCLUSIVE",
    ],
    // passenderwijs-sop-model.txt:218 "De wettelijk verplichte meldcode": a precondition, no goal answers it.
    ["no meldcode", "passenderwijs", { "veilig.meldcode": false }, "PW-VEILIG"],
  ])("%s keeps the SOP back whatever the goals say", (_name, id, change, rule) => {
    const goals: Values =
      id === "zuid-limburg"
        ? { "ambitie.4.doel": "Kengetallen en zorgindicatoren op orde." }
        : id === "haaglanden-2021"
          ? { "evaluatie.doelen": "Handelingsgericht werken op orde." }
          : { "ambitie.plan": "Meldcode en veiligheid op orde brengen." };
    const result = run(id, { ...change, ...goals });
    expect(result.findings.some((f) => f.rule === rule && f.severity === "error")).toBe(true);
    expect(result.ready).toBe(false);
  });

  test("a required field still empty: the norm is incomplete, and the SOP not ready", () => {
    const result = run("zuid-limburg", { "kwaliteit.basisarrangement": undefined });
    expect(normOf(result, "ZL-A")).toMatchObject({ status: "incomplete" });
    expect(result.ready).toBe(false);
  });
});

describe("Zuid-Limburg 3.4 and 3.2 as the model writes them", () => {
  test("ZL-SPECIFIEK: an agreement in 3.4 for another intervention does not cover this one", () => {
    // zuid-limburg-sop-model.txt:398-399: the agreement is for the intervention scoring below 4.
    const change = {
      "specifiek.2.keten": "nee",
      "specifiek.2.aantal": 3,
      "netwerk.niveau2.partners":
        "Rekenspecialist van het bestuur voor leerlingen met dyscalculie.",
    };
    const result = run("zuid-limburg", change);
    expect(result.findings.find((f) => f.rule === "ZL-SPECIFIEK")).toMatchObject({
      severity: "error",
    });
    const covered = run("zuid-limburg", {
      ...change,
      "netwerk.niveau3.partners": "Dyslexiebehandeling door een behandelcentrum, op school.",
    });
    expect(covered.findings.find((f) => f.rule === "ZL-SPECIFIEK")).toMatchObject({
      severity: "info",
    });
    expect(normOf(covered, "ZL-SPECIFIEK")?.status).toBe("met");
    expect(covered.ready).toBe(true);
  });

  test("ZL-HGW score 3 is a warning, and the ontwikkeldoel hint says the same", () => {
    // zuid-limburg-sop-model.txt:373 "3= 51-75%" against r. 317 "minstens 75 %".
    const result = run("zuid-limburg", { "hgw.09": "3" });
    const hgw = result.findings.find((f) => f.rule === "ZL-HGW");
    const hint = result.findings.find((f) => f.rule === "ZL-AMBITIES");
    expect(hgw?.severity).toBe("warning");
    expect(hgw?.message).toContain("alleen gehaald als het precies 75% is");
    expect(hint?.message).toContain("alleen als het precies 75% is");
    expect(hint?.message).not.toContain("niet (");
    expect(normOf(result, "ZL-HGW")?.status).toBe("met");
    expect(result.ready).toBe(true);
  });

  test("zorgindicator 2 may stay empty, with a hint why", () => {
    // zuid-limburg-sop-model.txt:241-243 "De school met een substantieel aantal leerlingen met een
    // weging hoger dan 1 ..."
    const result = run("zuid-limburg", { "zorgindicator.02": undefined });
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "ZL-B", severity: "info", fields: ["zorgindicator.02"] }),
    ]);
    expect(result.findings[0]?.message).toContain("weging hoger dan 1");
    expect(normOf(result, "ZL-B")?.status).toBe("met");
    expect(result.ready).toBe(true);
  });
});

describe("finance figures only with a source (issue 7.4)", () => {
  // haaglanden-sop-2021-2025-ingevuld-voorbeeld.txt:706-707: "Op de begroting van het kalenderjaar
  // 2023 staat een bedrag van 32.000 euro begroot ... vaste voet van € 8.500 plus € 106 per leerling".
  test('a school writing "2023", as the real one did, gets the comparison', () => {
    const result = run("haaglanden-2021", {
      "financien.schooljaar": "2023",
      "financien.vaste-voet": undefined,
      "financien.per-leerling": undefined,
      "financien.begroot": 32000,
    });
    const fin = result.findings.find((f) => f.rule === "HL21-FIN");
    expect(fin?.message).toContain("€ 32.032");
    expect(fin?.message).toContain("221,7");
  });

  test.each(["2022-2023", "2023-2024", "2024-2025"])(
    "schooljaar %s is in no source: the tools ask for the amounts",
    (schooljaar) => {
      const result = run("haaglanden-2021", {
        "financien.schooljaar": schooljaar,
        "financien.vaste-voet": undefined,
        "financien.per-leerling": undefined,
      });
      expect(result.missing).toEqual(["financien.vaste-voet", "financien.per-leerling"]);
      expect(result.ready).toBe(false);
    },
  );
});
