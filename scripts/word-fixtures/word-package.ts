import { deflateSync } from "node:zlib";
import { DECL, RSIDS, WORD_NAMESPACES, esc } from "./word-xml";

/**
 * The parts around word/document.xml that Word 365 (Dutch) writes in every file: content types,
 * relationships, styles with Dutch style ids, settings with rsids, font table, theme, web settings,
 * the glossary document holding the placeholder building blocks, and the document properties.
 */

const CT = "application/vnd.openxmlformats-officedocument";
const WML = `${CT}.wordprocessingml`;
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The content type of each part name Word may write. */
const CONTENT_TYPE: Record<string, string> = {
  "word/document.xml": `${WML}.document.main+xml`,
  "word/styles.xml": `${WML}.styles+xml`,
  "word/settings.xml": `${WML}.settings+xml`,
  "word/webSettings.xml": `${WML}.webSettings+xml`,
  "word/fontTable.xml": `${WML}.fontTable+xml`,
  "word/footnotes.xml": `${WML}.footnotes+xml`,
  "word/endnotes.xml": `${WML}.endnotes+xml`,
  "word/comments.xml": `${WML}.comments+xml`,
  "word/commentsExtended.xml": `${WML}.commentsExtended+xml`,
  "word/commentsIds.xml": `${WML}.commentsIds+xml`,
  "word/commentsExtensible.xml": `${WML}.commentsExtensible+xml`,
  "word/people.xml": `${WML}.people+xml`,
  "word/header1.xml": `${WML}.header+xml`,
  "word/footer1.xml": `${WML}.footer+xml`,
  "word/theme/theme1.xml": `${CT}.theme+xml`,
  "word/glossary/document.xml": `${WML}.document.glossary+xml`,
  "word/glossary/styles.xml": `${WML}.styles+xml`,
  "word/glossary/settings.xml": `${WML}.settings+xml`,
  "word/glossary/webSettings.xml": `${WML}.webSettings+xml`,
  "word/glossary/fontTable.xml": `${WML}.fontTable+xml`,
  "customXml/itemProps1.xml": `${CT}.customXmlProperties+xml`,
  "docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
  "docProps/app.xml": `${CT}.extended-properties+xml`,
  "docProps/custom.xml": `${CT}.custom-properties+xml`,
};

export function contentTypes(parts: readonly string[]): string {
  const png = parts.some((p) => p.endsWith(".png"));
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    (png ? `<Default Extension="png" ContentType="image/png"/>` : "") +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
    `<Default Extension="xml" ContentType="application/xml"/>` +
    parts
      .filter((p) => CONTENT_TYPE[p])
      .map((p) => `<Override PartName="/${p}" ContentType="${CONTENT_TYPE[p]}"/>`)
      .join("") +
    `</Types>`
  );
}

export type Rel = { id: string; type: string; target: string; external?: boolean };

const REL_TYPE: Record<string, string> = {
  commentsExtended: "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
  commentsIds: "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
  commentsExtensible:
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
  people: "http://schemas.microsoft.com/office/2011/relationships/people",
};

export function rels(list: readonly Rel[]): string {
  return (
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    list
      .map(
        (l) =>
          `<Relationship Id="${l.id}" Type="${REL_TYPE[l.type] ?? `${REL}/${l.type}`}" Target="${esc(l.target)}"${l.external ? ' TargetMode="External"' : ""}/>`,
      )
      .join("") +
    `</Relationships>`
  );
}

export function rootRels(custom: boolean): string {
  const pkg = "http://schemas.openxmlformats.org/package/2006/relationships/metadata";
  return (
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    (custom
      ? `<Relationship Id="rId4" Type="${REL}/custom-properties" Target="docProps/custom.xml"/>`
      : "") +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId2" Type="${pkg}/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    `</Relationships>`
  );
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const SHORT_NS =
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="${REL}" ${W} ` +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" ' +
  'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" ' +
  'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh"';

function paraStyle(id: string, name: string, body: string, extra = ""): string {
  return `<w:style w:type="paragraph"${extra} w:styleId="${id}"><w:name w:val="${name}"/>${body}</w:style>`;
}
function charStyle(id: string, name: string, body: string, extra = ""): string {
  return `<w:style w:type="character"${extra} w:styleId="${id}"><w:name w:val="${name}"/>${body}</w:style>`;
}

/** Styles with the ids Dutch Word gives them (Standaard, Kop1, Tekstvantijdelijkeaanduiding...). */
export const STYLES =
  `${DECL}<w:styles ${SHORT_NS}>` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>` +
  `<w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
  `<w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">` +
  `<w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/>` +
  `<w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/>` +
  `<w:lsdException w:name="Placeholder Text" w:semiHidden="1"/><w:lsdException w:name="Table Grid" w:uiPriority="39"/></w:latentStyles>` +
  paraStyle("Standaard", "Normal", `<w:qFormat/>`, ' w:default="1"') +
  paraStyle(
    "Kop1",
    "heading 1",
    `<w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:link w:val="Kop1Char"/><w:uiPriority w:val="9"/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>` +
      `<w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr>`,
  ) +
  paraStyle(
    "Kop2",
    "heading 2",
    `<w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>` +
      `<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:color w:val="0F4761" w:themeColor="accent1" w:themeShade="BF"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>`,
  ) +
  paraStyle(
    "Titel",
    "Title",
    `<w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="80" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr>`,
  ) +
  charStyle(
    "Standaardalinea-lettertype",
    "Default Paragraph Font",
    `<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/>`,
    ' w:default="1"',
  ) +
  `<w:style w:type="table" w:default="1" w:styleId="Standaardtabel"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `<w:style w:type="numbering" w:default="1" w:styleId="Geenlijst"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  `<w:style w:type="table" w:styleId="Tabelraster"><w:name w:val="Table Grid"/><w:basedOn w:val="Standaardtabel"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>` +
  charStyle(
    "Tekstvantijdelijkeaanduiding",
    "Placeholder Text",
    `<w:basedOn w:val="Standaardalinea-lettertype"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rsid w:val="${RSIDS[1]}"/><w:rPr><w:color w:val="666666"/></w:rPr>`,
  ) +
  charStyle(
    "Hyperlink",
    "Hyperlink",
    `<w:basedOn w:val="Standaardalinea-lettertype"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="467886" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr>`,
  ) +
  paraStyle(
    "Voetnoottekst",
    "footnote text",
    `<w:basedOn w:val="Standaard"/><w:link w:val="VoetnoottekstChar"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>`,
  ) +
  charStyle(
    "VoetnoottekstChar",
    "Voetnoottekst Char",
    `<w:basedOn w:val="Standaardalinea-lettertype"/><w:link w:val="Voetnoottekst"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>`,
    ' w:customStyle="1"',
  ) +
  charStyle(
    "Voetnootmarkering",
    "footnote reference",
    `<w:basedOn w:val="Standaardalinea-lettertype"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>`,
  ) +
  paraStyle(
    "Koptekst",
    "header",
    `<w:basedOn w:val="Standaard"/><w:link w:val="KoptekstChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>`,
  ) +
  paraStyle(
    "Voettekst",
    "footer",
    `<w:basedOn w:val="Standaard"/><w:link w:val="VoettekstChar"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>`,
  ) +
  charStyle(
    "Verwijzingopmerking",
    "annotation reference",
    `<w:basedOn w:val="Standaardalinea-lettertype"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>`,
  ) +
  paraStyle(
    "Tekstopmerking",
    "annotation text",
    `<w:basedOn w:val="Standaard"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>`,
  ) +
  paraStyle(
    "Kopvaninhoudsopgave",
    "TOC Heading",
    `<w:basedOn w:val="Kop1"/><w:next w:val="Standaard"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr>`,
  ) +
  paraStyle(
    "Inhopg1",
    "toc 1",
    `<w:basedOn w:val="Standaard"/><w:next w:val="Standaard"/><w:autoRedefine/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/></w:pPr>`,
  ) +
  `</w:styles>`;

export function settings(o: { footnotes?: boolean; glossary?: boolean } = {}): string {
  return (
    `${DECL}<w:settings xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ` +
    `xmlns:v="urn:schemas-microsoft-com:vml" xmlns:w10="urn:schemas-microsoft-com:office:word" ` +
    `xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main" ${SHORT_NS}>` +
    `<w:zoom w:percent="100"/>${o.glossary ? "" : '<w:proofState w:spelling="clean" w:grammar="clean"/>'}` +
    `<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    (o.footnotes
      ? `<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>`
      : "") +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>` +
    `<w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="differentiateMultirowTableHeaders" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/>` +
    `<w:compatSetting w:name="useWord2013TrackBottomHyphenation" w:uri="http://schemas.microsoft.com/office/word" w:val="0"/></w:compat>` +
    `<w:rsids><w:rsidRoot w:val="${RSIDS[0]}"/>${[...RSIDS]
      .sort()
      .map((r) => `<w:rsid w:val="${r}"/>`)
      .join("")}</w:rsids>` +
    `<m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/><m:brkBinSub m:val="--"/><m:smallFrac m:val="0"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/><m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/><m:naryLim m:val="undOvr"/></m:mathPr>` +
    `<w:themeFontLang w:val="nl-NL"/>` +
    `<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/>` +
    (o.glossary
      ? ""
      : `<w:shapeDefaults><o:shapedefaults v:ext="edit" spidmax="1026"/><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout></w:shapeDefaults>`) +
    `<w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/>` +
    `<w14:docId w14:val="${o.glossary ? "5E1A7C32" : "2B6F0A91"}"/><w15:chartTrackingRefBased/>` +
    `<w15:docId w15:val="{${o.glossary ? "9C0B9D5E-1F2A-4C3B-8D4E-5F6A7B8C9D0E" : "4A3E2F10-6B7C-4D8E-9FA0-B1C2D3E4F5A6"}}"/></w:settings>`
  );
}

export const WEB_SETTINGS = `${DECL}<w:webSettings ${SHORT_NS}><w:optimizeForBrowser/><w:allowPNG/></w:webSettings>`;

function font(
  name: string,
  panose: string,
  charset: string,
  family: string,
  pitch: string,
  sig: string,
): string {
  return `<w:font w:name="${name}"><w:panose1 w:val="${panose}"/><w:charset w:val="${charset}"/><w:family w:val="${family}"/><w:pitch w:val="${pitch}"/><w:sig ${sig}/></w:font>`;
}

export const FONT_TABLE =
  `${DECL}<w:fonts ${SHORT_NS}>` +
  font(
    "Aptos",
    "020B0004020202020204",
    "00",
    "swiss",
    "variable",
    'w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"',
  ) +
  font(
    "MS Gothic",
    "020B0609070205080204",
    "80",
    "modern",
    "fixed",
    'w:usb0="E0000AFF" w:usb1="6AC7FDFB" w:usb2="08000012" w:usb3="00000000" w:csb0="0002009F" w:csb1="00000000"',
  ) +
  font(
    "Segoe UI Symbol",
    "020B0502040204020203",
    "00",
    "swiss",
    "variable",
    'w:usb0="800001E3" w:usb1="1200FFEF" w:usb2="00040000" w:usb3="00000000" w:csb0="00000001" w:csb1="00000000"',
  ) +
  font(
    "Times New Roman",
    "02020603050405020304",
    "00",
    "roman",
    "variable",
    'w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" w:csb0="000001FF" w:csb1="00000000"',
  ) +
  font(
    "Aptos Display",
    "020B0004020202020204",
    "00",
    "swiss",
    "variable",
    'w:usb0="20000287" w:usb1="00000003" w:usb2="00000000" w:usb3="00000000" w:csb0="0000019F" w:csb1="00000000"',
  ) +
  `</w:fonts>`;

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const sysFill = (n: string) => `<a:solidFill><a:schemeClr val="${n}"/></a:solidFill>`;
const line = (w: number) =>
  `<a:ln w="${w}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`;

/** The Office theme (2023) that Word 365 puts in a new document, without its extension lists. */
export const THEME =
  `${DECL}<a:theme ${A} name="Office-thema"><a:themeElements><a:clrScheme name="Office">` +
  `<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
  `<a:dk2><a:srgbClr val="0E2841"/></a:dk2><a:lt2><a:srgbClr val="E8E8E8"/></a:lt2>` +
  ["156082", "E97132", "196B24", "0F9ED5", "A02B93", "4EA72E"]
    .map((c, i) => `<a:accent${i + 1}><a:srgbClr val="${c}"/></a:accent${i + 1}>`)
    .join("") +
  `<a:hlink><a:srgbClr val="467886"/></a:hlink><a:folHlink><a:srgbClr val="96607D"/></a:folHlink></a:clrScheme>` +
  `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Aptos Display" panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
  `<a:minorFont><a:latin typeface="Aptos" panose="02110004020202020204"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
  `<a:fmtScheme name="Office"><a:fillStyleLst>${sysFill("phClr")}${sysFill("phClr")}${sysFill("phClr")}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(12700)}${line(19050)}${line(25400)}</a:lnStyleLst>` +
  `<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>` +
  `<a:bgFillStyleLst>${sysFill("phClr")}${sysFill("phClr")}${sysFill("phClr")}</a:bgFillStyleLst></a:fmtScheme>` +
  `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;

export function coreXml(o: {
  title: string;
  creator: string;
  lastModifiedBy: string;
  revision: number;
  created: string;
  modified: string;
}): string {
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(o.title)}</dc:title><dc:subject></dc:subject>` +
    `<dc:creator>${esc(o.creator)}</dc:creator><cp:keywords></cp:keywords><dc:description></dc:description>` +
    `<cp:lastModifiedBy>${esc(o.lastModifiedBy)}</cp:lastModifiedBy><cp:revision>${o.revision}</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${o.created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${o.modified}</dcterms:modified></cp:coreProperties>`
  );
}

export function appXml(o: { pages: number; words: number; company: string }): string {
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>` +
    `<TotalTime>47</TotalTime><Pages>${o.pages}</Pages><Words>${o.words}</Words><Characters>${o.words * 6}</Characters>` +
    `<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>${Math.ceil(o.words / 12)}</Lines>` +
    `<Paragraphs>${Math.ceil(o.words / 30)}</Paragraphs><ScaleCrop>false</ScaleCrop><Company>${esc(o.company)}</Company>` +
    `<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>${o.words * 7}</CharactersWithSpaces><SharedDoc>false</SharedDoc>` +
    `<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>`
  );
}

/** Custom properties as Word's File > Properties > Custom writes them: text, and numbers as vt:i4. */
export function customXml(props: readonly (readonly [string, string | number])[]): string {
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    props
      .map(
        ([name, value], i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(name)}">` +
          (typeof value === "number"
            ? `<vt:i4>${value}</vt:i4>`
            : `<vt:lpwstr>${esc(value)}</vt:lpwstr>`) +
          `</property>`,
      )
      .join("") +
    `</Properties>`
  );
}

export type DocPart = { name: string; text: string; guid: string };

/** word/glossary/document.xml: the building blocks that hold each control's placeholder text. */
export function glossaryDocument(parts: readonly DocPart[]): string {
  return (
    `${DECL}<w:glossaryDocument ${WORD_NAMESPACES}><w:docParts>` +
    parts
      .map(
        (d, i) =>
          `<w:docPart><w:docPartPr><w:name w:val="${d.name}"/><w:category><w:name w:val="Algemeen"/><w:gallery w:val="placeholder"/></w:category>` +
          `<w:types><w:type w:val="bbPlcHdr"/></w:types><w:behaviors><w:behavior w:val="content"/></w:behaviors><w:guid w:val="{${d.guid}}"/></w:docPartPr>` +
          `<w:docPartBody><w:p w14:paraId="${(0x1a2b3c00 + i).toString(16).toUpperCase()}" w14:textId="${(0x5c4d3e00 + i).toString(16).toUpperCase()}" w:rsidR="${RSIDS[2]}" w:rsidRDefault="${RSIDS[1]}">` +
          `<w:r w:rsidRPr="${RSIDS[1]}"><w:rPr><w:rStyle w:val="Tekstvantijdelijkeaanduiding"/></w:rPr><w:t>${esc(d.text)}</w:t></w:r></w:p></w:docPartBody></w:docPart>`,
      )
      .join("") +
    `</w:docParts></w:glossaryDocument>`
  );
}

/** Word's default placeholder building blocks, in Dutch. */
export const DEFAULT_DOC_PARTS: readonly DocPart[] = [
  {
    name: "DefaultPlaceholder_-1854013440",
    text: "Klik of tik om tekst in te voeren.",
    guid: "E7A6C0B1-3D2F-4E5A-9B8C-1D2E3F4A5B6C",
  },
  {
    name: "DefaultPlaceholder_-1854013438",
    text: "Kies een item.",
    guid: "0B9F2A61-7C3D-4B1E-8F5A-2C3D4E5F6A7B",
  },
  {
    name: "DefaultPlaceholder_-1854013437",
    text: "Klik of tik om een datum in te voeren.",
    guid: "5D1E3C72-8A4B-4C2F-9E6D-3A4B5C6D7E8F",
  },
  {
    name: "DefaultPlaceholder_-1854013435",
    text: "Voer inhoud in die u wilt herhalen, inclusief andere inhoudsbesturingselementen. U kunt dit besturingselement ook invoegen rond tabelrijen om delen van een tabel te herhalen.",
    guid: "9A2B4D83-1E5C-4D3A-8B7E-4C5D6E7F8A9B",
  },
];

/** The parts of the glossary document, with its own styles, settings, fonts and web settings. */
export function glossaryParts(parts: readonly DocPart[]): [string, string][] {
  return [
    ["word/glossary/document.xml", glossaryDocument(parts)],
    [
      "word/glossary/_rels/document.xml.rels",
      rels([
        { id: "rId3", type: "webSettings", target: "webSettings.xml" },
        { id: "rId2", type: "settings", target: "settings.xml" },
        { id: "rId1", type: "styles", target: "styles.xml" },
        { id: "rId4", type: "fontTable", target: "fontTable.xml" },
      ]),
    ],
    ["word/glossary/styles.xml", STYLES],
    ["word/glossary/settings.xml", settings({ glossary: true })],
    ["word/glossary/webSettings.xml", WEB_SETTINGS],
    ["word/glossary/fontTable.xml", FONT_TABLE],
  ];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid 4×4 PNG (a blue square with a white centre): the school logo of the fixtures. */
export function tinyPng(): Uint8Array {
  const size = 4;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw: number[] = [];
  for (let y = 0; y < size; y++) {
    raw.push(0); // filter: none
    for (let x = 0; x < size; x++) {
      const centre = x > 0 && x < 3 && y > 0 && y < 3;
      raw.push(...(centre ? [255, 255, 255] : [21, 96, 130]));
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.from(raw))),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}
