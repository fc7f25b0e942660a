import { DocxDocument } from "../../../src/document/docx/adapter";
import { buildTemplateDocx } from "../../../src/document/docx/build-template";
import { templates } from "../../../src/model";
import { ErrorCodes, OfficeError } from "./sim-errors";
import { WEB, WordSimulator } from "./simulator";

/**
 * The simulator must fail where Word fails, or the adapter's tests prove nothing: an unloaded
 * property throws, a command waits for sync, `contentControls` loses controls.
 */

const notLoaded = expect.objectContaining({
  name: "RichApi.Error",
  code: ErrorCodes.propertyNotLoaded,
  message: expect.stringContaining("'tag' is not available"),
});

describe("the simulated Word object model", () => {
  test("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    await sim.run(async (context) => {
      const controls = context.document.body.getContentControls({ types: ["PlainText"] });
      expect(() => controls.items).toThrow(OfficeError);
      controls.load("items/title");
      expect(() => controls.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      const first = controls.items[0];
      expect(first?.title).toMatch(/\S/);
      // Loaded was the title only.
      let error: unknown;
      try {
        void first?.tag;
      } catch (e) {
        error = e;
      }
      expect(error).toEqual(notLoaded);
      expect(() => first?.checkboxContentControl.isChecked).toThrow(/not available/);
    });
  });

  test("counts every sync of every run, and sends what is still queued when a run ends", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    await sim.run(async (context) => {
      context.document.body.load("text");
      await context.sync();
      await context.sync();
    });
    await sim.run(async (context) => {
      context.document.properties.customProperties.add("Klant", "De Linde");
    });
    await sim.run(async () => undefined);
    expect(sim.runs.map((r) => r.syncs)).toEqual([2, 1, 0]);
  });

  test("getContentControls gives the types asked for; contentControls leaves out plain text and checkboxes (office-js #6144)", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg");
    const all = new DocxDocument(buildTemplateDocx(templates["zuid-limburg"])).controls();
    const count = (type: string) => all.filter((c) => c.type === type).length;
    await sim.run(async (context) => {
      const body = context.document.body;
      const boxes = body.getContentControls({ types: ["CheckBox"] }).load("items/type");
      const texts = body
        .getContentControls({ types: ["PlainText", "RichText"] })
        .load("items/type");
      const legacy = context.document.body.contentControls.load("items/type");
      await context.sync();
      expect(boxes.items).toHaveLength(count("CheckBox"));
      expect(texts.items).toHaveLength(count("PlainText") + count("RichText"));
      expect(legacy.items.map((c) => c.type)).not.toContain("PlainText");
      expect(legacy.items.map((c) => c.type)).not.toContain("CheckBox");
      expect(legacy.items).toHaveLength(count("RichText"));
    });
  });

  test("refuses a control type the requirement sets do not cover", async () => {
    const sim = WordSimulator.fromFixture("word-controls.docx", WEB);
    await expect(
      sim.run(async (context) => {
        context.document.body.getContentControls({ types: ["DatePicker"] }).load("items/tag");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: ErrorCodes.invalidArgument });
  });

  test("a locked control refuses insertText until cannotEdit is lifted; commands before the failure stay done", async () => {
    const sim = WordSimulator.fromTemplate("haaglanden-2021");
    const tags = ["sop:financien.leerlingen", "sop:financien.bedrag"];
    const failed = sim.run(async (context) => {
      const controls = context.document.body
        .getContentControls({ types: ["PlainText"] })
        .load("items/tag,items/cannotEdit");
      await context.sync();
      const [plain, locked] = tags.map((t) => controls.items.find((c) => c.tag === t));
      expect([plain?.cannotEdit, locked?.cannotEdit]).toEqual([false, true]);
      plain?.insertText("222", "Replace");
      locked?.insertText("1", "Replace");
      await context.sync();
    });
    await expect(failed).rejects.toMatchObject({ code: ErrorCodes.accessDenied });
    const texts = () =>
      new DocxDocument(sim.toBytes()).controls().filter((c) => tags.includes(c.tag));
    expect(texts().map((c) => c.text)).toEqual(["222", ""]);

    await sim.run(async (context) => {
      const controls = context.document.body
        .getContentControls({ types: ["PlainText"] })
        .load("items/tag");
      await context.sync();
      const locked = controls.items.find((c) => c.tag === tags[1]);
      if (!locked) throw new Error("no control");
      locked.cannotEdit = false;
      locked.insertText("€ 32.032", "Replace");
      locked.cannotEdit = true;
      await context.sync();
    });
    expect(texts().map((c) => [c.text, c.lock])).toEqual([
      ["222", "none"],
      ["€ 32.032", "sdtContentLocked"],
    ]);
  });

  test("custom properties: a missing one is a null object, add creates or sets, keys ignore case", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    await sim.run(async (context) => {
      const props = context.document.properties.customProperties;
      const template = props.getItemOrNullObject("sop.template").load("value");
      const version = props.getItemOrNullObject("SOP.TemplateVersion").load("value");
      const missing = props.getItemOrNullObject("Klant").load("value");
      await context.sync();
      expect([template.isNullObject, template.value]).toEqual([false, "passenderwijs"]);
      expect(version.value).toBe(1);
      expect(missing.isNullObject).toBe(true);
      props.add("SOP.Template", "zuid-limburg");
      props.add("Klant", "De Linde");
    });
    expect(new DocxDocument(sim.toBytes()).detectSync()).toMatchObject({
      template: "zuid-limburg",
    });
  });

  test("body text, and a file inserted over the body replaces it", async () => {
    const sim = WordSimulator.blank();
    await sim.run(async (context) => {
      const body = context.document.body.load("text");
      await context.sync();
      expect(body.text).toBe("");
      const file = Buffer.from(buildTemplateDocx(templates["haaglanden-2025"])).toString("base64");
      body.insertFileFromBase64(file, "Replace");
      body.load("text");
      await context.sync();
      // The 2025 model is titled "Ondersteuningsaanbod" (its reference text, line 1; issue 7.6).
      expect(body.text).toContain("Ondersteuningsaanbod");
    });
    const reopened = new DocxDocument(sim.toBytes());
    expect(reopened.controls()).toHaveLength(
      new DocxDocument(buildTemplateDocx(templates["haaglanden-2025"])).controls().length,
    );
  });

  test("text comes as Word gives it: paragraphs end in \\r", async () => {
    const sim = WordSimulator.fromTemplate("zuid-limburg");
    sim.userTypes("sop:concept.volledig", "Eerste.\nTweede.");
    const text = await sim.run(async (context) => {
      const rich = context.document.body
        .getContentControls({ types: ["RichText"] })
        .load("items/tag,items/text");
      await context.sync();
      return rich.items.find((c) => c.tag === "sop:concept.volledig")?.text;
    });
    expect(text).toBe("Eerste.\rTweede.");
  });

  test("objects cannot be used once their run has ended", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    const body = await sim.run(async (context) => context.document.body);
    expect(() => body.load("text")).toThrow(
      expect.objectContaining({ code: "InvalidRequestContext" }),
    );
  });
});
