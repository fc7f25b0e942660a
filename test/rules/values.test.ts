import { templates, type TemplateId, type Values } from "../../src/model";
import { evaluate, type Finding } from "../../src/rules";
import { norms, type NormStatus } from "../../src/taskpane/norms";
import { schools } from "../fixtures/schools";

/**
 * Issue 7 point 9, "values as people type them": the checks a director expects on the school's
 * particulars, and what the messages echo. Each worked example names the reference line it rests on.
 */

const today = "2026-11-23";
const run = (id: TemplateId, change: Values, on = today) =>
  evaluate(templates[id], { ...schools[id], ...change }, on);
const about = (findings: readonly Finding[], rule: string) =>
  findings.filter((f) => f.rule === rule);

describe("a rejected number is echoed as the school wrote it, in Dutch notation", () => {
  // The pane hands the rules the number it read from "1,5"; the message must not say "1.5".
  test.each<[string, TemplateId, Values, string, string]>([
    // zuid-limburg-sop-model.txt:89 "Aantal locaties": a count, a whole number.
    ["a half location", "zuid-limburg", { "kengetallen.locaties": 1.5 }, "R-NUMBER", '"1,5"'],
    // passenderwijs-sop-model.txt:58 "Aantal leerlingen oktober (jaar)": a whole number of pupils.
    [
      "a pupil count of 212,5",
      "passenderwijs",
      { "school.leerlingen": 212.5 },
      "R-NUMBER",
      '"212,5"',
    ],
    // zuid-limburg-sop-model.txt:89: a count may not be negative.
    ["minus 1,5 locations", "zuid-limburg", { "kengetallen.locaties": -1.5 }, "R-NUMBER", "-1,5"],
    // zuid-limburg-sop-model.txt:93-118: an uitstroom percentage without its tick.
    [
      "12,5 % to VSO without the tick",
      "zuid-limburg",
      { "uitstroom.vso.pct": 12.5, "uitstroom.havo-vwo.pct": 32.5 },
      "ZL-UITSTROOM",
      "12,5%",
    ],
  ])("%s", (_name, id, change, rule, echoed) => {
    const messages = about(run(id, change).findings, rule).map((f) => f.message);
    expect(messages.join("\n")).toContain(echoed);
    expect(messages.join("\n")).not.toMatch(/\d\.\d(?!\d\d)/);
  });
});

type Case = [name: string, change: Values, field: string, words: RegExp];

describe("Zuid-Limburg: the school's particulars a director expects checked (ZL-SCHOOL)", () => {
  // zuid-limburg-sop-model.txt:63 "Adres-Postcode", :67 "Brinnummer", :73 "Email",
  // :81 "2.2 Kengetallen peildatum 1-10- (meest recente 1-oktober telling)".
  test.each<Case>([
    [
      "a brinnummer with three digits",
      { "school.brin": "123AB" },
      "school.brin",
      /"123AB".*12AB00/,
    ],
    ["a brinnummer letters first", { "school.brin": "AB12" }, "school.brin", /twee cijfers/],
    [
      "a vestigingsnummer of one digit",
      { "school.brin": "21XK0" },
      "school.brin",
      /vestigingsnummer/,
    ],
    ["a vestigingsnummer of three digits", { "school.brin": "21XK000" }, "school.brin", /21XK000/],
    ["a postcode of three digits", { "school.postcode": "641 KB" }, "school.postcode", /1234 AB/],
    ["a postcode starting with 0", { "school.postcode": "0411 KB" }, "school.postcode", /0411 KB/],
    ["a postcode with a dash", { "school.postcode": "6411-KB" }, "school.postcode", /6411-KB/],
    ["a postcode without letters", { "school.postcode": "6411" }, "school.postcode", /postcode/],
    [
      "a postcode with SS (PostNL uses none)",
      { "school.postcode": "6411 SS" },
      "school.postcode",
      /6411 SS/,
    ],
    [
      "an e-mail without @",
      { "school.email": "info.bsdemijnlamp.nl" },
      "school.email",
      /naam@school\.nl/,
    ],
    [
      "an e-mail without a domain",
      { "school.email": "info@bsdemijnlamp" },
      "school.email",
      /geen e-mailadres/,
    ],
    [
      "an e-mail with a space",
      { "school.email": "info @bsdemijnlamp.nl" },
      "school.email",
      /zonder spaties/,
    ],
    [
      "an e-mail with two @",
      { "school.email": "info@@bsdemijnlamp.nl" },
      "school.email",
      /e-mailadres/,
    ],
    [
      "a peildatum in words",
      { "kengetallen.peiljaar": "vorig jaar" },
      "kengetallen.peiljaar",
      /"vorig jaar".*geen jaartal/,
    ],
    [
      "a peildatum of two digits",
      { "kengetallen.peiljaar": "25" },
      "kengetallen.peiljaar",
      /geen jaartal/,
    ],
    [
      "a schooljaar for the peildatum",
      { "kengetallen.peiljaar": "2025-2026" },
      "kengetallen.peiljaar",
      /geen jaartal/,
    ],
    [
      "a peildatum before passend onderwijs",
      { "kengetallen.peiljaar": "2005" },
      "kengetallen.peiljaar",
      /2005.*2014/,
    ],
    [
      "a typing slip of a century",
      { "kengetallen.peiljaar": 1925 },
      "kengetallen.peiljaar",
      /1925/,
    ],
    [
      "next year's count",
      { "kengetallen.peiljaar": "2027" },
      "kengetallen.peiljaar",
      /1 oktober 2027 is nog niet geweest.*\(2026\)/,
    ],
  ])("%s is an invalid value: an error, not ready", (_name, change, field, words) => {
    const result = run("zuid-limburg", change);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "ZL-SCHOOL", severity: "error", fields: [field] }),
    ]);
    expect(result.findings[0]?.message).toMatch(words);
    expect(result.ready).toBe(false);
  });

  test.each<[string, Values]>([
    ["a brinnummer with its vestigingsnummer", { "school.brin": "21XK00" }],
    ["a vestigingsnummer after a space, in lower case", { "school.brin": "21xk 01" }],
    ["a brinnummer with spaces around it", { "school.brin": " 21XK " }],
    ["a postcode without a space", { "school.postcode": "6411KB" }],
    ["a postcode in lower case", { "school.postcode": "6411 kb" }],
    [
      "an e-mail with capitals, a dash and subdomains",
      { "school.email": "Directie@BS-De-Linde.skol.nl" },
    ],
    ["this year's count after 1 October", { "kengetallen.peiljaar": "2026" }],
    ["the peildatum written out as a date", { "kengetallen.peiljaar": "1-10-2025" }],
    ["the peildatum in words", { "kengetallen.peiljaar": "1 oktober 2025" }],
    ["the peildatum given as a number", { "kengetallen.peiljaar": 2025 }],
    ["the first year of passend onderwijs", { "kengetallen.peiljaar": "2014" }],
  ])("%s passes", (_name, change) => {
    const result = run("zuid-limburg", change);
    expect(result.findings).toEqual([]);
    expect(result.ready).toBe(true);
  });

  test("the count of 1 October is the peildatum only from that day on", () => {
    const peil = { "kengetallen.peiljaar": "2026" };
    // The fixture's adoption date (14-10-2026) is not what this test is about.
    const undated = { ...peil, "ondertekening.datum": "" };
    const before = about(run("zuid-limburg", undated, "2026-09-30").findings, "ZL-SCHOOL");
    expect(before).toEqual([expect.objectContaining({ severity: "error" })]);
    expect(before[0]?.message).toContain("(2025)");
    expect(about(run("zuid-limburg", undated, "2026-10-01").findings, "ZL-SCHOOL")).toEqual([]);
  });
});

describe("Passenderwijs: a plausible peiljaar, the brinnummer with its vestigingsnummer (PW-SCHOOL)", () => {
  // passenderwijs-sop-model.txt:44 "Postcode", :48 "Brinnummer".
  test("a year is no number with a thousands dot, and a broken one is reported once", () => {
    const late = run("passenderwijs", { "school.peiljaar": 2027 }).findings[0]?.message;
    expect(late).not.toMatch(/2\.02/);
    expect(run("passenderwijs", { "school.peiljaar": "2025,5" }).findings).toEqual([
      expect.objectContaining({ rule: "R-NUMBER", fields: ["school.peiljaar"] }),
    ]);
  });

  test.each<[string, Values]>([
    ["the peiljaar given as a number", { "school.peiljaar": 2026 }],
    ["the peiljaar typed as text", { "school.peiljaar": "2025" }],
    ["a brinnummer with its vestigingsnummer", { "school.brin": "27KP00" }],
    ["a vestigingsnummer after a space", { "school.brin": "27kp 02" }],
  ])("%s passes", (_name, change) => {
    expect(run("passenderwijs", change).findings).toEqual([]);
  });

  test.each<Case>([
    // passenderwijs-sop-model.txt:58 "Aantal leerlingen oktober (jaar)": the year of the 1 October count.
    ["next year's count", { "school.peiljaar": 2027 }, "school.peiljaar", /is 2027, maar/],
    ["a year before passend onderwijs", { "school.peiljaar": "1999" }, "school.peiljaar", /1999/],
    ["a vestigingsnummer of one digit", { "school.brin": "27KP0" }, "school.brin", /"27KP0"/],
    [
      "a postcode starting with 0",
      { "school.postcode": "0443 BK" },
      "school.postcode",
      /"0443 BK"/,
    ],
  ])("%s is an error", (_name, change, field, words) => {
    const result = run("passenderwijs", change);
    expect(result.findings).toEqual([
      expect.objectContaining({ rule: "PW-SCHOOL", severity: "error", fields: [field] }),
    ]);
    expect(result.findings[0]?.message).toMatch(words);
  });
});

describe("Zuid-Limburg uitstroom: unfinished until every ticked category has its percentage", () => {
  // zuid-limburg-sop-model.txt:93-95 "Uitstroom naar voortgezet onderwijs (in het voorgaande
  // schooljaar)", :97-102 and :111-115 the categories with a tick, :104-109 and :117-121 a "%" each.
  const CATEGORIES = ["vmbo-b", "vmbo-k", "vmbo-gl", "vmbo-tl", "vmbo-b-lwoo", "vmbo-k-lwoo"]
    .concat(["pro", "vso", "havo-vwo", "buitenland", "anders"])
    .flatMap((k) => [
      [`uitstroom.${k}`, false],
      [`uitstroom.${k}.pct`, ""],
    ]);
  const none: Values = Object.fromEntries(CATEGORIES);
  const ticked: Values = {
    ...none,
    "uitstroom.vmbo-tl": true,
    "uitstroom.havo-vwo": true,
    "uitstroom.pro": true,
  };
  const template = templates["zuid-limburg"];
  const status = (change: Values) => {
    const values = { ...schools["zuid-limburg"], ...change };
    const evaluation = evaluate(template, values, today);
    return norms(evaluation).find((n) => n.rule === "ZL-UITSTROOM")?.status;
  };

  test.each<[string, Values, Finding["severity"][], NormStatus, boolean]>([
    [
      "three ticked, two percentages (60 + 30): unfinished, no error",
      { ...ticked, "uitstroom.vmbo-tl.pct": 60, "uitstroom.havo-vwo.pct": "30" },
      ["warning"],
      "onvolledig",
      false,
    ],
    [
      "three ticked, no percentages yet",
      ticked,
      ["warning", "warning", "warning"],
      "onvolledig",
      false,
    ],
    [
      "every ticked category has its percentage and they add up to 100",
      {
        ...ticked,
        "uitstroom.vmbo-tl.pct": 60,
        "uitstroom.havo-vwo.pct": "30",
        "uitstroom.pro.pct": "10%",
      },
      [],
      "gehaald",
      true,
    ],
    [
      "every ticked category has its percentage, but they add up to 95: now an error",
      {
        ...ticked,
        "uitstroom.vmbo-tl.pct": 60,
        "uitstroom.havo-vwo.pct": "30",
        "uitstroom.pro.pct": 5,
      },
      ["error"],
      "niet-gehaald",
      false,
    ],
    [
      "already 110 % with a category still open: wrong whatever comes",
      { ...ticked, "uitstroom.vmbo-tl.pct": 60, "uitstroom.havo-vwo.pct": 50 },
      ["error", "warning"],
      "niet-gehaald",
      false,
    ],
  ])("%s", (_name, change, severities, expected, ready) => {
    const result = run("zuid-limburg", change);
    expect(
      about(result.findings, "ZL-UITSTROOM")
        .map((f) => f.severity)
        .sort(),
    ).toEqual(severities);
    expect(about(result.findings, "R-REQUIRED")).toEqual([]);
    expect(status(change)).toBe(expected);
    expect(result.ready).toBe(ready);
  });

  test("the missing percentage is what keeps the SOP from the board", () => {
    const result = run("zuid-limburg", {
      ...ticked,
      "uitstroom.vmbo-tl.pct": 60,
      "uitstroom.havo-vwo.pct": "30",
    });
    expect(result.missing).toEqual(["uitstroom.pro.pct"]);
    expect(about(result.findings, "ZL-UITSTROOM")[0]?.message).toMatch(/PRO is aangevinkt/);
  });
});
