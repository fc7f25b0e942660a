#!/usr/bin/env node
/**
 * The `sop` command (`npx sop …`, `npm run sop -- …`, or `sop …` after `npm install -g`).
 *
 * Runs the bundle dist-cli/sop.cjs (ADR 0009, 0025). In a checkout with src/, the bundle is rebuilt
 * first when it is missing or older than a source file, so an edit never runs stale code. The bundle is
 * compiled through V8's code cache, kept beside it: that halves the start of a short run, which is
 * most of the time a single `check` takes. Worker threads of `check` start this file too.
 */
"use strict";
const { readFileSync, statSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

// A worker of `check` starts this file without arguments, a command always with one: so a command
// does not load node:worker_threads (several ms) merely to learn that it is the main thread.
const isMainThread = process.argv.length > 2 || require("node:worker_threads").isMainThread;

const root = join(__dirname, "..");
const bundle = join(root, "dist-cli", "sop.cjs");
const cacheFile = `${bundle}.cache`;

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Whether the bundle is at least as new as every file it was built from. The build lists those
 * (dist-cli/sop.sources: the source files in the bundle, the lock file, the build script), so a
 * start stats a hundred-odd files instead of walking all of src/. A file a later edit imports anew
 * is found through the edited file, which is on the list; a listed file that is gone (an install
 * without src/) counts as not newer.
 */
function fresh() {
  const built = mtime(bundle);
  let sources;
  try {
    sources = readFileSync(`${bundle.slice(0, -4)}.sources`, "utf8").split("\n");
  } catch {
    return false; // built before the list existed
  }
  // The libraries it loads on first use are built with it, just before it (scripts/build-cli.cjs).
  if (built < 0 || mtime(join(root, "dist-cli", "sop-lazy.cjs")) < 0) return false;
  for (const source of sources) if (source && mtime(`${root}/${source}`) > built) return false;
  return true;
}

/** Runs the bundle, compiled through the code cache. */
function start() {
  let cached;
  try {
    cached = readFileSync(cacheFile);
  } catch {
    cached = undefined;
  }
  const script = new Script(Module.wrap(readFileSync(bundle, "utf8")), {
    filename: bundle,
    ...(cached ? { cachedData: cached } : {}),
  });
  if (isMainThread && (!cached || script.cachedDataRejected)) {
    // Made at the end, so it holds the functions this run compiled too. A read-only install just
    // starts a little slower.
    process.once("exit", () => {
      try {
        writeFileSync(cacheFile, script.createCachedData());
      } catch {
        // not writable: no cache
      }
    });
  }
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(dirname(bundle));
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, (id) => mod.require(id), mod, bundle, dirname(bundle));
}

if (isMainThread && !fresh()) {
  const failed = (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  };
  try {
    require("../scripts/build-cli.cjs").buildCli().then(start, failed);
  } catch (error) {
    failed(error);
  }
} else start();
