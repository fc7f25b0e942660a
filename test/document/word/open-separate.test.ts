import type { WordContext, WordHost } from "../../../src/document/word/api";
import { WordDocument } from "../../../src/document/word/word-document";

/** A Word host whose only use here is one batch with or without `context.application`. */
function host(application: WordContext<string>["application"]): {
  host: WordHost<string>;
  syncs: () => number;
} {
  let syncs = 0;
  const context = {
    document: {} as WordContext<string>["document"],
    ...(application ? { application } : {}),
    sync: async () => {
      syncs += 1;
    },
  } as WordContext<string>;
  return {
    host: {
      run: (batch) => batch(context),
      controlTypes: {} as WordHost<string>["controlTypes"],
      isSetSupported: () => true,
      onSelectionChanged: () => () => undefined,
    },
    syncs: () => syncs,
  };
}

describe("WordDocument.openSeparate", () => {
  it("opens the bytes as a new Word document in one sync", async () => {
    const created: string[] = [];
    let opened = 0;
    const { host: h, syncs } = host({
      createDocument: (base64) => {
        created.push(base64);
        return { open: () => (opened += 1) };
      },
    });
    await new WordDocument(h).openSeparate(new Uint8Array([80, 75, 3, 4]));
    expect(created).toEqual(["UEsDBA=="]);
    expect(opened).toBe(1);
    expect(syncs()).toBe(1);
  });

  it("says in Dutch when this Word cannot open another document", async () => {
    const { host: h } = host(undefined);
    await expect(new WordDocument(h).openSeparate(new Uint8Array([1]))).rejects.toThrow(
      "geen nieuw document openen",
    );
  });
});
