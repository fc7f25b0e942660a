import {
  dutchNumberText,
  formatDutchDate,
  formatEuro,
  formatLongDutchDate,
  formatNumber,
  parseDutchDate,
  parseDutchNumber,
} from "../../src/rules";

describe("Dutch numbers as schools type them", () => {
  test.each([
    ["1.234", 1234],
    ["12,5", 12.5],
    ["€ 8.500", 8500],
    [" 240 ", 240],
    ["€8.500,50", 8500.5],
    ["1.234.567", 1234567],
    ["0,8", 0.8],
    ["0.8", 0.8],
    ["25%", 25],
    ["25 %", 25],
    ["€ 106,-", 106],
    ["-3", -3],
    ["32000 euro", 32000],
    ["1 234", 1234],
    [222, 222],
  ])("%p reads as %p", (input, expected) => {
    expect(parseDutchNumber(input)).toEqual({ ok: true, value: expected });
  });

  test.each(["twee", "1,2,3", "12a", "", "€", "1.23.4", "1 2", "--5"])(
    "%p is not a number",
    (input) => {
      expect(parseDutchNumber(input)).toEqual({ ok: false, text: input });
    },
  );

  test.each([
    [32032, "€ 32.032"],
    [8500, "€ 8.500"],
    [106, "€ 106"],
    [8500.5, "€ 8.500,50"],
    [1234567, "€ 1.234.567"],
    [0, "€ 0"],
  ])("%p is shown as %p", (value, shown) => {
    expect(formatEuro(value)).toBe(shown);
  });

  test.each([
    [12.5, "12,5"],
    [1234, "1.234"],
    [221.6981, "221,7"],
    [-1500, "-1.500"],
  ])("number %p is shown as %p", (value, shown) => {
    expect(formatNumber(value, value === 221.6981 ? 1 : 2)).toBe(shown);
  });
});

describe("numbers written out in full", () => {
  test.each<[number, boolean, string]>([
    [2024, false, "2024"],
    [2024, true, "2.024"],
    [1.5, false, "1,5"],
    [0.125, true, "0,125"],
    [-1.5, true, "-1,5"],
    [1234567.25, true, "1.234.567,25"],
    [0.1 + 0.2, true, "0,3"],
    [0, true, "0"],
    [-0, false, "0"],
    [1e21, false, "1000000000000000000000"],
  ])("%p (grouped: %p) is written %p", (value, group, text) => {
    expect(dutchNumberText(value, group)).toBe(text);
  });

  test("what is written reads back as the same number", () => {
    for (const value of [2024, 1.5, 0.125, -1.5, 1234567.25, 12345.678])
      expect(parseDutchNumber(dutchNumberText(value, true))).toEqual({ ok: true, value });
  });
});

describe("Dutch dates", () => {
  test.each([
    ["23-11-2026", { year: 2026, month: 11, day: 23 }],
    ["23 november 2026", { year: 2026, month: 11, day: 23 }],
    ["1-10-2025", { year: 2025, month: 10, day: 1 }],
    ["01/10/2025", { year: 2025, month: 10, day: 1 }],
    ["23 nov. 2026", { year: 2026, month: 11, day: 23 }],
    ["2026-11-23", { year: 2026, month: 11, day: 23 }],
    ["29-02-2024", { year: 2024, month: 2, day: 29 }],
    [" 5 Maart 2025 ", { year: 2025, month: 3, day: 5 }],
  ])("%p reads as a date", (input, expected) => {
    expect(parseDutchDate(input)).toEqual(expected);
  });

  test.each([
    "31-02-2026",
    "29-02-2025",
    "32-01-2026",
    "23-13-2026",
    "morgen",
    "23 brumaire 2026",
    "2026",
    "",
  ])("%p is not a real date", (input) => {
    expect(parseDutchDate(input)).toBeNull();
  });

  test("formats as 23-11-2026 and 23 november 2026", () => {
    const d = { year: 2026, month: 11, day: 23 };
    expect(formatDutchDate(d)).toBe("23-11-2026");
    expect(formatLongDutchDate(d)).toBe("23 november 2026");
    expect(formatDutchDate({ year: 2025, month: 3, day: 5 })).toBe("05-03-2025");
  });
});
