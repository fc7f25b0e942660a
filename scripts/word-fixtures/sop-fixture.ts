import {
  DEFAULT_DOC_PARTS,
  FONT_TABLE,
  STYLES,
  THEME,
  WEB_SETTINGS,
  appXml,
  contentTypes,
  coreXml,
  customXml,
  glossaryParts,
  rels,
  rootRels,
  settings,
  tinyPng,
} from "./word-package";
import {
  DECL,
  DOCPART,
  Ids,
  checkbox,
  datePicker,
  drawing,
  listControl,
  p,
  plainText,
  r,
  sdt,
  sectPr,
  story,
  style,
  table,
  tc,
  tr,
} from "./word-xml";

/**
 * Fixture B, word-sop-filled.docx: a zuid-limburg SOP as a school would have it after working on it
 * in Word: some `sop:` fields filled, some showing Word's placeholder, and everything a fill must
 * leave alone: a comment, tracked changes (inside and outside SOP controls), header and footer, an
 * image, a footnote, a hyperlink, and content controls of its own. Two variants carry what a
 * checker must report: a tag used twice, and an unknown tag and controls of the wrong type.
 */

export type SopVariant = "filled" | "duplicate" | "odd";

const AUTHOR = `w:author="Marieke Vaessen" w:date="2025-03-11T10:14:00Z"`;

function tracked(ids: Ids, kind: "ins" | "del", text: string): string {
  const run =
    kind === "ins" ? r(text) : `<w:r><w:delText xml:space="preserve">${text}</w:delText></w:r>`;
  return `<w:${kind} w:id="${ids.revisionId() + 100}" ${AUTHOR}>${run}</w:${kind}>`;
}

function row(ids: Ids, label: string, inner: string): string {
  return tr(ids, [tc(3020, p(ids, r(label))), tc(6042, p(ids, inner))]);
}

const sop = (field: string) => `sop:${field}`;

function gegevens(ids: Ids, variant: SopVariant): string {
  const plaatsFormat = `<w:b/><w:bCs/><w:color w:val="1F3864"/>`;
  const naam = sdt({
    ids,
    alias: "School",
    tag: sop("school.naam"),
    docPart: DOCPART.text,
    type: "<w:text/>",
    // The school renamed itself while track changes was on: inside an SOP control.
    content:
      tracked(ids, "del", "Basisschool") +
      tracked(ids, "ins", "Kindcentrum") +
      r(" De ") +
      `<w:proofErr w:type="spellStart"/>${r("Mijnlamp", "", "003E5F21")}<w:proofErr w:type="spellEnd"/>`,
  });
  const plaats = sdt({
    ids,
    alias: "Adres-Plaats",
    tag: sop("school.plaats"),
    rPr: plaatsFormat,
    docPart: DOCPART.text,
    type: "<w:text/>",
    content: r("Herlen", plaatsFormat),
  });
  // The comment range and reference stand outside the control, as Word puts them around a control.
  const commented =
    `<w:commentRangeStart w:id="0"/>${plaats}<w:commentRangeEnd w:id="0"/>` +
    `<w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/></w:rPr><w:commentReference w:id="0"/></w:r>`;
  const swv = (["3104", "3105", "3106"] as const)
    .map(
      (k) =>
        checkbox({
          ids,
          alias: `Samenwerkingsverband ${k}`,
          tag: sop(`swv=${k}`),
          checked: k === "3105",
        }) + r(` ${k}   `),
    )
    .join("");
  const odd =
    variant === "odd"
      ? [
          row(
            ids,
            "Motto",
            plainText(ids, {
              alias: "Motto",
              tag: sop("school.motto"),
              text: "Samen leren, samen leven",
            }),
          ),
          row(
            ids,
            "Samenwerkingsverband (oud)",
            checkbox({ ids, alias: "SWV 3107", tag: sop("swv=3107"), checked: false }) + r(" 3107"),
          ),
        ]
      : [];
  return (
    p(ids, r("2.1 Algemene gegevens van de school"), style("Kop1")) +
    table(
      [3020, 6042],
      [
        row(ids, "School", naam),
        row(ids, "Adres-Plaats", commented),
        row(ids, "Brinnummer", plainText(ids, { alias: "Brinnummer", tag: sop("school.brin") })),
        ...odd,
        row(ids, "Samenwerkingsverband", swv),
      ],
    )
  );
}

function kengetallen(ids: Ids, variant: SopVariant): string {
  const pro =
    variant === "odd"
      ? plainText(ids, { alias: "PRO", tag: sop("uitstroom.pro"), text: "ja" })
      : checkbox({
          ids,
          alias: "PRO",
          tag: sop("uitstroom.pro"),
          checked: false,
          // This school ticks with ✔ rather than ☒.
          checkedGlyph: { code: "2714", font: "Segoe UI Symbol" },
        });
  return (
    p(ids, r("2.2 Kengetallen"), style("Kop2")) +
    table(
      [3020, 6042],
      [
        row(
          ids,
          "≤ 8 jr",
          plainText(ids, { alias: "≤ 8 jr", tag: sop("kengetallen.leerlingen-tm8") }),
        ),
        row(
          ids,
          "> 8 jr",
          plainText(ids, { alias: "> 8 jr", tag: sop("kengetallen.leerlingen-na8") }),
        ),
        row(
          ids,
          "Aantal leerlingen",
          sdt({
            ids,
            alias: "Aantal leerlingen (berekend)",
            tag: sop("kengetallen.leerlingen"),
            lock: "sdtContentLocked",
            docPart: DOCPART.text,
            type: "<w:text/>",
            content: r("230"),
          }),
        ),
        row(
          ids,
          "Aantal locaties",
          plainText(ids, { alias: "Aantal locaties", tag: sop("kengetallen.locaties"), text: "1" }),
        ),
        row(
          ids,
          "Uitstroom PRO",
          pro +
            r(" ") +
            plainText(ids, { alias: "Uitstroom PRO (%)", tag: sop("uitstroom.pro.pct") }),
        ),
      ],
    )
  );
}

function zorgindicatoren(ids: Ids): string {
  const widths = [700, 4562, 700, 700, 700, 700, 1000];
  const cell = (i: number, inner: string) => tc(widths[i] as number, p(ids, inner));
  const ticked: Record<string, readonly string[]> = { "01": ["2"], "02": ["3", "4"], "03": ["4"] };
  const rows = [
    [
      "01",
      "1.4",
      "Leerlingen met specifieke onderwijsbehoeften ontwikkelen zich naar hun mogelijkheden.",
    ],
    [
      "02",
      "2.4",
      "De school biedt bij Nederlandse taal leerinhouden die passen bij leerlingen met een taalachterstand.",
    ],
    ["03", "4.2", "De leerlingen voelen zich aantoonbaar veilig op school."],
  ].map(([n, nr, label]) =>
    tr(ids, [
      cell(0, r(nr as string)),
      cell(1, r(label as string)),
      ...["1", "2", "3", "4"].map((k, i) =>
        cell(
          i + 2,
          checkbox({
            ids,
            tag: sop(`zorgindicator.${n}=${k}`),
            alias: `Zorgindicator ${nr}: ${k}`,
            checked: ticked[n as string]?.includes(k) ?? false,
          }),
        ),
      ),
      cell(
        6,
        checkbox({
          ids,
          tag: sop(`zorgindicator.${n}.eigen-oordeel`),
          alias: `Eigen oordeel ${nr}`,
          checked: n === "03",
          bareChecked: n === "03",
        }),
      ),
    ]),
  );
  return (
    p(ids, r("3.1 Zorgindicatoren"), style("Kop2")) +
    table(widths, [
      tr(
        ids,
        ["Nr", "Indicator", "1", "2", "3", "4", "Eigen oordeel?"].map((h, i) =>
          cell(i, r(h, "<w:b/><w:bCs/>")),
        ),
      ),
      ...rows,
    ])
  );
}

function body(ids: Ids, variant: SopVariant): string {
  const title =
    variant === "duplicate"
      ? // The director copied the school name field onto the title page: one tag, two controls.
        p(
          ids,
          plainText(ids, {
            alias: "School",
            tag: sop("school.naam"),
            text: "Basisschool De Mijnlamp",
          }),
          `${style("Titel")}<w:jc w:val="center"/>`,
        )
      : "";
  return (
    p(ids, r("Schoolondersteuningsprofiel"), style("Titel")) +
    title +
    p(
      ids,
      r("Status: ") +
        listControl(ids, {
          kind: "dropDownList",
          alias: "Status",
          tag: "status",
          items: ["Concept", "Ter vaststelling", "Vastgesteld"],
          text: "Concept",
        }),
    ) +
    p(
      ids,
      r("Opgesteld voor: ") +
        plainText(ids, { alias: "Klant", tag: "klant", text: "Stichting Kindkracht Parkstad" }),
    ) +
    p(
      ids,
      drawing(ids, "rId10", 1, "Afbeelding 1", "Logo van Basisschool De Mijnlamp"),
      `<w:jc w:val="center"/>`,
    ) +
    p(ids, r("1 Inleiding"), style("Kop1")) +
    p(
      ids,
      r("Dit profiel is opgesteld door ") +
        // Tracked changes outside any control.
        tracked(ids, "ins", "het team en ") +
        tracked(ids, "del", "de directie en ") +
        r("de intern begeleiders") +
        `<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteReference w:id="1"/></w:r>` +
        r(". Meer over het samenwerkingsverband op ") +
        `<w:hyperlink r:id="rId11" w:history="1">${r("www.swvzuidlimburg.nl", '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>` +
        r("."),
    ) +
    p(ids, r("Datum: ") + datePicker(ids, { alias: "Datum", tag: sop("ondertekening.datum") })) +
    p(
      ids,
      r("Namens school (directeur): dhr/mw ") +
        plainText(ids, {
          alias: "Namens school (directeur): dhr/mw",
          tag: sop("ondertekening.directeur"),
        }),
    ) +
    gegevens(ids, variant) +
    kengetallen(ids, variant) +
    p(ids, r("2.3 Onderwijsconcept"), style("Kop2")) +
    sdt({
      ids,
      alias: "Het pedagogisch en didactisch concept",
      tag: sop("concept.volledig"),
      docPart: DOCPART.text,
      type: "",
      endPr: "<w:sdtEndPr/>",
      content:
        p(
          ids,
          r("Wij zijn een kindcentrum waar kinderen van 0 tot 13 jaar samen leren."),
          `<w:spacing w:after="120"/>`,
        ) +
        p(
          ids,
          r("Wij werken handelingsgericht en ") + r("opbrengstgericht", "<w:i/><w:iCs/>") + r("."),
          `<w:spacing w:after="120"/>`,
        ),
    }) +
    zorgindicatoren(ids) +
    p(
      ids,
      r("Datum overleg MR: ") +
        datePicker(ids, { alias: "Datum overleg MR", tag: "mr.datum", iso: "2025-02-03" }),
    ) +
    sectPr({ header: "rId8", footer: "rId9" })
  );
}

function notes(kind: "footnote" | "endnote", ids: Ids, extra: string): string {
  const root = kind === "footnote" ? "footnotes" : "endnotes";
  const sep = (type: string, id: number, el: string) =>
    `<w:${kind} w:type="${type}" w:id="${id}">${p(ids, `<w:r><w:${el}/></w:r>`, `<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>`)}</w:${kind}>`;
  return story(
    root,
    sep("separator", -1, "separator") +
      sep("continuationSeparator", 0, "continuationSeparator") +
      extra,
  );
}

const COMMENT_PARA = "5D2A1B3C";

function comments(): string {
  return story(
    "comments",
    `<w:comment w:id="0" w:author="Anke Bongers" w:date="2025-03-10T14:22:00Z" w:initials="AB">` +
      `<w:p w14:paraId="${COMMENT_PARA}" w14:textId="6E4F2A1D" w:rsidR="00E41F07" w:rsidRDefault="00E41F07"><w:pPr>${style("Tekstopmerking")}</w:pPr>` +
      `<w:r><w:rPr><w:rStyle w:val="Verwijzingopmerking"/></w:rPr><w:annotationRef/></w:r>${r("Plaatsnaam nakijken: Heerlen?")}</w:p></w:comment>`,
  );
}

const W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

function commentSideParts(): [string, string][] {
  return [
    [
      "word/commentsExtended.xml",
      `${DECL}<w15:commentsEx ${MC} ${W15} mc:Ignorable="w15"><w15:commentEx w15:paraId="${COMMENT_PARA}" w15:done="0"/></w15:commentsEx>`,
    ],
    [
      "word/commentsIds.xml",
      `${DECL}<w16cid:commentsIds ${MC} xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" mc:Ignorable="w16cid"><w16cid:commentId w16cid:paraId="${COMMENT_PARA}" w16cid:durableId="2B9F1C3D"/></w16cid:commentsIds>`,
    ],
    [
      "word/commentsExtensible.xml",
      `${DECL}<w16cex:commentsExtensible ${MC} xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" mc:Ignorable="w16cex"><w16cex:commentExtensible w16cex:durableId="2B9F1C3D" w16cex:dateUtc="2025-03-10T13:22:00Z"/></w16cex:commentsExtensible>`,
    ],
  ];
}

const PEOPLE = `${DECL}<w15:people ${MC} ${W15} mc:Ignorable="w15"><w15:person w15:author="Anke Bongers"><w15:presenceInfo w15:providerId="None" w15:userId="Anke Bongers"/></w15:person><w15:person w15:author="Marieke Vaessen"><w15:presenceInfo w15:providerId="None" w15:userId="Marieke Vaessen"/></w15:person></w15:people>`;

function header(ids: Ids): string {
  return story(
    "hdr",
    p(
      ids,
      r("Schoolondersteuningsprofiel – Kindcentrum De Mijnlamp") +
        `<w:r><w:tab/></w:r>` +
        r("PO 3105"),
      style("Koptekst"),
    ),
  );
}

function footer(ids: Ids): string {
  const field = (instr: string, result: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
    `${r(result, "<w:noProof/>")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
  return story(
    "ftr",
    p(
      ids,
      r("Pagina ") +
        field("PAGE   \\* MERGEFORMAT", "1") +
        r(" van ") +
        field("NUMPAGES   \\* MERGEFORMAT", "3"),
      `${style("Voettekst")}<w:jc w:val="right"/>`,
    ),
  );
}

/** The parts of word-sop-filled.docx (or a variant), in the order Word writes them. */
export function sopFixture(variant: SopVariant): [string, string | Uint8Array][] {
  const ids = new Ids(variant === "filled" ? 0x50f1 : variant === "duplicate" ? 0xd0b1 : 0x0dd1);
  const footnote = `<w:footnote w:id="1">${p(ids, `<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteRef/></w:r>${r(" Zie het ondersteuningsplan 2022-2026 van het samenwerkingsverband.")}`, style("Voetnoottekst"))}</w:footnote>`;
  const parts: [string, string | Uint8Array][] = [
    ["word/document.xml", story("document", `<w:body>${body(ids, variant)}</w:body>`)],
    [
      "word/_rels/document.xml.rels",
      rels([
        { id: "rId8", type: "header", target: "header1.xml" },
        { id: "rId13", type: "fontTable", target: "fontTable.xml" },
        { id: "rId3", type: "webSettings", target: "webSettings.xml" },
        { id: "rId7", type: "commentsExtensible", target: "commentsExtensible.xml" },
        { id: "rId12", type: "glossaryDocument", target: "glossary/document.xml" },
        { id: "rId2", type: "settings", target: "settings.xml" },
        { id: "rId1", type: "styles", target: "styles.xml" },
        { id: "rId6", type: "commentsIds", target: "commentsIds.xml" },
        {
          id: "rId11",
          type: "hyperlink",
          target: "https://www.swvzuidlimburg.nl/",
          external: true,
        },
        { id: "rId5", type: "commentsExtended", target: "commentsExtended.xml" },
        { id: "rId10", type: "image", target: "media/image1.png" },
        { id: "rId4", type: "comments", target: "comments.xml" },
        { id: "rId9", type: "footer", target: "footer1.xml" },
        { id: "rId14", type: "people", target: "people.xml" },
        { id: "rId15", type: "theme", target: "theme/theme1.xml" },
        { id: "rId16", type: "footnotes", target: "footnotes.xml" },
        { id: "rId17", type: "endnotes", target: "endnotes.xml" },
      ]),
    ],
    ["word/footnotes.xml", notes("footnote", ids, footnote)],
    ["word/endnotes.xml", notes("endnote", ids, "")],
    ["word/comments.xml", comments()],
    ...commentSideParts(),
    ["word/header1.xml", header(ids)],
    ["word/footer1.xml", footer(ids)],
    ["word/theme/theme1.xml", THEME],
    ["word/media/image1.png", tinyPng()],
    ["word/settings.xml", settings({ footnotes: true })],
    ["word/styles.xml", STYLES],
    ["word/webSettings.xml", WEB_SETTINGS],
    ["word/fontTable.xml", FONT_TABLE],
    ["word/people.xml", PEOPLE],
    ...glossaryParts(DEFAULT_DOC_PARTS),
    [
      "docProps/core.xml",
      coreXml({
        title: "Schoolondersteuningsprofiel",
        creator: "Marieke Vaessen",
        lastModifiedBy: "Anke Bongers",
        revision: 12,
        created: "2025-02-20T08:15:00Z",
        modified: "2025-03-11T10:20:00Z",
      }),
    ],
    [
      "docProps/app.xml",
      appXml({ pages: 3, words: 412, company: "Stichting Kindkracht Parkstad" }),
    ],
    [
      "docProps/custom.xml",
      customXml([
        ["SOP.Template", "zuid-limburg"],
        ["SOP.TemplateVersion", 1],
      ]),
    ],
  ];
  return [
    ["[Content_Types].xml", contentTypes(parts.map(([n]) => n))],
    ["_rels/.rels", rootRels(true)],
    ...parts,
  ];
}
