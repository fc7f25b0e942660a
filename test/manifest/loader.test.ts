/** @jest-environment jsdom */
/**
 * The inline loader of taskpane.html (webpack.config.js), run in jsdom: inside Office it puts
 * office.js before the app, in <head>, with nothing waiting on a timer; outside Office it asks the
 * CDN for nothing.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's config is CommonJS
const config = require("../../webpack.config.js") as {
  taskpaneHtml(o: { htmlWebpackPlugin: { files: { js: string[] } } }): string;
  officeJsUrl: string;
};

const APP = ["runtime.1234abcd.js", "taskpane.5678ef90.js"];

function runLoader(): { srcs: string[]; async: boolean[]; verdict: string | null } {
  const html = config.taskpaneHtml({ htmlWebpackPlugin: { files: { js: APP } } });
  const head = html.slice(0, html.indexOf("</head>"));
  const inline = /<script>([\s\S]*?)<\/script>/.exec(head)?.[1];
  if (!inline) throw new Error("no inline loader in <head>");
  document.head.innerHTML = "";
  document.documentElement.removeAttribute("data-opened-by");
  new Function(inline)();
  const scripts = Array.from(document.head.querySelectorAll("script"));
  return {
    srcs: scripts.map((s) => s.getAttribute("src") ?? ""),
    async: scripts.map((s) => s.async),
    verdict: document.documentElement.getAttribute("data-opened-by"),
  };
}

afterEach(() => {
  window.name = "";
  window.sessionStorage.clear();
});

test("the address of office.js is the one Microsoft's docs name today", () => {
  expect(config.officeJsUrl).toBe("https://officeapis.public.onecdn.static.microsoft/1/office.js");
});

test("outside Office only the app is loaded, at once", () => {
  jest.useFakeTimers();
  try {
    expect(runLoader()).toEqual({ srcs: APP, async: [false, false], verdict: "browser" });
    expect(jest.getTimerCount()).toBe(0);
  } finally {
    jest.useRealTimers();
  }
});

test.each([
  ["window.name (Word on the web)", () => (window.name = JSON.stringify({ hostInfo: "Word|Web" }))],
  ["sessionStorage (after a navigation)", () => sessionStorage.setItem("hostInfoValue", "x")],
])("opened by Office through %s: office.js first, then the app, in order", (_how, mark) => {
  jest.useFakeTimers();
  try {
    mark();
    expect(runLoader()).toEqual({
      srcs: [config.officeJsUrl, ...APP],
      async: [false, false, false],
      verdict: "office",
    });
    // Nothing decides on a timer: the app waits for Word itself (src/taskpane/startup.ts).
    expect(jest.getTimerCount()).toBe(0);
  } finally {
    jest.useRealTimers();
  }
});
