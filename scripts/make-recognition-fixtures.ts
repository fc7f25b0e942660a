/**
 * Writes test/fixtures/recognition/: SOPs as schools make them without SOP Assistent, each with the
 * values a reader must find in it (`<name>.expected.json`), for test/document/recognize.test.ts.
 *
 *   npx tsx scripts/make-recognition-fixtures.ts                # the school-made documents
 *   npx tsx scripts/make-recognition-fixtures.ts --libreoffice  # also our SOPs re-saved by LibreOffice
 *
 * The expected values are written from the values the script renders (and, for the re-saves, from
 * the controls of the document before LibreOffice saw it), never by running the recognizer.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templates, type FieldValue, type TemplateId, type Values } from "../src/model";
import { DocxDocument } from "../src/document/docx/adapter";
import { documentText } from "../src/document/format";
import { parseDutchDate, parseDutchNumber, formatIsoDate, evaluate } from "../src/rules";
import { schools } from "../test/fixtures/schools";
import { renderSchoolDocx, type Noise, type Style } from "./recognition-fixtures/render";

const out = join(__dirname, "../test/fixtures/recognition");
mkdirSync(out, { recursive: true });

/** What `values` would show for a value once it stands in a document as text. */
function asRead(template: TemplateId, values: Values, dropped: readonly string[]): Values {
  const t = templates[template];
  const result: Record<string, FieldValue> = {};
  for (const { field } of t.fields) {
    const v = values[field.id];
    if (v === undefined || v === null || dropped.includes(field.id)) continue;
    if (field.kind === "tick") {
      if (v === true) result[field.id] = true;
      continue;
    }
    if (field.kind === "choice") {
      const keys = typeof v === "string" ? [v] : (v as string[]);
      const ordered = field.options.map((o) => o.key).filter((k) => keys.includes(k));
      result[field.id] = ordered.length === 1 ? (ordered[0] as string) : ordered;
      continue;
    }
    const text = documentText(field, v).trim();
    if (text === "") continue;
    if (field.kind === "number" || field.kind === "computed") {
      const n = parseDutchNumber(text);
      result[field.id] = n.ok ? n.value : text;
    } else if (field.kind === "date") {
      const d = parseDutchDate(text);
      result[field.id] = d ? formatIsoDate(d) : text;
    } else result[field.id] = text;
  }
  return result;
}

type Fixture = {
  name: string;
  template: TemplateId;
  about: string;
  values: Values;
  style: Style;
  noise: Noise;
  /** Fields the document shows no answer for, though the values have one (a mark in the wrong column). */
  dropped?: string[];
};

const withComputed = (id: TemplateId, values: Values): Values => ({
  ...values,
  ...Object.fromEntries(
    Object.entries(evaluate(templates[id], values, "2026-11-23").computed).filter(
      ([, v]) => v !== null,
    ),
  ),
});

const fixtures: Fixture[] = [
  {
    name: "haaglanden-2021-school",
    template: "haaglanden-2021",
    about:
      "Haaglanden 2021 filled in by typing: an x per option column, Ja/Nee in the expertise column, 'Ja' and 'nvt' words for the voorzieningen (one with a remark), uitgangspunt 3 ticked twice; noise: chapter 5 renumbered 6, the toelichting rows merged across the table, an empty row under the external experts, an x typed after the CJG label instead of in a column, a remark of two lines.",
    values: {
      ...schools["haaglanden-2021"],
      "hgw.3": ["op-orde", "in-ontwikkeling"],
      "expertise.taal-lezen-spraak.opmerking":
        "Taalspecialist (master SEN)\ncoördineert het dyslexieprotocol",
    },
    style: {
      columnTick: "typed",
      lineTick: "typed",
      oneCell: "words",
      lineChoice: "words",
      columnWords: { aanwezig: "Ja", nvt: "nvt" },
    },
    noise: {
      renumber: { financien: "6", evaluatie: "7" },
      extraEmptyRow: ["extern"],
      markInLabel: ["extern.cjg"],
      mergedRow: [1, 2, 3, 4, 5, 6, 7].map((n) => `hgw.${n}.toelichting`),
      remarks: { "voorziening.verzorgingsruimte": "badkamer" },
    },
    dropped: ["extern.cjg"],
  },
  {
    name: "zuid-limburg-form",
    template: "zuid-limburg",
    about:
      "Zuid-Limburg ticked with Wingdings symbols in the option columns, Wingdings 2 boxes with ja/nee in shared cells and MS Gothic symbols before labels; zorgindicator 5 ticked twice; noise: the level titles merged down the support structure table, heading 3.2 renumbered 3.3, an empty row under the ambitions, activities of two lines.",
    values: withComputed("zuid-limburg", {
      ...schools["zuid-limburg"],
      "zorgindicator.05": ["3", "4"],
      "ambitie.1.activiteiten": "Scholing van het team\nKlassenbezoeken door de intern begeleider",
    }),
    style: { columnTick: "wingdings", lineTick: "msgothic", oneCell: "ticks", lineChoice: "ticks" },
    noise: {
      renumber: { "planmatig-handelingsgericht": "3.3" },
      extraEmptyRow: ["ambitie"],
      verticalMerge: ["autonome-ondersteuning"],
    },
  },
  {
    name: "zuid-limburg-formcheckbox",
    template: "zuid-limburg",
    about:
      "Zuid-Limburg as an old Word form: every tick a legacy FORMCHECKBOX field, text answers typed after the labels.",
    values: withComputed("zuid-limburg", schools["zuid-limburg"]),
    style: {
      columnTick: "formcheckbox",
      lineTick: "formcheckbox",
      oneCell: "ticks",
      lineChoice: "ticks",
    },
    noise: {},
  },
  {
    name: "passenderwijs-controls",
    template: "passenderwijs",
    about:
      "Passenderwijs with Word's own checkbox controls (no tags) and the answers in untagged text controls, the 'te weten:' names on the tick's line.",
    values: schools.passenderwijs,
    style: {
      columnTick: "control",
      lineTick: "control",
      oneCell: "ticks",
      lineChoice: "ticks",
      textControls: true,
    },
    noise: { renumber: { "extra-ondersteuning": "5." } },
  },
  {
    name: "haaglanden-2025-glyphs",
    template: "haaglanden-2025",
    about:
      "Haaglanden 2025 with ☒/☐ typed as text and Webdings ticks in running text; an empty row under the network partners.",
    values: schools["haaglanden-2025"],
    style: { columnTick: "glyph", lineTick: "webdings", oneCell: "ticks", lineChoice: "ticks" },
    noise: { extraEmptyRow: ["netwerk"] },
  },
  {
    name: "haaglanden-2021-hand",
    template: "haaglanden-2021",
    about:
      "Haaglanden 2021 filled in by hand the way schools do: ticks typed as X, ✓, V and x in turn, 'ja' and 'n.v.t.' typed for the voorzieningen, answers in bold with an empty paragraph after them (Enter pressed), a toelichting 'n.v.t.'.",
    values: { ...schools["haaglanden-2021"], "aanbod.2.toelichting": "n.v.t." },
    style: {
      columnTick: "typed",
      lineTick: "typed",
      oneCell: "words",
      lineChoice: "words",
      columnWords: { aanwezig: "ja", nvt: "n.v.t." },
      typedMarks: ["X", "✓", "V", "x"],
    },
    noise: {
      answerRPr: "<w:b/>",
      emptyParaAfter: true,
    },
  },
  {
    name: "haaglanden-2025-hand",
    template: "haaglanden-2025",
    about:
      "Haaglanden 2025 filled in by hand: the ☐ of an answer overtyped with X, ✓, V, x or ☒; every 'Anders, namelijk' name typed in the label's own line ('Anders, namelijk: …', 'Anders, nl: …', in capitals); answers in bold with an empty paragraph after them.",
    values: {
      ...schools["haaglanden-2025"],
      "expertise.anders": "ja",
      "expertise.anders.naam": "Kanjertraining",
      "expertise.anders.inhoud": "Twee gecertificeerde kanjertrainers",
      "didactisch.anders.naam": "Leesbevordering",
      "didactisch.anders": "Bibliotheek op school, leesconsulent",
      "gebouw.anders": "ja",
      "gebouw.anders.naam": "Snoezelruimte",
    },
    style: {
      columnTick: "typed",
      lineTick: "typed",
      oneCell: "ticks",
      lineChoice: "ticks",
      typedMarks: ["X", "✓", "V", "x", "☒"],
    },
    noise: {
      nameInLabel: [
        (label, name) => `${label} ${name}`,
        (_, name) => `Anders, nl: ${name}`,
        (label, name) => `${label.toUpperCase()} ${name}`,
        (_, name) => `anders namelijk: ${name}`,
      ],
      answerRPr: "<w:b/>",
      emptyParaAfter: true,
    },
  },
  {
    name: "zuid-limburg-hand",
    template: "zuid-limburg",
    about:
      "Zuid-Limburg filled in by hand: ticks typed as X, x, ✓, V and ☒ in turn (also over the ☐ of an answer: 'X ja' above '☐ nee'), ☒ before labels; answers highlighted; counts typed with their unit ('148 leerlingen', '14 leerlingen', '5 groepen') and percentages as '7%' and '22 %'.",
    values: withComputed("zuid-limburg", schools["zuid-limburg"]),
    style: {
      columnTick: "typed",
      lineTick: "glyph",
      oneCell: "ticks",
      lineChoice: "ticks",
      typedMarks: ["X", "x", "✓", "V", "☒"],
    },
    noise: {
      asTyped: {
        "kengetallen.leerlingen-tm8": "148 leerlingen",
        "kengetallen.niveau3": "14 leerlingen",
        "kengetallen.groepen-onderbouw": "5 groepen",
        "uitstroom.vmbo-b.pct": "7%",
        "uitstroom.vmbo-tl.pct": "22 %",
      },
      answerRPr: '<w:highlight w:val="yellow"/>',
    },
  },
];

const index: { name: string; about: string }[] = [];
for (const f of fixtures) {
  const bytes = renderSchoolDocx(templates[f.template], f.values, f.style, f.noise);
  writeFileSync(join(out, `${f.name}.docx`), bytes);
  const expected = { template: f.template, values: asRead(f.template, f.values, f.dropped ?? []) };
  writeFileSync(join(out, `${f.name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  index.push({ name: f.name, about: f.about });
}

if (process.argv.includes("--libreoffice")) {
  const work = mkdtempSync(join(tmpdir(), "sop-lo-"));
  try {
    for (const id of Object.keys(templates) as TemplateId[]) {
      const doc = new DocxDocument(
        new Uint8Array(readFileSync(join(__dirname, `../templates/${id}.docx`))),
      );
      const values = withComputed(id, schools[id]);
      doc.writeSync(
        Object.entries(values).map(([field, value]) => ({ field, value: value ?? null })),
      );
      const source = join(work, `${id}-libreoffice.docx`);
      writeFileSync(source, doc.toBytes());
      const expected = { template: id, values: doc.readSync().values };
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(work, "profile")}`,
          "--headless",
          "--convert-to",
          "docx:MS Word 2007 XML",
          "--outdir",
          join(work, "out"),
          source,
        ],
        { stdio: "ignore" },
      );
      writeFileSync(
        join(out, `${id}-libreoffice.docx`),
        readFileSync(join(work, "out", `${id}-libreoffice.docx`)),
      );
      writeFileSync(
        join(out, `${id}-libreoffice.expected.json`),
        `${JSON.stringify(expected, null, 2)}\n`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

writeFileSync(
  join(out, "README.md"),
  [
    "# SOPs as schools have them",
    "",
    "Made by `scripts/make-recognition-fixtures.ts` from our template definitions (the official labels) and",
    "the complete schools in `test/fixtures/schools`; the models' long fixed texts are not in them. Each",
    "`<name>.expected.json` holds what a reader must find. `*-libreoffice.docx` are our own filled templates",
    "converted by LibreOffice 7.4 (`soffice --headless --convert-to docx`), which drops every tag; their",
    "expected values are the ones the controls held before the conversion.",
    "",
    "| file | what it is |",
    "| --- | --- |",
    ...index.map((f) => `| \`${f.name}.docx\` | ${f.about} |`),
    "| `<template>-libreoffice.docx` | our filled template of each region, re-saved by LibreOffice |",
    "",
  ].join("\n"),
);

// In the project's own style, so `prettier --check .` holds for what the script wrote.
execFileSync(process.execPath, [require.resolve("prettier/bin/prettier.cjs"), "--write", out], {
  stdio: "ignore",
});
