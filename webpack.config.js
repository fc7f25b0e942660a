/* global require, module, __dirname, URL */
/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads this file as CommonJS */
/**
 * Builds the task pane: dist/taskpane.html with its JavaScript, the icons in dist/assets and the
 * manifest. `npm run build` (production) or `npm run dev-server` / `npm start` (development).
 *
 * - office.js is not bundled: taskpane.html loads it from Microsoft's CDN, before the app, only when
 *   Office opened the page (docs/adr/0002 and 0008), so the browser edition starts without it and
 *   without a network, and the add-in waits for Word instead of timing out.
 * - Production: minified, content-hashed names, vendor code split from ours and chunks for lazy
 *   imports (the engine, the pane, the board page, the Word adapter: ADR 0023); after each build
 *   the gzipped size of the initial JavaScript is printed against the budget (150 KB) and what
 *   each package costs of it is written to .tmp/bundle-report.json.
 * - Dev server on port 3000: https with office-addin-dev-certs' certificate where Word sideloads
 *   (Windows, Mac) or when SOP_HTTPS=1; plain http otherwise (the certificate tool cannot install
 *   its CA on Linux without sudo). SOP_HTTPS=0 forces http.
 * - `--env publicUrl=https://…/` (or SOP_PUBLIC_URL; production only): the address the add-in is
 *   served from; the manifest in dist gets it instead of https://localhost:3000/ (README, "Uitrollen
 *   voor een bestuur").
 */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const port = 3000;
const devOrigin = `https://localhost:${port}`;
/** The address Microsoft's docs and samples name for office.js today (docs/adr/0008). */
const officeJsUrl = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
/**
 * The first screen's JavaScript, gzipped: below the generator-office template's hello world
 * (163 KB), issue 12. The start screen loads no engine, model or pane (ADR 0023).
 */
const initialJsBudget = 150 * 1024;

/** Whether the dev server should speak https: SOP_HTTPS decides, else "where Word can sideload". */
function wantsHttps() {
  if (process.env.SOP_HTTPS === "1") return true;
  if (process.env.SOP_HTTPS === "0") return false;
  return process.platform === "win32" || process.platform === "darwin";
}

/** The dev server's `server` option; falls back to http when no certificate can be had. */
async function devServerProtocol() {
  if (!wantsHttps()) return { type: "http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (error) {
    console.warn(
      `Geen https-certificaat voor localhost (${error instanceof Error ? error.message : error}).\n` +
        "De server draait op http: de browserversie werkt, Word laadt de invoegtoepassing zo niet.",
    );
    return { type: "http" };
  }
}

/**
 * The address the add-in will be served from, as a school board's IT gives it
 * (`npm run build -- --env publicUrl=https://sop.bestuur.nl/`); Word loads add-ins over https only.
 */
function checkedPublicUrl(value) {
  if (value === undefined || value === true || value === "") return undefined;
  let url;
  try {
    url = new URL(String(value));
  } catch {
    throw new Error(`publicUrl "${value}" is geen webadres. Voorbeeld: https://sop.bestuur.nl/`);
  }
  if (url.protocol !== "https:" || url.search || url.hash)
    throw new Error(
      `publicUrl "${value}": Word laadt invoegtoepassingen alleen via https, zonder ? of #. Voorbeeld: https://sop.bestuur.nl/`,
    );
  return url.href;
}

/** The manifest with the add-in's URLs at `publicUrl` (its AppDomain becomes that origin). */
function manifestFor(manifest, publicUrl) {
  const base = publicUrl.replace(/\/+$/, "");
  return manifest
    .replaceAll(`${devOrigin}/`, `${base}/`)
    .replaceAll(devOrigin, new URL(base).origin);
}

/**
 * taskpane.html. The inline loader in <head> checks the markers office.js itself reads to find its
 * host. Inside Office it adds office.js and then the app's scripts, all with async=false: they run in
 * that order, office.js first as the docs ask, and none waits on a timer. It notes the verdict on
 * <html data-opened-by>, so the app waits for Word (src/taskpane/startup.ts) instead of guessing.
 * Outside Office only the app's scripts are added: no request to the CDN.
 */
function taskpaneHtml({ htmlWebpackPlugin }) {
  const scripts = htmlWebpackPlugin.files.js;
  const preload = scripts.map((src) => `    <link rel="preload" href="${src}" as="script" />`);
  return `<!doctype html>
<html lang="nl">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>SOP Assistent</title>
    <link rel="icon" href="assets/icon-32.png" type="image/png" />
${preload.join("\n")}
    <style>
      html, body { margin: 0; }
      body { font-family: "Segoe UI", system-ui, sans-serif; }
    </style>
    <script>
      (function () {
        var officeJs = ${JSON.stringify(officeJsUrl)};
        var app = ${JSON.stringify(scripts)};
        function openedByOffice() {
          try {
            if (typeof agaveHost !== "undefined" || (window.external && "GetHostInfo" in window.external)) return true;
          } catch (e) {}
          if (/[?&#]_host_Info=/.test(location.search + location.hash)) return true;
          try {
            var name = JSON.parse(window.name);
            if (name && name.hostInfo) return true;
          } catch (e) {}
          try {
            if (window.sessionStorage.getItem("hostInfoValue")) return true;
          } catch (e) {}
          return false;
        }
        function add(src) {
          var script = document.createElement("script");
          script.src = src;
          script.async = false;
          document.head.appendChild(script);
        }
        var office = openedByOffice();
        document.documentElement.setAttribute("data-opened-by", office ? "office" : "browser");
        if (office) add(officeJs);
        for (var i = 0; i < app.length; i++) add(app[i]);
      })();
    </script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>SOP Assistent heeft JavaScript nodig. Zet JavaScript aan en laad de pagina opnieuw.</noscript>
  </body>
</html>
`;
}

/** The npm package a module comes from ("react-dom", "@fluentui/react-button"), or "app: src/…". */
function packageOf(resource) {
  const parts = resource.split(/[\\/]node_modules[\\/]/);
  if (parts.length > 1) {
    const rest = (parts[parts.length - 1] ?? "").split(/[\\/]/);
    return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? "?");
  }
  const local = path.relative(__dirname, path.resolve(__dirname, resource)).split(path.sep);
  return `app: ${local.slice(0, Math.min(local.length - 1, 3)).join("/")}`;
}

/** Decodes a source map's mappings and reports how many generated characters each source owns. */
function bytesPerSource(code, map, add) {
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lines = code.split("\n");
  let source = 0;
  map.mappings.split(";").forEach((line, row) => {
    const length = (lines[row] ?? "").length;
    let column = 0;
    let owner = -1;
    let from = 0;
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (owner >= 0) add(map.sources[owner] ?? "?", column - from);
      if (fields.length > 1) source += fields[1] ?? 0;
      owner = fields.length > 1 ? source : -1;
      from = column;
    }
    if (owner >= 0) add(map.sources[owner] ?? "?", length - from);
  });
}

/**
 * Prints the gzipped size of the JavaScript taskpane.html loads before the app runs, against the
 * budget (issue 12: below Microsoft's hello-world task pane), and writes .tmp/bundle-report.json:
 * what each package costs of it (its share of the minified code, read from the source maps, applied
 * to the gzipped total) and the
 * size of each chunk loaded later. `npm run bench` prints that report.
 */
class InitialJsReport {
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("InitialJsReport", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "InitialJsReport", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entry = compilation.entrypoints.get("taskpane");
          if (!entry || compilation.errors.length > 0) return;
          const gzippedOf = (files) => {
            let sum = 0;
            for (const file of files) {
              const asset = compilation.getAsset(file);
              if (file.endsWith(".js") && asset)
                sum += zlib.gzipSync(asset.source.buffer(), { level: 9 }).length;
            }
            return sum;
          };
          const gzipped = gzippedOf(entry.getFiles());
          const initial = new Set(entry.chunks);
          // Minified bytes per package, read from the source maps (what is left after tree shaking).
          const minified = new Map();
          for (const file of entry.getFiles()) {
            const map = compilation.getAsset(`${file}.map`);
            const code = compilation.getAsset(file);
            if (!file.endsWith(".js") || !map || !code) continue;
            bytesPerSource(
              code.source.source().toString(),
              JSON.parse(map.source.source()),
              (source, n) => {
                const name = packageOf(source.replace(/^webpack:\/\/[^/]*\//, ""));
                minified.set(name, (minified.get(name) ?? 0) + n);
              },
            );
          }
          const total = [...minified.values()].reduce((a, b) => a + b, 0) || 1;
          const packages = [...minified]
            .map(([name, size]) => ({ name, gzipped: Math.round((gzipped * size) / total) }))
            .sort((a, b) => b.gzipped - a.gzipped);
          const later = [...compilation.chunks]
            .filter((chunk) => !initial.has(chunk))
            .map((chunk) => ({
              name: chunk.name ?? String(chunk.id),
              gzipped: gzippedOf(chunk.files),
            }))
            .sort((a, b) => b.gzipped - a.gzipped);
          const report = { initial: { gzipped, budget: initialJsBudget, packages }, later };
          const dir = path.join(__dirname, ".tmp");
          fs.mkdirSync(dir, { recursive: true });
          fs.writeFileSync(path.join(dir, "bundle-report.json"), JSON.stringify(report, null, 2));
          const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
          const line = `Initial task-pane JavaScript: ${kb(gzipped)} gzipped (budget ${kb(initialJsBudget)}).`;
          if (gzipped > initialJsBudget)
            compilation.warnings.push(new compiler.webpack.WebpackError(line));
          else console.log(line);
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const publicUrl = checkedPublicUrl(env.publicUrl ?? process.env.SOP_PUBLIC_URL);
  return {
    mode: production ? "production" : "development",
    context: __dirname,
    target: ["web", "es2020"],
    entry: { taskpane: "./src/taskpane/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: { extensions: [".tsx", ".ts", ".mjs", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules reach webpack untouched, so it can drop the Fluent UI parts not imported.
              compilerOptions: { noEmit: false, module: "esnext", target: "es2020" },
            },
          },
        },
      ],
    },
    optimization: {
      // Vendor code (React, Fluent UI) in its own long-cached chunk; lazy imports get their own.
      splitChunks: { chunks: "all" },
      runtimeChunk: "single",
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: taskpaneHtml,
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) =>
              production && publicUrl ? manifestFor(content.toString(), publicUrl) : content,
          },
        ],
      }),
      ...(production ? [new InitialJsReport()] : []),
    ],
    // While serving, say only what goes wrong (npm start prints the address itself).
    infrastructureLogging: { level: env.WEBPACK_SERVE ? "warn" : "info" },
    stats: env.WEBPACK_SERVE ? "errors-warnings" : "normal",
    devServer: env.WEBPACK_SERVE
      ? {
          host: "localhost",
          port,
          server: await devServerProtocol(),
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false }, logging: "warn" },
        }
      : undefined,
  };
};

/** The dev server's port, for scripts/start.mjs. */
module.exports.port = port;
/** For the tests of the loader and the deployment build. */
module.exports.taskpaneHtml = taskpaneHtml;
module.exports.officeJsUrl = officeJsUrl;
