import { templates } from "../../src/model";
import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { describePortContract } from "./port-contract";

describePortContract("a .docx file", async (id) => {
  const doc = new DocxDocument(buildTemplateDocx(templates[id]));
  return { doc, reopen: async () => new DocxDocument(doc.toBytes()) };
});
