/**
 * Bundles the `sop` command (src/cli/bin.ts and everything it imports) into one minified file,
 * dist-cli/sop.cjs, so a run starts Node once on plain JavaScript instead of compiling TypeScript
 * (ADR 0009). Run by `npm ci` (prepare) and again by bin/sop.cjs when a source file is newer.
 */
const { mkdirSync, rmSync } = require("node:fs");
const Module = require("node:module");
const { join } = require("node:path");

const root = join(__dirname, "..");
const outfile = join(root, "dist-cli", "sop.cjs");

function buildCli() {
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    throw new Error(
      "De opdracht sop moet eerst worden gebouwd, maar esbuild ontbreekt. Voer `npm ci` uit in de map van SOP Assistent.",
    );
  }
  // The bundle trusts its templates (src/model/load.ts); so they must pass the schema here first.
  const check = esbuild.buildSync({
    entryPoints: [join(root, "src", "model", "index.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    write: false,
    logLevel: "warning",
  });
  const model = new Module(join(root, "src", "model", "index.ts"));
  model.paths = Module._nodeModulePaths(root);
  model._compile(check.outputFiles[0].text, model.id); // throws TemplateDefinitionError
  mkdirSync(join(root, "dist-cli"), { recursive: true });
  // The compile cache of the old bundle would be rejected anyway; remove it with the bundle.
  rmSync(`${outfile}.cache`, { force: true });
  esbuild.buildSync({
    entryPoints: [join(root, "src", "cli", "bin.ts")],
    outfile,
    bundle: true,
    minify: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    legalComments: "none",
    define: { SOP_TEMPLATES_VALIDATED_AT_BUILD: "true" },
    logLevel: "warning",
  });
  return outfile;
}

module.exports = { buildCli, outfile };

if (require.main === module) {
  try {
    buildCli();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
