import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DocxDocument } from "../../src/document/docx/adapter";
import { listEntries, readParts, zipComment } from "../../src/document/docx/zip";
import { DocumentError } from "../../src/document/errors";
import { filledTemplate } from "./filled";

/** Files made by scripts/make-unusual-corpus.ts and scripts/make-bad-corpus.ts. */
const unusual = join(__dirname, "../fixtures/unusual");
const bad = join(__dirname, "../fixtures/bad");
const open = (name: string) => new DocxDocument(readFileSync(join(unusual, name)));
const school = new DocxDocument(filledTemplate("zuid-limburg")).readSync().values;

describe("reading the document Word reads", () => {
  test("the main part is the one _rels/.rels names, not a decoy word/document.xml", () => {
    expect(open("decoy-main-part.docx").readSync().values["school.naam"]).toBe("De Echte School");
  });

  test.each(["other-main-name.docx", "zip64.docx", "utf16.docx", "zip-comment-and-folders.docx"])(
    "%s is read like the same SOP saved plainly, and can be filled",
    (name) => {
      const doc = open(name);
      expect(doc.readSync().values).toEqual(school);
      doc.writeSync([{ field: "school.plaats", value: "Kerkrade" }]);
      const again = new DocxDocument(doc.toBytes()).readSync().values;
      expect(again).toEqual({ ...school, "school.plaats": "Kerkrade" });
    },
  );

  test("a field in a text box is one field, not two (its mc:Fallback copy does not count)", () => {
    const state = open("text-box.docx").readSync();
    expect(state.problems).toEqual([]);
    expect(state.values["school.naam"]).toBe("Basisschool De Mijnlamp");
  });

  test("a field moved with tracked changes is read at its new place, not as a duplicate", () => {
    const state = open("tracked-move.docx").readSync();
    expect(state.problems).toEqual([]);
    expect(state.values["school.naam"]).toBe("Basisschool De Mijnlamp");
  });

  test("text hidden with w:vanish is no answer, and the control says it holds hidden text", () => {
    const doc = open("hidden-text.docx");
    expect(doc.readSync().values["school.naam"]).toBeUndefined();
    expect(doc.controls().find((c) => c.tag === "sop:school.naam")?.hiddenText).toBe(true);
  });

  test("two w14:checked in one box: the first counts, in both readers", () => {
    const doc = open("two-checked.docx");
    expect(doc.controls().find((c) => c.tag === "sop:swv=3106")?.checked).toBe(false);
    expect(doc.controls()).toEqual(doc.controlsFromDom());
  });

  const every = [
    ...readdirSync(unusual).map((f) => join(unusual, f)),
    ...readdirSync(bad).map((f) => join(bad, f)),
  ].filter((f) => f.endsWith(".docx"));
  test.each(every.map((f) => [f.split("/").slice(-2).join("/"), f]))(
    "both readers agree on %s (or both refuse it)",
    (_name, file) => {
      let doc: DocxDocument;
      try {
        doc = new DocxDocument(readFileSync(file));
      } catch (e) {
        expect(e).toBeInstanceOf(DocumentError);
        return;
      }
      let dom: unknown;
      try {
        dom = doc.controlsFromDom();
      } catch (e) {
        expect(e).toBeInstanceOf(DocumentError);
        return;
      }
      expect(doc.controls()).toEqual(dom);
    },
  );
});

describe("writes keep what they do not own", () => {
  test("comment and bookmark anchors inside a field stay around the new text", () => {
    const doc = open("anchors.docx");
    doc.writeSync([{ field: "school.naam", value: "De Nieuwe Naam" }]);
    const xml = new TextDecoder().decode(readParts(doc.toBytes())["word/document.xml"]);
    const at = xml.indexOf('w:val="sop:school.naam"');
    const field = xml.slice(at, xml.indexOf("</w:sdt>", at));
    const order = [
      '<w:bookmarkStart w:id="77" w:name="schoolnaam"/>',
      '<w:commentRangeStart w:id="5"/>',
      "De Nieuwe Naam",
      '<w:commentRangeEnd w:id="5"/>',
      '<w:commentReference w:id="5"/>',
      '<w:bookmarkEnd w:id="77"/>',
    ].map((s) => field.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test("a field holding tracked changes is not overwritten unless asked", () => {
    const doc = open("tracked-change-in-field.docx");
    expect(() => doc.writeSync([{ field: "school.naam", value: "X" }])).toThrow(
      expect.objectContaining({ problem: "tracked-changes" }),
    );
    doc.writeSync([{ field: "school.naam", value: "X" }], { overwriteTrackedChanges: true });
    expect(new DocxDocument(doc.toBytes()).readSync().values["school.naam"]).toBe("X");
  });

  test("the zip comment and the folder entries are kept", () => {
    const bytes = readFileSync(join(unusual, "zip-comment-and-folders.docx"));
    const doc = new DocxDocument(bytes);
    doc.writeSync([{ field: "school.plaats", value: "Kerkrade" }]);
    const saved = doc.toBytes();
    expect(new TextDecoder().decode(zipComment(saved))).toBe(
      "Ontvangen via de schooladministratie, 23-11-2026",
    );
    const names = listEntries(saved).map((e) => e.name);
    expect(names.slice(0, 2)).toEqual(["word/", "docProps/"]);
  });

  test("text into a checkbox, or a tick into a text control, is a conflict: nothing is written", () => {
    const doc = new DocxDocument(readFileSync(join(bad, "wrong-type.docx")));
    const before = doc.toBytes();
    const text = (() => {
      try {
        doc.writeSync([{ field: "structuur", value: "Nieuwe tekst" }]);
      } catch (e) {
        return e;
      }
    })() as DocumentError;
    expect(text.problem).toBe("conflict");
    expect(text.message).toMatch(/is in dit document een selectievakje.*er is niets geschreven/);
    expect(() => doc.writeSync([{ field: "netwerk.sbo", value: "ja" }])).toThrow(
      /is in dit document geen selectievakje/,
    );
    expect(doc.toBytes()).toEqual(before);
  });

  test("a save that would produce a part Word cannot open throws, it returns nothing", () => {
    const doc = new DocxDocument(filledTemplate("zuid-limburg"));
    doc.writeSync([{ field: "school.plaats", value: "Kerkrade" }]);
    // Past every check a value goes through: a control character put straight into the XML.
    const pkg = (
      doc as unknown as {
        pkg: {
          document(): {
            getElementsByTagName(n: string): {
              item(i: number): { appendChild(n: unknown): void } | null;
            };
            createTextNode(s: string): unknown;
          };
        };
      }
    ).pkg;
    const xml = pkg.document();
    xml.getElementsByTagName("w:t").item(0)?.appendChild(xml.createTextNode("\u0007"));
    expect(() => doc.toBytes()).toThrow(
      expect.objectContaining({
        problem: "write-check",
        message: expect.stringMatching(/U\+0007/),
      }),
    );
  });
});
