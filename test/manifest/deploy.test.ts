/**
 * `npm run build -- --env publicUrl=…` for a school board: the dist/ manifest names only that
 * address, and every file it names is in dist/. The build runs the project's own webpack config; the
 * app's entry is swapped for a stub so the test takes seconds (the manifest, the assets and
 * taskpane.html do not depend on what the app's bundle holds).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack's config is CommonJS
const factory = require("../../webpack.config.js") as ConfigFactory;

jest.setTimeout(120_000);

async function build(publicUrl: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "sop-dist-"));
  const stub = join(out, "..", `${out.split(/[\\/]/).pop()}-entry.js`);
  writeFileSync(stub, "document.title = 'SOP Assistent';\n");
  const config = await factory({ publicUrl }, { mode: "production" });
  config.entry = { taskpane: stub };
  config.output = { ...config.output, path: out };
  config.devtool = false;
  config.plugins = (config.plugins ?? []).filter((p) => p?.constructor.name !== "InitialJsReport");
  config.infrastructureLogging = { level: "none" };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      rmSync(stub, { force: true });
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
  return out;
}

/** The https addresses in the manifest (its XML namespaces are http and name no file). */
const urlsIn = (xml: string) => [...xml.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);

describe.each([
  ["at the root of a host", "https://sop.bestuur.nl/"],
  ["in a folder", "https://www.bestuur.nl/apps/sop"],
])("a build for an address %s", (_where, publicUrl) => {
  let dist = "";
  beforeAll(async () => {
    dist = await build(publicUrl);
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test("names only that address in the manifest", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    const base = publicUrl.replace(/\/?$/, "/");
    const origin = new URL(publicUrl).origin;
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url === origin || url.startsWith(base)).toBe(true);
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`<AppDomain>${origin}</AppDomain>`);
    expect(manifest).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
  });

  test("has every file the manifest names, and every script taskpane.html loads", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    const base = publicUrl.replace(/\/?$/, "/");
    const files = urlsIn(manifest)
      .filter((u) => u.startsWith(base))
      .map((u) => u.slice(base.length));
    expect(files).toContain("taskpane.html");
    for (const file of files) expect([file, existsSync(join(dist, file))]).toEqual([file, true]);
    const html = readFileSync(join(dist, "taskpane.html"), "utf8");
    // The loader's list of the app's scripts (the HTML is minified: quoted names ending in .js).
    const scripts = [...html.matchAll(/"([\w.-]+\.js)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect([src, existsSync(join(dist, src))]).toEqual([src, true]);
  });
});

test.each(["http://sop.bestuur.nl/", "sop.bestuur.nl", "https://sop.bestuur.nl/?x=1"])(
  "refuses %s with a message that says what to give",
  async (publicUrl) => {
    await expect(factory({ publicUrl }, { mode: "production" })).rejects.toThrow(
      /https:\/\/sop\.bestuur\.nl\//,
    );
  },
);
