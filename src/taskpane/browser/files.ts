/** Characters no file system takes in a name (control characters too). */
const FORBIDDEN = new Set('\\/:*?"<>|');
const allowed = (c: string) => c.charCodeAt(0) >= 32 && !FORBIDDEN.has(c);

/** "SOP Basisschool De Mijnlamp.docx", from the school's name; else the given fallback. */
export function fileNameFor(school: string | undefined, fallback: string): string {
  const clean = (s: string) =>
    [...s].filter(allowed).join("").replace(/\s+/g, " ").trim().slice(0, 120);
  const name = school ? clean(school) : "";
  if (name !== "") return `SOP ${name}.docx`;
  const other = clean(fallback);
  if (other === "") return "SOP.docx";
  return /\.docx$/i.test(other) ? other : `${other}.docx`;
}

/** The bytes of a file the person chose or dropped. */
export function readBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () =>
      reject(reader.error ?? new Error("Het bestand kon niet worden gelezen."));
    reader.readAsArrayBuffer(file);
  });
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Offers bytes or text (a .docx unless a type is given) as a download with this name. */
export function download(bytes: Uint8Array | string, name: string, type = DOCX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
