import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { InputError, oneLine } from "./io";

/**
 * One input of `check`: a path to read, or one that cannot be read, with the Dutch reason (a path
 * that does not exist, a link to nothing, a FIFO or device): reported with the other files.
 */
export type Input = { file: string; path: string; missing?: true; problem?: string };

const NOT_FOUND = "bestand of map niet gevonden.";
const DANGLING = "dit is een snelkoppeling (symbolische link) naar een bestand dat niet bestaat.";
const SPECIAL =
  "dit is geen gewoon bestand maar een FIFO, apparaat of socket; het wordt niet gelezen.";

/** Word's owner files (`~$rapport.docx`) exist while a document is open; they are no documents. */
const isDocx = (name: string) => /\.docx$/i.test(name) && !name.startsWith("~$");

function walk(dir: string, shown: string, seen: Set<string>, out: Input[]): void {
  const real = realpathSync(dir);
  if (seen.has(real)) return; // a symbolic link back up the tree
  seen.add(real);
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const file = join(shown, entry.name);
    let kind: "dir" | "file" | "other" | "dangling" = entry.isDirectory()
      ? "dir"
      : entry.isFile()
        ? "file"
        : "other";
    if (entry.isSymbolicLink()) {
      try {
        const s = statSync(path);
        kind = s.isDirectory() ? "dir" : s.isFile() ? "file" : "other";
      } catch {
        kind = "dangling";
      }
    }
    if (kind === "dir") walk(path, file, seen, out);
    else if (isDocx(entry.name)) {
      // A FIFO would make reading wait forever, a link to nothing would vanish from the report:
      // both are named in it instead.
      if (kind === "file") out.push({ file, path });
      else out.push({ file, path, problem: kind === "dangling" ? DANGLING : SPECIAL });
    }
  }
}

/**
 * Files and folders as given on the command line → the documents to check, in a stable order.
 * A folder is searched recursively for `.docx` files; a file named explicitly is checked whatever
 * its name; a path that does not exist is kept so it can be reported.
 */
export function expandInputs(args: readonly string[], cwd: string): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      // Reported as not found (or as a link to nothing), with the others.
      out.push({ file: arg, path, missing: true, problem: isLink(path) ? DANGLING : NOT_FOUND });
      continue;
    }
    if (stats.isDirectory()) walk(path, arg, seen, out);
    else out.push({ file: arg, path });
  }
  const unique = new Set<string>();
  return out.filter((i) => (unique.has(i.path) ? false : (unique.add(i.path), true)));
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** No SOP comes near this; a bigger file is refused before it is read into memory. */
const MAX_INPUT_BYTES = 200 * 1024 * 1024;

/**
 * Reads a file; what went wrong comes back as a Dutch reason (without the file name). The file is
 * opened without waiting and checked to be a regular file before anything is read: a FIFO or a
 * device put where a document was expected would otherwise hang the whole run.
 */
export function tryRead(path: string): { bytes: Uint8Array } | { error: string } {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { error: "dit is een map, geen bestand." };
    if (!stats.isFile()) return { error: SPECIAL };
    if (stats.size > MAX_INPUT_BYTES)
      return { error: "het bestand is te groot (meer dan 200 MB) om te lezen." };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error:
        code === "ENOENT"
          ? isLink(path)
            ? DANGLING
            : "bestand niet gevonden."
          : code === "EACCES" || code === "EPERM"
            ? "geen toestemming om het bestand te lezen."
            : code === "EISDIR"
              ? "dit is een map, geen bestand."
              : `het bestand kon niet worden gelezen (${code ?? oneLine(error)}).`,
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads a file the user named; a missing or unreadable file is an InputError naming it. */
export function readInput(path: string, shown: string): Uint8Array {
  const read = tryRead(path);
  if ("error" in read) throw new InputError(`${shown}: ${read.error}`);
  return read.bytes;
}

/** Kept here for the commands that import it from here; the logic lives in safe-write.ts. */
export { writeFileAtomic } from "./safe-write";
