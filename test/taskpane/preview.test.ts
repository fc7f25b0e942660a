import { templates } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { DocumentError } from "../../src/document/errors";
import { escapeHtml, previewHtml } from "../../src/document/docx/preview";

const zuidLimburg = () => new DocxDocument(buildTemplateDocx(templates["zuid-limburg"]));

describe("preview of a .docx", () => {
  it("shows headings, paragraphs, tables and the fields with their placeholders", () => {
    const html = previewHtml(zuidLimburg().toBytes());
    expect(html).toContain("<h1>Schoolondersteuningsprofiel</h1>");
    expect(html).toContain("<h2>1 Inleiding</h2>");
    expect(html).toContain("<h3>2.1 Algemene gegevens van de school</h3>");
    expect(html).toMatch(/<table><tbody><tr><th>/);
    expect(html).toMatch(
      /<span class="sop-veld sop-plaatshouder" data-tag="sop:school\.naam" title="School">Klik of tik om tekst in te voeren\.<\/span>/,
    );
    expect(html).toContain(
      '<span class="sop-veld" data-tag="sop:zorgindicator.01=2" title="Zorgindicator 1 (1.4): 2" role="img" aria-label="Zorgindicator 1 (1.4): 2: niet aangevinkt" data-checked="nee">☐</span>',
    );
  });

  it("shows values as written and ticked boxes as ☒", async () => {
    const doc = zuidLimburg();
    await doc.write([
      { field: "school.naam", value: "Basisschool De Mijnlamp" },
      { field: "zorgindicator.01", value: "3" },
      { field: "kengetallen.leerlingen-tm8", value: 1234 },
    ]);
    const html = previewHtml(doc.toBytes());
    expect(html).toContain(
      'data-tag="sop:school.naam" title="School">Basisschool De Mijnlamp</span>',
    );
    expect(html).toMatch(/data-tag="sop:zorgindicator\.01=3"[^>]*data-checked="ja">☒<\/span>/);
    expect(html).toMatch(/data-tag="sop:kengetallen\.leerlingen-tm8"[^>]*>1\.234<\/span>/);
  });

  it("escapes what the document says: a value <script> stays text", async () => {
    const doc = zuidLimburg();
    const evil = `<script>alert("x")</script><img src=x onerror='alert(1)'>`;
    await doc.write([
      { field: "school.naam", value: evil },
      { field: "concept.volledig", value: "Regel & nog een\n<b>vet</b>" },
    ]);
    const html = previewHtml(doc.toBytes());
    expect(html).not.toMatch(/<script|<img|<b>/i);
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;",
    );
    expect(html).toContain("Regel &amp; nog een");
  });

  it("escapes the characters that could end a text or an attribute", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("refuses what is not a Word document with the engine's own message", () => {
    expect(() => previewHtml(new TextEncoder().encode("geen zip"))).toThrow(DocumentError);
  });
});
