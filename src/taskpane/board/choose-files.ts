import { isDocxName } from "./board-data";
import type { Chosen } from "./read-files";

/** The .docx files of a file picker (several files, or a folder with its subfolders). */
export function fromFileList(list: FileList | null): Chosen[] {
  return Array.from(list ?? [])
    .map((file) => ({ file, name: file.webkitRelativePath || file.name }))
    .filter((c) => isDocxName(c.file.name))
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve) => reader.readEntries(resolve, () => resolve([])));
}

async function walk(entry: FileSystemEntry, out: Chosen[]): Promise<void> {
  if (entry.isFile) {
    if (!isDocxName(entry.name)) return;
    const file = await new Promise<File | null>((resolve) =>
      (entry as FileSystemFileEntry).file(resolve, () => resolve(null)),
    );
    if (file) out.push({ file, name: entry.fullPath.replace(/^\//, "") });
  } else if (entry.isDirectory) {
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    // readEntries gives a directory in batches; an empty batch means the end.
    for (let batch = await readEntries(reader); batch.length > 0; batch = await readEntries(reader))
      for (const child of batch) await walk(child, out);
  }
}

/** The .docx files dropped on the page, also those inside dropped folders. */
export async function fromDrop(data: DataTransfer): Promise<Chosen[]> {
  const entries = Array.from(data.items)
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => e !== null && e !== undefined);
  if (entries.length === 0) return fromFileList(data.files);
  const out: Chosen[] = [];
  for (const entry of entries) await walk(entry, out);
  return out.sort((a, b) => a.name.localeCompare(b.name, "nl"));
}
