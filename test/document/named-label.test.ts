import { DocxDocument } from "../../src/document/docx/adapter";
import { bindDocx } from "../../src/document/docx/bind";
import { afterLead } from "../../src/document/recognize/named-label";
import { recognizeXml, recognizedValues } from "../../src/document/recognize";
import { edited, fixture } from "./word/recognizing-docs";

/**
 * A school that fills in an "Anders, namelijk" row by hand often types its own name in the label's
 * line: "Anders, namelijk: Kanjertraining". The name is what follows the label, however it is written.
 */
describe("a name typed after its row's label", () => {
  const name = (line: string, label = "Anders, namelijk") => {
    const at = afterLead(line, label);
    return at === undefined ? undefined : line.slice(at);
  };

  it.each([
    ["Anders, namelijk: Kanjertraining", "Anders, namelijk:", "Kanjertraining"],
    ["Anders, namelijk Kanjertraining", "Anders, namelijk", "Kanjertraining"],
    ["Anders, namelijk… Kanjertraining", "Anders, namelijk…", "Kanjertraining"],
    ["Anders namelijk Kanjertraining", "Anders, namelijk…", "Kanjertraining"],
    ["anders, namelijk: Kanjertraining", "Anders, namelijk:", "Kanjertraining"],
    ["ANDERS, NAMELIJK: Kanjertraining", "Anders, namelijk:", "Kanjertraining"],
    ["Anders,namelijk:Kanjertraining", "Anders, namelijk:", "Kanjertraining"],
    ["Anders, namelijk... Kanjertraining", "Anders, namelijk…", "Kanjertraining"],
    ["anders nl. Kanjertraining", "Anders, namelijk", "Kanjertraining"],
    ["Anders, nl: Kanjertraining", "Anders, namelijk", "Kanjertraining"],
    ["Anders nl Kanjertraining", "Anders, namelijk", "Kanjertraining"],
    ["Anders, te weten: Kanjertraining", "Anders, namelijk", "Kanjertraining"],
    ["Anders: Kanjertraining", "Anders, namelijk", "Kanjertraining"],
    ["Anders - Kanjertraining", "Anders, namelijk", "Kanjertraining"],
    ["Overig: Rots en Water", "Anders, namelijk", "Rots en Water"],
    ["  Anders, namelijk:  Kanjertraining ", "Anders, namelijk:", "Kanjertraining "],
    // The model's own label, a row number in Zuid-Limburg.
    ["5. Kanjertraining", "5.", "Kanjertraining"],
  ])("%j under the label %j is the name %j", (line, label, expected) => {
    expect(name(line, label)).toBe(expected);
  });

  it.each([
    // A name that starts with the same word is no label: "anders begaafd" is a term of its own.
    ["Anders begaafde leerlingen", "Anders, namelijk"],
    ["Andersom lezen", "Anders, namelijk"],
    ["Kanjertraining", "Anders, namelijk"],
    // The label alone: the name is still to be filled in.
    ["Anders, namelijk:", "Anders, namelijk:"],
    ["Anders, namelijk …", "Anders, namelijk…"],
    ["5.", "5."],
  ])("%j under the label %j is no label with a name", (line, label) => {
    expect(name(line, label)).toBeUndefined();
  });
});

describe("a school's SOP with the name in the label's line (Haaglanden 2025)", () => {
  const LABEL = '<w:t xml:space="preserve">Anders, namelijk</w:t></w:r></w:p>';
  const NAME = '<w:p><w:r><w:t xml:space="preserve">Brugfunctionaris</w:t>';
  /** The network table's first "Anders" row with label and name in one paragraph. */
  const oneLine = (line: string) =>
    edited(fixture("haaglanden-2025-glyphs"), {
      document: (xml) => {
        const both = `${LABEL}${NAME}`;
        if (!xml.includes(both)) throw new Error("the fixture changed: no Anders row with a name");
        return xml.replace(both, `<w:t xml:space="preserve">${line}</w:t>`);
      },
    });

  it.each([
    "Anders, namelijk: Brugfunctionaris",
    "Anders, namelijk Brugfunctionaris",
    "anders nl. Brugfunctionaris",
    "Anders, nl: Brugfunctionaris",
    "ANDERS NAMELIJK… Brugfunctionaris",
  ])("%j is read as the name Brugfunctionaris, the row still ticked", (line) => {
    const r = recognizeXml(new DocxDocument(oneLine(line)).documentXml());
    const values = r ? recognizedValues(r) : {};
    expect(values["netwerk.anders-1.naam"]).toBe("Brugfunctionaris");
    expect(values["netwerk.anders-1"]).toBe("ja");
    expect(values["netwerk.anders-2.naam"]).toBeUndefined();
  });

  it("reads a Zuid-Limburg row's number and the school's name typed in one line", () => {
    const both =
      '<w:t xml:space="preserve">5.</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Ondersteuning bij taalontwikkeling';
    const bytes = edited(fixture("zuid-limburg-form"), {
      document: (xml) => {
        if (!xml.includes(both)) throw new Error("the fixture changed: no row 5 with a name");
        return xml.replace(both, '<w:t xml:space="preserve">5. Ondersteuning bij taalontwikkeling');
      },
    });
    const r = recognizeXml(new DocxDocument(bytes).documentXml());
    expect(r ? recognizedValues(r)["specifiek.5.naam"] : undefined).toBe(
      "Ondersteuning bij taalontwikkeling van meertalige leerlingen (NT2)",
    );
  });

  it("keeps the label in the document when the fields are added, the name in its own field", () => {
    const bytes = oneLine("Anders, namelijk: Brugfunctionaris");
    const r = recognizeXml(new DocxDocument(bytes).documentXml());
    if (!r) throw new Error("not recognized");
    const result = bindDocx(bytes, r);
    expect(result.bound).toContain("netwerk.anders-1.naam");
    const doc = new DocxDocument(result.bytes);
    expect(doc.readSync().values["netwerk.anders-1.naam"]).toBe("Brugfunctionaris");
    const control = doc.controls().find((c) => c.tag === "sop:netwerk.anders-1.naam");
    expect(control?.text).toBe("Brugfunctionaris");
    expect(new TextDecoder().decode(doc.documentXml())).toMatch(/Anders, namelijk: ?</);
  });
});
