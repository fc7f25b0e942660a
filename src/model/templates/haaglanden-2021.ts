import type { TemplateDefinition } from "../types";

// TODO(#2): placeholder until the full definition lands.
export const haaglanden2021: TemplateDefinition = {
  id: "haaglanden-2021",
  name: "haaglanden-2021",
  swv: "",
  version: 1,
  reference: "",
  sections: [{ id: "todo", number: "", heading: "todo", level: 1, blocks: [] }],
  checks: [],
};
