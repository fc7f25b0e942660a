import {
  DEFAULT_DOC_PARTS,
  FONT_TABLE,
  STYLES,
  THEME,
  WEB_SETTINGS,
  appXml,
  contentTypes,
  coreXml,
  glossaryParts,
  rels,
  rootRels,
  settings,
  tinyPng,
} from "./word-package";
import {
  DOCPART,
  Ids,
  checkbox,
  datePicker,
  drawing,
  listControl,
  p,
  placeholderRun,
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
 * Fixture A, word-controls.docx: every kind of content control Word makes, at every level (inline,
 * block, row, cell, nested), filled and showing its placeholder; plus controls in the header and
 * footer, which are not part of the body and must not be listed.
 */

const CUSTOM_DOC_PART = "3F2A9C1B7D8E4F6A9B0C1D2E3F4A5B6C";

function heading(ids: Ids, text: string, bookmark: { id: number; name: string }): string {
  return p(
    ids,
    `<w:bookmarkStart w:id="${bookmark.id}" w:name="${bookmark.name}"/>${r(text)}<w:bookmarkEnd w:id="${bookmark.id}"/>`,
    style("Kop1"),
  );
}

function fieldRuns(instr: string, result: string, rPr = ""): string {
  const pr = rPr ? `<w:rPr>${rPr}</w:rPr>` : "";
  return (
    `<w:r>${pr}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${pr}<w:instrText xml:space="preserve">${instr}</w:instrText></w:r>` +
    `<w:r>${pr}<w:fldChar w:fldCharType="separate"/></w:r>${r(result, rPr)}<w:r>${pr}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

function tocEntry(ids: Ids, text: string, anchor: string, page: string, first: boolean): string {
  const tocPPr = `${style("Inhopg1")}<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9062"/></w:tabs><w:rPr><w:noProof/></w:rPr>`;
  const begin = first
    ? `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`
    : "";
  return p(
    ids,
    `${begin}<w:hyperlink w:anchor="${anchor}" w:history="1">${r(text, '<w:rStyle w:val="Hyperlink"/><w:noProof/>')}` +
      `<w:r><w:rPr><w:noProof/><w:webHidden/></w:rPr><w:tab/></w:r>${fieldRuns(` PAGEREF ${anchor} \\h `, page, "<w:noProof/><w:webHidden/>")}</w:hyperlink>`,
    tocPPr,
  );
}

function toc(ids: Ids): string {
  return sdt({
    ids,
    type: `<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj>`,
    endPr: `<w:sdtEndPr><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr></w:sdtEndPr>`,
    content:
      p(ids, r("Inhoud"), style("Kopvaninhoudsopgave")) +
      tocEntry(ids, "Tekst", "_Toc190000001", "1", true) +
      tocEntry(ids, "Keuzes en datums", "_Toc190000002", "2", false) +
      p(
        ids,
        `<w:r><w:rPr><w:b/><w:bCs/><w:noProof/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`,
      ),
  });
}

function textControls(ids: Ids): string {
  const bold = `<w:b/><w:bCs/><w:color w:val="C00000"/>`;
  return [
    heading(ids, "Tekst", { id: 0, name: "_Toc190000001" }),
    p(ids, r("Naam leerling: ") + plainText(ids, { alias: "Naam leerling", tag: "leerling.naam" })),
    p(
      ids,
      r("Groep: ") +
        sdt({
          ids,
          alias: "Groep",
          tag: "leerling.groep",
          rPr: bold,
          docPart: DOCPART.text,
          extra: `<w15:color w:val="FF0000"/>`,
          type: "<w:text/>",
          content: r("Groep 6b", bold, "009A2B6E"),
        }),
    ),
    p(
      ids,
      r("Adres: ") +
        plainText(ids, {
          alias: "Adres",
          tag: "leerling.adres",
          text: "Kolenbergstraat 14\n6411 KB Heerlen",
          multiLine: true,
        }),
    ),
    // A plain-text control around a whole paragraph (block level), its text split over runs by rsids.
    sdt({
      ids,
      alias: "Samenvatting",
      tag: "samenvatting",
      docPart: DOCPART.text,
      type: "<w:text/>",
      content: p(
        ids,
        r("Leest vlot; ", "", "003E5F21") +
          `<w:proofErr w:type="spellStart"/>${r("rekent", "", "0071C4D8")}<w:proofErr w:type="spellEnd"/>` +
          r(" op niveau.", "", "0071C4D8"),
      ),
    }),
    sdt({
      ids,
      alias: "Opmerking",
      tag: "opmerking",
      docPart: CUSTOM_DOC_PART,
      showing: true,
      extra: `<w15:appearance w15:val="tags"/>`,
      type: "<w:text/>",
      content: p(ids, placeholderRun("Schrijf hier een korte opmerking.")),
    }),
    // Rich text around several paragraphs, with a plain-text control nested inside.
    sdt({
      ids,
      alias: "Verslag",
      tag: "verslag",
      docPart: DOCPART.text,
      type: "",
      endPr: "<w:sdtEndPr/>",
      content:
        p(ids, r("Het gesprek vond plaats op school.")) +
        p(
          ids,
          r("Aanwezig: ") +
            plainText(ids, {
              alias: "Aanwezigen",
              tag: "verslag.aanwezigen",
              text: "ouders en IB'er",
            }) +
            r("."),
        ) +
        p(ids, r("Afspraak: ") + r("volgende week evalueren", "<w:b/><w:bCs/>")),
    }),
    p(
      ids,
      r("Toelichting: ") +
        sdt({
          ids,
          alias: "Toelichting",
          tag: "toelichting",
          docPart: DOCPART.text,
          showing: true,
          type: "",
          content: placeholderRun("Klik of tik om tekst in te voeren."),
        }),
    ),
  ].join("");
}

function choiceControls(ids: Ids): string {
  return [
    heading(ids, "Keuzes en datums", { id: 1, name: "_Toc190000002" }),
    p(
      ids,
      r("Toestemming ouders ") +
        checkbox({ ids, alias: "Toestemming", tag: "toestemming", checked: true }) +
        r(" Foto's ") +
        checkbox({ ids, alias: "Foto's", tag: "foto", checked: false }),
    ),
    // Word writes <w14:checked/> without a value; on/off semantics make that "checked".
    p(
      ids,
      r("Zonder waarde: ") +
        checkbox({ ids, alias: "Zonder waarde", tag: "bare", checked: true, bareChecked: true }),
    ),
    p(
      ids,
      r("Eigen symbool: ") +
        checkbox({
          ids,
          alias: "Vinkje",
          tag: "vinkje",
          checked: true,
          checkedGlyph: { code: "2714", font: "Segoe UI Symbol" },
        }) +
        r(" ") +
        checkbox({
          ids,
          alias: "Vinkje leeg",
          tag: "vinkje.leeg",
          checked: false,
          checkedGlyph: { code: "2714", font: "Segoe UI Symbol" },
        }),
    ),
    p(
      ids,
      r("Schooladvies: ") +
        listControl(ids, {
          kind: "dropDownList",
          alias: "Schooladvies",
          tag: "advies",
          items: ["Vmbo-b", "Vmbo-k", "Vmbo-gt", "Havo", "Vwo"],
        }),
    ),
    p(
      ids,
      r("Vorig advies: ") +
        listControl(ids, {
          kind: "dropDownList",
          alias: "Vorig advies",
          tag: "advies.vorig",
          items: ["Vmbo-gt", "Havo", "Vwo"],
          text: "Havo",
        }),
    ),
    p(
      ids,
      r("Groepsindeling: ") +
        listControl(ids, {
          kind: "comboBox",
          alias: "Groepsindeling",
          tag: "indeling",
          items: ["Groep 1-2", "Groep 3", "Groep 4"],
          text: "Groep 3 en 4 samen",
        }),
    ),
    p(
      ids,
      r("Datum gesprek: ") +
        datePicker(ids, { alias: "Datum gesprek", tag: "gesprek.datum", iso: "2025-03-12" }),
    ),
    p(
      ids,
      r("Volgende afspraak: ") +
        datePicker(ids, { alias: "Volgende afspraak", tag: "afspraak.datum" }),
    ),
  ].join("");
}

function containerControls(ids: Ids): string {
  const item = (text: string) =>
    sdt({
      ids,
      docPart: DOCPART.repeating,
      type: "<w15:repeatingSectionItem/>",
      content: p(ids, r("Doel: ") + plainText(ids, { alias: "Doel", tag: "doel", text })),
    });
  return [
    p(ids, r("Afbeelding, bouwsteen, groep, herhalen"), style("Kop1")),
    sdt({
      ids,
      alias: "Logo",
      tag: "logo",
      type: "<w:picture/>",
      content: p(
        ids,
        drawing(ids, "rId8", 1, "Afbeelding 1", "Logo van de school"),
        `<w:jc w:val="center"/>`,
      ),
    }),
    sdt({
      ids,
      alias: "Vaste tekst",
      tag: "bouwsteen",
      type: `<w:docPartObj><w:docPartGallery w:val="Quick Parts"/><w:docPartCategory w:val="SOP"/></w:docPartObj>`,
      content: p(ids, r("Wij werken handelingsgericht.")),
    }),
    sdt({
      ids,
      alias: "Ondertekening",
      tag: "groep.ondertekening",
      type: "<w:group/>",
      content:
        p(
          ids,
          r("Namens de school: ") +
            plainText(ids, { alias: "Naam directeur", tag: "directeur", text: "M. Vaessen" }),
        ) +
        p(
          ids,
          r("Datum: ") +
            datePicker(ids, { alias: "Datum ondertekening", tag: "ondertekening.datum" }),
        ),
    }),
    sdt({
      ids,
      alias: "Doelen",
      tag: "doelen",
      type: `<w15:repeatingSection><w15:sectionTitle w:val="Doel"/></w15:repeatingSection>`,
      content: item("Technisch lezen op AVI E5") + item("Tafels tot 10 automatiseren"),
    }),
  ].join("");
}

function tableControls(ids: Ids): string {
  const widths = [3020, 3021, 3021];
  const cell = (i: number, inner: string) => tc(widths[i] as number, inner);
  const text = (i: number, s: string) => cell(i, p(ids, s ? r(s) : ""));
  const rowItem = (a: string, b: string) =>
    sdt({
      ids,
      docPart: DOCPART.repeating,
      type: "<w15:repeatingSectionItem/>",
      content: tr(ids, [text(0, a), text(1, b)]),
    });
  return [
    p(ids, r("Tabellen"), style("Kop1")),
    table(widths, [
      tr(ids, [text(0, "Vak"), text(1, "Niveau"), text(2, "Akkoord")]),
      tr(ids, [
        text(0, "Rekenen"),
        cell(
          1,
          p(
            ids,
            listControl(ids, {
              kind: "dropDownList",
              alias: "Niveau rekenen",
              tag: "niveau.rekenen",
              items: ["1F", "2F", "1S"],
              text: "1F",
            }),
          ),
        ),
        cell(
          2,
          p(
            ids,
            checkbox({ ids, alias: "Akkoord rekenen", tag: "akkoord.rekenen", checked: false }),
          ),
        ),
      ]),
      tr(ids, [
        text(0, "Taal"),
        // A control around a whole cell (cell level).
        sdt({
          ids,
          alias: "Niveau taal",
          tag: "niveau.taal",
          docPart: DOCPART.text,
          type: "",
          content: text(1, "2F"),
        }),
        // A block-level control directly inside a cell.
        cell(
          2,
          sdt({
            ids,
            alias: "Opmerking taal",
            tag: "opmerking.taal",
            docPart: DOCPART.text,
            type: "<w:text/>",
            content: p(ids, r("Loopt voor")),
          }),
        ),
      ]),
      // A control around a whole row (row level).
      sdt({
        ids,
        alias: "Extra rij",
        tag: "rij.extra",
        docPart: DOCPART.text,
        type: "",
        content: tr(ids, [text(0, "Lezen"), text(1, "AVI E5"), text(2, "ja")]),
      }),
    ]),
    p(ids, ""),
    // Word's usual repeating section: around table rows.
    table(widths.slice(0, 2), [
      tr(ids, [text(0, "Activiteit"), text(1, "Hoe vaak")]),
      sdt({
        ids,
        alias: "Activiteiten",
        tag: "activiteiten",
        type: `<w15:repeatingSection/>`,
        content: rowItem("Leesclub", "wekelijks") + rowItem("Rekenmuurtje", "dagelijks"),
      }),
    ]),
    // Word's "Documenteigenschap > Titel" quick part: a plain-text control bound to the core properties.
    p(
      ids,
      r("Documenttitel: ") +
        sdt({
          ids,
          alias: "Titel",
          tag: "",
          extra:
            `<w:dataBinding w:prefixMappings="xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' " ` +
            `w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>`,
          type: "<w:text/>",
          content: r("Leerlingverslag"),
        }),
    ),
  ].join("");
}

function header(ids: Ids): string {
  return story(
    "hdr",
    p(
      ids,
      plainText(ids, { alias: "Schoolnaam", tag: "kop.school", text: "Basisschool De Mijnlamp" }) +
        `<w:r><w:tab/></w:r>` +
        datePicker(ids, { alias: "Versiedatum", tag: "kop.datum", iso: "2025-03-12" }) +
        `<w:r><w:tab/></w:r>` +
        checkbox({ ids, alias: "Concept", tag: "kop.concept", checked: true }),
      style("Koptekst"),
    ),
  );
}

function footer(ids: Ids): string {
  return story(
    "ftr",
    sdt({
      ids,
      type: `<w:docPartObj><w:docPartGallery w:val="Page Numbers (Bottom of Page)"/><w:docPartUnique/></w:docPartObj>`,
      content: p(
        ids,
        fieldRuns(" PAGE   \\* MERGEFORMAT ", "1"),
        `${style("Voettekst")}<w:jc w:val="right"/>`,
      ),
    }),
  );
}

/** The parts of word-controls.docx, in the order Word writes them. */
export function controlsFixture(): [string, string | Uint8Array][] {
  const ids = new Ids(0x5eed0a11);
  const body =
    p(ids, r("Alle inhoudsbesturingselementen van Word"), style("Titel")) +
    toc(ids) +
    textControls(ids) +
    choiceControls(ids) +
    containerControls(ids) +
    tableControls(ids) +
    p(ids, "") +
    sectPr({ header: "rId9", footer: "rId10" });
  const parts: [string, string | Uint8Array][] = [
    ["word/document.xml", story("document", `<w:body>${body}</w:body>`)],
    [
      "word/_rels/document.xml.rels",
      rels([
        { id: "rId8", type: "image", target: "media/image1.png" },
        { id: "rId3", type: "settings", target: "settings.xml" },
        { id: "rId7", type: "glossaryDocument", target: "glossary/document.xml" },
        { id: "rId2", type: "styles", target: "styles.xml" },
        { id: "rId1", type: "customXml", target: "../customXml/item1.xml" },
        { id: "rId6", type: "theme", target: "theme/theme1.xml" },
        { id: "rId5", type: "fontTable", target: "fontTable.xml" },
        { id: "rId4", type: "webSettings", target: "webSettings.xml" },
        { id: "rId9", type: "header", target: "header1.xml" },
        { id: "rId10", type: "footer", target: "footer1.xml" },
      ]),
    ],
    ["word/header1.xml", header(ids)],
    ["word/footer1.xml", footer(ids)],
    ["word/theme/theme1.xml", THEME],
    ["word/media/image1.png", tinyPng()],
    ["word/settings.xml", settings()],
    ["word/styles.xml", STYLES],
    ["word/webSettings.xml", WEB_SETTINGS],
    ["word/fontTable.xml", FONT_TABLE],
    ...glossaryParts([
      ...DEFAULT_DOC_PARTS,
      {
        name: CUSTOM_DOC_PART,
        text: "Schrijf hier een korte opmerking.",
        guid: "C4D5E6F7-0819-4A2B-BC3D-4E5F60718293",
      },
    ]),
    [
      "customXml/item1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" xmlns="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" StyleName="APA" Version="6"></b:Sources>`,
    ],
    [
      "customXml/_rels/item1.xml.rels",
      rels([{ id: "rId1", type: "customXmlProps", target: "itemProps1.xml" }]),
    ],
    [
      "customXml/itemProps1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\r\n<ds:datastoreItem ds:itemID="{1D0A4F62-3B5C-4E8D-9F1A-2B3C4D5E6F70}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/></ds:schemaRefs></ds:datastoreItem>`,
    ],
    [
      "docProps/core.xml",
      coreXml({
        title: "Leerlingverslag",
        creator: "Anke Bongers",
        lastModifiedBy: "Anke Bongers",
        revision: 4,
        created: "2025-03-10T13:02:00Z",
        modified: "2025-03-12T09:41:00Z",
      }),
    ],
    [
      "docProps/app.xml",
      appXml({ pages: 2, words: 118, company: "Stichting Kindkracht Parkstad" }),
    ],
  ];
  return [
    ["[Content_Types].xml", contentTypes(parts.map(([name]) => name))],
    ["_rels/.rels", rootRels(false)],
    ...parts,
  ];
}
