import { connectToWord } from "../../../src/document/word";
import { waitForWord } from "../../../src/document/word/host";
import { themeOf } from "../../../src/document/word/theme";
import { CONTROL_TYPES, WEB, WordSimulator } from "./simulator";

/** office.js as the page would have it: `Office` and `Word` globals, set per test. */
const globals = globalThis as Record<string, unknown>;

type Theme = { bodyBackgroundColor: string; isDarkTheme?: boolean };

function installOffice(options: {
  onReady: () => Promise<unknown>;
  sim?: WordSimulator;
  theme?: Theme;
}) {
  const handlers = new Set<() => void>();
  const office = {
    onReady: options.onReady,
    HostType: { Word: "Word", Excel: "Excel" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    context: {
      requirements: {
        isSetSupported: (name: "WordApi" | "WordApiDesktop", version: string) =>
          options.sim?.host.isSetSupported(name, version) ?? false,
      },
      officeTheme: options.theme,
      document: {
        addHandlerAsync: jest.fn((_type: string, handler: () => void) => handlers.add(handler)),
        removeHandlerAsync: jest.fn((_type: string, o: { handler: () => void }) =>
          handlers.delete(o.handler),
        ),
      },
    },
  };
  globals.Office = office;
  if (options.sim) globals.Word = { run: options.sim.host.run, ContentControlType: CONTROL_TYPES };
  return {
    office,
    moveSelection: () => [...handlers].forEach((h) => h()),
    handlerCount: () => handlers.size,
  };
}

const inWord = async () => ({ host: "Word", platform: "PC" });

beforeEach(() => jest.useFakeTimers());
afterEach(() => {
  jest.useRealTimers();
  delete globals.Office;
  delete globals.Word;
});

describe("connectToWord outside Word", () => {
  test("is null at once when office.js is absent, leaving no timer behind", async () => {
    await expect(connectToWord()).resolves.toBeNull();
    expect(jest.getTimerCount()).toBe(0);
  });

  test("is null after the timeout when Office.onReady never comes", async () => {
    installOffice({ onReady: () => new Promise(() => undefined) });
    let result: unknown = "pending";
    void connectToWord({ timeoutMs: 800 }).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(799);
    expect(result).toBe("pending");
    await jest.advanceTimersByTimeAsync(1);
    expect(result).toBeNull();
  });

  test("waits 1.5 s by default", async () => {
    installOffice({ onReady: () => new Promise(() => undefined) });
    const connection = connectToWord();
    await jest.advanceTimersByTimeAsync(1500);
    await expect(connection).resolves.toBeNull();
  });

  test("is null for an office.js that is there but broken", async () => {
    globals.Office = { onReady: inWord };
    await expect(connectToWord()).resolves.toBeNull();
  });

  test.each([
    ["office.js outside Office", async () => ({ host: null, platform: null })],
    ["another Office application", async () => ({ host: "Excel", platform: "PC" })],
    ["office.js failing", async () => Promise.reject(new Error("no host"))],
  ])("is null for %s", async (_name, onReady) => {
    installOffice({ onReady });
    await expect(connectToWord()).resolves.toBeNull();
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe("waitForWord says why Word did not come", () => {
  test("no office.js at all", async () => {
    await expect(waitForWord(30_000)).resolves.toBe("no-office");
    expect(jest.getTimerCount()).toBe(0);
  });

  test("Office.onReady not within the limit, however generous", async () => {
    installOffice({ onReady: () => new Promise(() => undefined) });
    let result: unknown = "pending";
    void waitForWord(30_000).then((r) => (result = r));
    await jest.advanceTimersByTimeAsync(29_999);
    expect(result).toBe("pending");
    await jest.advanceTimersByTimeAsync(1);
    expect(result).toBe("timeout");
  });

  test("a slow Office.onReady (a cold cache) still connects", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    installOffice({
      onReady: () => new Promise((resolve) => setTimeout(() => resolve(inWord()), 8_000)),
      sim,
    });
    const result = waitForWord(30_000);
    await jest.advanceTimersByTimeAsync(8_000);
    expect(typeof (await result)).toBe("object");
  });

  test.each([
    ["office.js outside Office", async () => ({ host: null, platform: null })],
    ["office.js failing", async () => Promise.reject(new Error("no host"))],
  ])("not Word: %s", async (_name, onReady) => {
    installOffice({ onReady });
    await expect(waitForWord(30_000)).resolves.toBe("not-word");
  });
});

describe("connectToWord inside Word", () => {
  test("gives the document, through Word.run", async () => {
    const sim = WordSimulator.fromTemplate("haaglanden-2021", WEB);
    installOffice({ onReady: inWord, sim, theme: { bodyBackgroundColor: "#FFFFFF" } });
    const connection = await connectToWord();
    if (!connection) throw new Error("not connected");
    expect(await connection.document.detect()).toMatchObject({ template: "haaglanden-2021" });
    await connection.document.write([{ field: "financien.leerlingen", value: 222 }]);
    expect((await connection.document.readAll()).values["financien.leerlingen"]).toBe(222);
    // Requirement sets come from Office.context.requirements: Word on the web has no date pickers.
    expect(connection.document.limitations()).toEqual([expect.stringMatching(/^Datumkiezers/)]);
  });

  test("document changes are heard through Office's selection event, which is released after", async () => {
    const sim = WordSimulator.fromTemplate("passenderwijs");
    const page = installOffice({ onReady: inWord, sim });
    const connection = await connectToWord();
    const heard = jest.fn();
    const stop = connection?.document.onChange(heard);
    await sim.idle();
    expect(page.handlerCount()).toBe(1);
    page.moveSelection();
    page.moveSelection();
    await jest.advanceTimersByTimeAsync(300);
    expect(heard).toHaveBeenCalledTimes(1);
    stop?.();
    expect(page.handlerCount()).toBe(0);
    expect(page.office.context.document.removeHandlerAsync).toHaveBeenCalledTimes(1);
  });

  test("follows the Office theme, read again when the selection moves", async () => {
    const theme: Theme = { bodyBackgroundColor: "#262626" };
    const page = installOffice({ onReady: inWord, sim: WordSimulator.blank(), theme });
    const connection = await connectToWord();
    expect(connection?.theme).toBe("dark");
    const seen: string[] = [];
    const stop = connection?.onThemeChange((t) => seen.push(t));
    page.moveSelection();
    theme.bodyBackgroundColor = "#FFFFFF";
    page.moveSelection();
    page.moveSelection();
    expect(seen).toEqual(["light"]);
    stop?.();
    expect(page.handlerCount()).toBe(0);
  });
});

describe("the theme", () => {
  test.each([
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#0a0a0a", isDarkTheme: false }, "light"],
    [{ bodyBackgroundColor: "#FFFFFF", isDarkTheme: true }, "dark"],
    [{ bodyBackgroundColor: "" }, "light"],
    [undefined, "light"],
  ])("%j is %s", (theme, expected) => {
    expect(themeOf(theme)).toBe(expected);
  });
});
