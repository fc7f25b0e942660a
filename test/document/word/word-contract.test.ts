import { WordDocument } from "../../../src/document/word/word-document";
import { describePortContract } from "../port-contract";
import { PROFILES, WordSimulator } from "./simulator";

// The contract holds under every reading of Word's behaviour the simulator can play.
for (const profile of PROFILES) {
  describePortContract(`the simulated Word object model (${profile.name})`, async (id) => {
    const sim = WordSimulator.fromTemplate(id, profile);
    return {
      doc: new WordDocument(sim.host),
      reopen: async () => new WordDocument(sim.reopen().host),
    };
  });
}
