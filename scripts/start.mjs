/**
 * `npm start`: SOP Assistent where it can run.
 *
 *   npm start                      Windows, Mac: sideload into Word (office-addin-debugging, as
 *                                  generator-office projects do); elsewhere: serve the browser
 *                                  edition and print its address
 *   npm start -- browser           the browser edition, also on Windows and Mac
 *   npm run start:web -- <url>     Word on the web, with the document at <url> (or --document <url>)
 *
 * Word loads the add-in from https://localhost:3000 (the manifest says so); the browser edition
 * takes port 3000 when it is free and another port otherwise.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const targets = ["desktop", "web", "browser"];

function usage(message) {
  console.error(`${message}\nGebruik: npm start [-- desktop|web|browser] [--document <url>]`);
  process.exit(2);
}

/** The target and the document URL from the command line. */
function parseArgs(args) {
  let target =
    process.platform === "win32" || process.platform === "darwin" ? "desktop" : "browser";
  let document;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (targets.includes(arg)) target = arg;
    else if (arg === "--document") document = args[++i] ?? usage("--document zonder adres.");
    else if (/^https?:\/\//.test(arg)) document = arg;
    else usage(`Onbekend argument: ${arg}`);
  }
  if (target === "web" && !document) {
    usage(
      "Word op het web heeft een document nodig: npm run start:web -- <adres van een .docx in OneDrive of SharePoint>",
    );
  }
  return { target, document };
}

/** Sideloads the manifest into Word with office-addin-debugging, which also starts the dev server. */
function sideload(target, document) {
  const cli = require.resolve("office-addin-debugging/cli.js");
  const args = [cli, "start", "manifest.xml", target, "--dev-server-port", "3000"];
  if (document) args.push("--document", document);
  // Word only loads the add-in over https, also Word on the web in a browser on Linux.
  const env = { ...process.env, SOP_HTTPS: process.env.SOP_HTTPS ?? "1" };
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
  child.on("exit", (code) => process.exit(code ?? 1));
}

/** `preferred` when nothing listens on it, else a port the system hands out. */
function freePort(preferred) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => {
      const any = createServer();
      any.listen(0, "localhost", () => {
        const { port } = any.address();
        any.close(() => resolve(port));
      });
    });
    probe.listen(preferred, "localhost", () => probe.close(() => resolve(preferred)));
  });
}

/** Serves the browser edition with webpack-dev-server and prints its address once it is built. */
async function serveBrowserEdition() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(join(root, "webpack.config.js"));
  process.chdir(root);
  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const port = await freePort(makeConfig.port);
  const devServer = { ...config.devServer, port };
  const protocol = devServer.server.type === "https" ? "https" : "http";
  const url = `${protocol}://localhost:${port}/taskpane.html`;

  const compiler = webpack({ ...config, devServer: undefined });
  let announced = false;
  compiler.hooks.done.tap("start", (stats) => {
    if (stats.hasErrors()) {
      console.error("SOP Assistent kon niet worden gebouwd (zie de fouten hierboven).");
    } else if (!announced) {
      announced = true;
      console.log(`SOP Assistent draait op ${url}`);
      console.log("Stoppen: Ctrl+C");
    }
  });
  const server = new WebpackDevServer(devServer, compiler);
  const stop = () => server.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  console.log("SOP Assistent wordt gebouwd…");
  await server.start();
}

const { target, document } = parseArgs(process.argv.slice(2));
if (target === "browser") {
  serveBrowserEdition().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
} else {
  sideload(target, document);
}
