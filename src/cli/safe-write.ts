import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError, type Io } from "./io";

/**
 * Where a command's output goes, shared by every command that writes (`check --out`, `fill`,
 * `import`, `bind`): never over one of its inputs, to standard output for `-`, and otherwise
 * atomically: a temporary file beside the target, flushed, then renamed over it. A temporary file
 * carries the id of the process that made it; one left by a process that was killed is removed by
 * the next run that writes in that folder (a kill cannot be caught, so cleaning up afterwards is
 * the only way that always works).
 */

const TEMP = /^\..+\.sop-(\d+)-[0-9a-f]{12}\.tmp$/;

function tempName(path: string): string {
  return join(
    dirname(path),
    `.${basename(path)}.sop-${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
  );
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files that runs which were killed left in this folder. */
export function removeStaleTemporaryFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // someone else removed it, or it is not ours to remove
    }
  }
}

/** Whether two paths name the same file: through symbolic links, and hard links too. */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    const real = (p: string) => {
      try {
        return realpathSync(p);
      } catch {
        return resolve(p);
      }
    };
    return real(a) === real(b);
  }
}

/** Refuses an output path that is one of the inputs: an SOP is never overwritten by a report. */
export function refuseInputAsOutput(out: string, inputs: readonly string[], shown: string): void {
  if (out === "-") return;
  if (inputs.some((input) => sameFile(input, out)))
    throw new InputError(
      `${shown}: dit is een van de bestanden die gelezen worden; het wordt niet overschreven. Kies een andere naam voor de uitvoer.`,
    );
}

function writeAll(fd: number, data: Uint8Array | string): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

function failure(error: unknown, shown: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(
    code === "ENOENT"
      ? `${shown}: de map bestaat niet.`
      : code === "EISDIR"
        ? `${shown}: dit is een map; geef een bestandsnaam.`
        : code === "EACCES" || code === "EPERM" || code === "EROFS"
          ? `${shown}: geen toestemming om hier te schrijven.`
          : `${shown}: het bestand kon niet worden geschreven (${code ?? "onbekende fout"}).`,
  );
}

/** Writes a file so that it is either the old or the complete new file, never half of one. */
export function writeFileAtomic(
  path: string,
  data: Uint8Array | string,
  shown = path,
  mode?: number,
): void {
  removeStaleTemporaryFiles(dirname(path));
  const temp = tempName(path);
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", mode ?? 0o666);
    if (mode !== undefined) fchmodSync(fd, mode);
    writeAll(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // nothing was created
    }
    throw failure(error, shown);
  }
}

/**
 * Replaces a document with new contents (`--in-place`). Through a symbolic link the real file is
 * written, not the link; its permissions are kept; a read-only file is refused; a file with other
 * hard links is rewritten in place (after a flushed copy of the new contents is safe beside it), so
 * that every name still shows the same file.
 */
export function writeInPlace(path: string, data: Uint8Array, shown = path): void {
  let real: string;
  let stats;
  try {
    real = realpathSync(path);
    stats = statSync(real);
  } catch (error) {
    throw failure(error, shown);
  }
  if ((stats.mode & 0o222) === 0)
    throw new InputError(
      `${shown}: het bestand is alleen-lezen; het wordt niet overschreven. Maak het eerst schrijfbaar.`,
    );
  const mode = stats.mode & 0o7777;
  if (stats.nlink <= 1) {
    writeFileAtomic(real, data, shown, mode);
    return;
  }
  removeStaleTemporaryFiles(dirname(real));
  const temp = tempName(real);
  try {
    writeFileAtomic(temp, data, shown, mode);
    const fd = openSync(real, "r+");
    try {
      ftruncateSync(fd, 0);
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    unlinkSync(temp);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failure(error, shown);
  }
}

/** Writes a command's output: to standard output for `-`, else atomically to the file. */
export function writeOutput(
  target: string,
  data: Uint8Array | string,
  io: Io,
  shown = target,
): void {
  if (target === "-") io.stdout.write(data);
  else writeFileAtomic(resolve(io.cwd ?? process.cwd(), target), data, shown);
}
