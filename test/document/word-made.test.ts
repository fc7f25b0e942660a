import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FIXTURE_DIR, wordFixtures } from "../../scripts/make-word-fixtures";
import { DocxDocument } from "../../src/document/docx/adapter";
import type { ControlInfo, ControlProblem, Detection } from "../../src/document/port";
import type { Values } from "../../src/model";

/**
 * Documents as Word (and LibreOffice) write them, not as we write them: test/fixtures/word/. Each
 * fixture with a `.expected.json` beside it says, written by hand from its XML, what the adapter must
 * read: the template, every body control in document order, the SOP values and the problems.
 */

type Seen = Pick<
  ControlInfo,
  "tag" | "title" | "type" | "level" | "depth" | "text" | "showingPlaceholder" | "checked" | "date"
>;
type Expected = {
  template: Detection;
  controls?: Seen[];
  values?: Values;
  problems?: ControlProblem[];
};

/** What a person sees of a control in `sop inspect`; the rest (lock, items) has its own tests. */
function seen(c: ControlInfo): Seen {
  return {
    tag: c.tag,
    title: c.title,
    type: c.type,
    level: c.level,
    depth: c.depth,
    text: c.text,
    showingPlaceholder: c.showingPlaceholder,
    ...(c.checked !== undefined ? { checked: c.checked } : {}),
    ...(c.date !== undefined ? { date: c.date } : {}),
  };
}

const open = (file: string) => new DocxDocument(readFileSync(join(FIXTURE_DIR, file)));
const byJson = (a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b));

const fixtures = readdirSync(FIXTURE_DIR)
  .filter(
    (f) =>
      f.endsWith(".docx") && existsSync(join(FIXTURE_DIR, f.replace(/\.docx$/, ".expected.json"))),
  )
  .sort();

describe.each(fixtures)("%s", (file) => {
  const expected = JSON.parse(
    readFileSync(join(FIXTURE_DIR, file.replace(/\.docx$/, ".expected.json")), "utf8"),
  ) as Expected;

  test("is recognised as the template it names, or as no SOP", () => {
    expect(open(file).detectSync()).toEqual(expected.template);
  });

  if (expected.controls) {
    const controls = expected.controls;
    test("lists every content control of the body in document order, as Word shows it", () => {
      expect(open(file).controls().map(seen)).toEqual(controls);
    });
  }

  if (expected.values || expected.problems) {
    test("reads the SOP values and reports what does not fit the template", () => {
      const state = open(file).readSync();
      if (expected.values) expect(state.values).toEqual(expected.values);
      if (expected.problems)
        expect([...state.problems].sort(byJson)).toEqual([...expected.problems].sort(byJson));
    });
  }
});

test("every Word fixture has its expectations beside it", () => {
  expect(fixtures).toEqual(expect.arrayContaining(Object.keys(wordFixtures())));
});

test("the committed Word fixtures are exactly what scripts/make-word-fixtures.ts makes", () => {
  for (const [name, bytes] of Object.entries(wordFixtures())) {
    expect({
      name,
      same: Buffer.from(readFileSync(join(FIXTURE_DIR, name))).equals(Buffer.from(bytes)),
    }).toEqual({ name, same: true });
  }
});

describe("word-controls.docx", () => {
  test("controls in the header and footer are not listed: only the body is", () => {
    const tags = open("word-controls.docx")
      .controls()
      .map((c) => c.tag);
    expect(tags).not.toEqual(expect.arrayContaining(["kop.school"]));
    expect(tags.filter((t) => t.startsWith("kop."))).toEqual([]);
  });

  test("a drop-down offers its items, without Word's 'Kies een item.'", () => {
    const advies = open("word-controls.docx")
      .controls()
      .find((c) => c.tag === "advies");
    expect(advies?.items?.map((i) => i.text)).toEqual([
      "Vmbo-b",
      "Vmbo-k",
      "Vmbo-gt",
      "Havo",
      "Vwo",
    ]);
    expect(advies?.placeholder).toBe("Kies een item.");
  });
});

describe("libreoffice-roundtrip.docx (word-sop-filled.docx saved by LibreOffice Writer 7.4)", () => {
  const doc = () => open("libreoffice-roundtrip.docx");

  test("keeps the custom properties, so the template is still known", () => {
    expect(doc().detectSync()).toEqual({ kind: "sop", template: "zuid-limburg", version: 1 });
  });

  test("drops every w:tag, so no SOP field is found any more", () => {
    const state = doc().readSync();
    expect(
      doc()
        .controls()
        .filter((c) => c.tag !== ""),
    ).toEqual([]);
    expect([...state.present]).toEqual([]);
  });

  test("keeps the titles and texts of the text controls", () => {
    const byTitle = new Map(
      doc()
        .controls()
        .map((c) => [c.title, c]),
    );
    expect(byTitle.get("Klant")?.text).toBe("Stichting Kindkracht Parkstad");
    expect(byTitle.get("Adres-Plaats")?.text).toBe("Herlen");
    expect(byTitle.get("Aantal leerlingen (berekend)")?.text).toBe("230");
    // The tracked change inside the control is flattened: deleted and inserted text both stay.
    expect(byTitle.get("School")?.text).toBe("BasisschoolKindcentrum De Mijnlamp");
  });

  test("keeps every checkbox's state but one: it reads a bare <w14:checked/> as not ticked", () => {
    const boxes = (d: DocxDocument) => d.controls().filter((c) => c.type === "CheckBox");
    const original = boxes(open("word-sop-filled.docx"));
    const saved = boxes(doc());
    expect(saved).toHaveLength(original.length);
    // The last box (eigen oordeel 4.2) had <w14:checked/> without w14:val, which means ticked.
    // LibreOffice writes w14:val="0" for it and leaves the ☒ glyph: state and glyph now disagree,
    // and the state (w14:checked) is what counts.
    const last = saved[saved.length - 1];
    expect([last?.checked, last?.text]).toEqual([false, "\u2612"]);
    expect(saved.slice(0, -1).map((c) => c.checked)).toEqual(
      original.slice(0, -1).map((c) => c.checked),
    );
  });
});
