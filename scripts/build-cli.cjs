/**
 * Bundles the `sop` command (src/cli/bin.ts and everything it imports) into one minified file,
 * dist-cli/sop.cjs, so a run starts Node once on plain JavaScript instead of compiling TypeScript
 * (ADR 0009); the libraries only some commands use go to dist-cli/sop-lazy.cjs (ADR 0025), and the
 * files it was built from to dist-cli/sop.sources. Run by `npm ci` (prepare) and again by
 * bin/sop.cjs when one of those files is newer.
 */
const { mkdirSync, rmSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { basename, join, relative, sep } = require("node:path");

const root = join(__dirname, "..");
const outfile = join(root, "dist-cli", "sop.cjs");

/** Where the libraries of LAZY (below) are bundled, beside the command. */
const lazyFile = join(root, "dist-cli", "sop-lazy.cjs");

/**
 * Modules a `check` of one file does not use, or uses only in a rare case, but that cost several
 * milliseconds each to set up when the bundle starts (ADR 0025). In the bundle, each is replaced by
 * a stand-in whose exports load the real module on first use. Only exports read inside functions
 * stay lazy: a module that reads one while it is itself set up loads it then, as before.
 * Source files stay in the bundle; libraries go to a second file (lazyFile), so a start does not
 * even read them: zod alone is half of all the code.
 */
const LAZY = [
  // The DOM reader: for writing a document and for the few the scanner hands over to it.
  "@xmldom/xmldom",
  // Zip writing, and inflating where Node's zlib is missing; a read inflates with zlib.
  "fflate",
  // The workbook of `check --format xlsx`.
  "write-excel-file/universal",
  // The zod schemas: templates and the financial table are validated at build (below); values
  // files (`fill`) and carry-overs (`import`) are checked when those commands run.
  "zod",
  "src/model/schema.ts",
  "src/model/values-schema.ts",
  "src/model/recognition/carry-over.ts",
  // Threads: a `check` of a few files runs in the main thread (src/cli/commands/check.ts).
  "node:worker_threads",
  // Random names of temporary files, for writing a file (src/cli/safe-write.ts).
  "node:crypto",
];
const LAZY_LIBRARIES = LAZY.filter((l) => !l.startsWith("src/") && !l.startsWith("node:"));

/** The names a module exports, read without running it. */
function exportNames(esbuild, path) {
  if (path.startsWith("node:")) return Object.keys(require(path));
  const result = esbuild.buildSync({
    entryPoints: [path],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
    outdir: join(root, "dist-cli", "names"),
  });
  const names = Object.values(result.metafile.outputs)[0]?.exports ?? [];
  // A CommonJS package shows only a default export: its names are those of its exports object.
  const all = names.some((n) => n !== "default") ? names : Object.keys(require(path));
  if (all.length === 0) throw new Error(`${path}: geen exports om uit te stellen`);
  return all;
}

/** How the LAZY entries are asked for: a package by its name, a source file by a path ending in its name. */
const lazyName = (l) => (l.startsWith("src/") ? l.replace(/^.*\//, "").replace(/\.ts$/, "") : l);
const LAZY_NAMES = new Set(LAZY.map(lazyName));

/** esbuild plugin: the LAZY modules become stand-ins that load them on first use. */
function lazyModules(esbuild) {
  return {
    name: "lazy-modules",
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind !== "import-statement" || args.pluginData === "lazy-real") return undefined;
        if (!LAZY_NAMES.has(args.path.replace(/^.*\//, "")) && !LAZY_NAMES.has(args.path))
          return undefined;
        const resolved = await build.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: "lazy-real",
        });
        if (resolved.errors.length > 0) return undefined;
        const rel = relative(root, resolved.path).split(sep).join("/");
        const asked = LAZY.find((l) => l === args.path || l === rel);
        if (!asked) return undefined;
        // A stand-in of its own type: an .mjs path would make esbuild read it as a module.
        return { path: `${resolved.path}\0${asked}.lazy.cjs`, namespace: "lazy" };
      });
      build.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => {
        const [real, asked] = args.path.replace(/\.lazy\.cjs$/, "").split("\0");
        const names = exportNames(esbuild, real);
        // A module with a default export: marked as one, so `import x from` takes that export.
        const getters = [
          ...(names.includes("default") ? ["  __esModule: true,"] : []),
          ...names.map((n) => `  get ${n}() { return load().${n}; },`),
        ].join("\n");
        // A library is in the second file, under the name it is asked by; a source file in this one.
        const load = LAZY_LIBRARIES.includes(asked)
          ? `require("./${basename(lazyFile)}")[${JSON.stringify(asked)}]`
          : `require(${JSON.stringify(real)})`; // a source file, or one of Node's own modules
        return {
          contents: `let real;\nconst load = () => (real ??= ${load});\nmodule.exports = {\n${getters}\n};\n`,
          loader: "js",
          resolveDir: root,
          pluginData: "lazy-real",
        };
      });
    },
  };
}

/** Builds the bundle; resolves to its path (esbuild runs plugins only in its asynchronous build). */
async function buildCli() {
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
  const minify = !process.env.SOP_CLI_READABLE;
  // Each library is set up when first asked for, not when the file is read.
  const libraries = LAZY_LIBRARIES.map(
    (l) => `  get ${JSON.stringify(l)}() { return require(${JSON.stringify(l)}); },`,
  ).join("\n");
  // Both files are one Node CommonJS bundle each. SOP_CLI_READABLE=1 keeps the names, for a CPU
  // profile of the command (node --cpu-prof).
  const bundle = {
    bundle: true,
    minify,
    platform: "node",
    target: "node20",
    format: "cjs",
    legalComments: "none",
    logLevel: "warning",
  };
  await esbuild.build({
    ...bundle,
    stdin: { contents: `module.exports = {\n${libraries}\n};\n`, resolveDir: root, loader: "js" },
    outfile: lazyFile,
  });
  const built = await esbuild.build({
    ...bundle,
    entryPoints: [join(root, "src", "cli", "bin.ts")],
    absWorkingDir: root,
    metafile: true,
    outfile,
    external: [`./${basename(lazyFile)}`],
    define: { SOP_TEMPLATES_VALIDATED_AT_BUILD: "true" },
    plugins: [lazyModules(esbuild)],
  });
  // What bin/sop.cjs compares the bundle's time with: our files in it, the lock file, this script.
  const sources = Object.keys(built.metafile.inputs).filter((p) => p.startsWith("src/"));
  writeFileSync(
    join(root, "dist-cli", "sop.sources"),
    [...sources, "package-lock.json", "scripts/build-cli.cjs", ""].join("\n"),
  );
  return outfile;
}

module.exports = { buildCli, outfile };

if (require.main === module) {
  buildCli().catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
