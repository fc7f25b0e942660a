import { WordDocument } from "../../../src/document/word/word-document";
import { describePortContract } from "../port-contract";
import { WordSimulator } from "./simulator";

describePortContract("the simulated Word object model", async (id) => {
  const sim = WordSimulator.fromTemplate(id);
  return {
    doc: new WordDocument(sim.host),
    reopen: async () => new WordDocument(sim.reopen().host),
  };
});
