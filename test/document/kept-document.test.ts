import { DocxDocument } from "../../src/document/docx/adapter";
import { readParts, writeZip } from "../../src/document/docx/zip";
import { DocumentError } from "../../src/document/errors";
import { filledTemplate } from "./filled";

/**
 * The .docx adapter keeps the parsed document between writes and reads again only the fields a
 * write changed (ADR 0020). What a person would notice if that went wrong: a field that shows an
 * old value, a saved file that reads differently from the pane, a refused write that leaves the
 * document half changed.
 */
const zuidLimburg = filledTemplate("zuid-limburg");

/** What a fresh reader makes of the saved bytes, with both readers. */
function reread(doc: DocxDocument) {
  const again = new DocxDocument(doc.toBytes());
  return { fast: again.controls(), dom: again.controlsFromDom(), values: again.readSync().values };
}

describe("writes into a kept document", () => {
  test("after many writes the fields read as a fresh reader reads the saved file", () => {
    const doc = new DocxDocument(zuidLimburg);
    doc.writeSync([{ field: "school.naam", value: "De Eerste" }]);
    doc.writeSync([
      { field: "school.naam", value: "De Tweede\nmet een tweede regel\tand een tab" },
      { field: "school.plaats", value: "" },
    ]);
    doc.writeSync([{ field: "swv", value: "3106" }]);
    const saved = reread(doc);
    expect(doc.controls()).toEqual(saved.fast);
    expect(doc.controls()).toEqual(saved.dom);
    expect(doc.readSync().values).toEqual(saved.values);
    expect(saved.values["school.naam"]).toBe("De Tweede\nmet een tweede regel\tand een tab");
    expect(saved.values["school.plaats"]).toBeUndefined();
  });

  test("a field inside a group control: the group's text follows the write too", () => {
    // The paragraphs of the school's name and street, wrapped in a group control as a school may do.
    const parts = readParts(zuidLimburg);
    const xml = new TextDecoder().decode(parts["word/document.xml"]);
    const name = xml.lastIndexOf("<w:p>", xml.indexOf('"sop:school.naam"'));
    const street = xml.indexOf("</w:p>", xml.indexOf('"sop:school.straat"')) + "</w:p>".length;
    const grouped =
      xml.slice(0, name) +
      '<w:sdt><w:sdtPr><w:tag w:val="adres"/><w:group/></w:sdtPr><w:sdtContent>' +
      xml.slice(name, street) +
      "</w:sdtContent></w:sdt>" +
      xml.slice(street);
    parts["word/document.xml"] = new TextEncoder().encode(grouped);
    const doc = new DocxDocument(writeZip(Object.entries(parts)));
    expect(doc.controls().find((c) => c.tag === "adres")?.text).toContain("De Mijnlamp");

    doc.writeSync([{ field: "school.naam", value: "Basisschool Het Anker" }]);
    expect(doc.controls().find((c) => c.tag === "adres")?.text).toMatch(
      /^School Basisschool Het Anker\nAdres-Straat Kolenbergstraat 14/,
    );
    const saved = reread(doc);
    expect(doc.controls()).toEqual(saved.dom);
    expect(doc.controls()).toEqual(saved.fast);
  });

  test("a write whose result does not read back is undone, and the document still saves", () => {
    const doc = new DocxDocument(zuidLimburg);
    doc.writeSync([{ field: "school.plaats", value: "Heerlen" }]);
    const before = doc.controls();
    // A placeholder is not a value and is not checked up front; the character reaches the XML and
    // the check of what the write produced refuses it.
    let thrown: unknown;
    try {
      doc.writeSync([
        { field: "school.naam", value: "Nieuw" },
        { field: "school.plaats", value: null, placeholder: "Plaats\u0001" },
      ]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DocumentError);
    expect((thrown as DocumentError).problem).toBe("write-check");
    expect(doc.controls()).toEqual(before);
    const saved = reread(doc);
    expect(saved.dom).toEqual(before);
    expect(saved.values["school.plaats"]).toBe("Heerlen");
  });

  test("a save in steps reports its progress up to the end and gives the same file", async () => {
    const doc = new DocxDocument(zuidLimburg);
    doc.writeSync([{ field: "school.naam", value: "In stappen" }]);
    const seen: number[] = [];
    const bytes = await doc.toBytesAsync({}, (p) => seen.push(p));
    expect(Buffer.from(bytes).equals(Buffer.from(doc.toBytes()))).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((p) => p >= 0 && p < 1)).toBe(true);
    expect(new DocxDocument(bytes).readSync().values["school.naam"]).toBe("In stappen");
  });
});
