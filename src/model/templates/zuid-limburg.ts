import type { TemplateDefinition } from "../types";

// TODO(#2): placeholder until the full definition lands.
export const zuidLimburg: TemplateDefinition = {
  id: "zuid-limburg",
  name: "zuid-limburg",
  swv: "",
  version: 1,
  reference: "",
  sections: [{ id: "todo", number: "", heading: "todo", level: 1, blocks: [] }],
  checks: [],
};
