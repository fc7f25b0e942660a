import { DocxDocument } from "../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../src/document/docx/build-template";
import { templates } from "../../src/model";
import { undoHistory } from "../../src/taskpane/browser/undo-history";

const fresh = () => new DocxDocument(buildTemplateDocx(templates["zuid-limburg"]));
const values = async (doc: DocxDocument) => (await doc.readAll()).values;

describe("undo in the browser edition", () => {
  it("takes back the pane's writes one by one, last first, down to the empty template", async () => {
    const doc = fresh();
    const history = undoHistory(doc);
    await history.port.write([{ field: "school.naam", value: "De Bron" }]);
    await history.port.write([{ field: "school.naam", value: "De Bron Maastricht" }]);
    await history.port.write([{ field: "zorgindicator.01", value: "3" }]);
    expect(history.steps()).toBe(3);

    await history.undo();
    expect(await values(doc)).toEqual({ "school.naam": "De Bron Maastricht" });
    await history.undo();
    expect(await values(doc)).toEqual({ "school.naam": "De Bron" });
    await history.undo();
    expect(await values(doc)).toEqual({});
    expect(history.steps()).toBe(0);
    expect(await history.undo()).toBe(false);
  });

  it("an undo asked for during a write takes back that write, whatever the timing", async () => {
    const doc = fresh();
    const history = undoHistory(doc);
    const writing = history.port.write([{ field: "school.naam", value: "De Bron" }]);
    const undone = history.undo();
    await Promise.all([writing, undone]);
    expect(await undone).toBe(true);
    expect(await values(doc)).toEqual({});
  });

  it("a write that changes nothing is no step; a refused write is none either", async () => {
    const doc = fresh();
    const history = undoHistory(doc);
    await history.port.write([{ field: "school.naam", value: "De Bron" }]);
    await history.port.write([{ field: "school.naam", value: "De Bron" }]);
    await expect(history.port.write([{ field: "zorgindicator.01", value: "9" }])).rejects.toThrow();
    expect(history.steps()).toBe(1);
  });

  it("tells the header when the number of steps changes, and forgets them on clear", async () => {
    const history = undoHistory(fresh());
    const seen: number[] = [];
    history.onSteps(() => seen.push(history.steps()));
    await history.port.write([{ field: "school.naam", value: "De Bron" }]);
    await history.undo();
    await history.port.write([{ field: "school.naam", value: "Het Anker" }]);
    history.clear();
    expect(seen).toEqual([1, 0, 1, 0]);
  });
});
