import type { Document, Element } from "@xmldom/xmldom";
import { readSimpleXml } from "./simple-xml";
import { elementChildren, parseXml } from "./xml";

export const CUSTOM_PART = "docProps/custom.xml";
const CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
export const CUSTOM_REL_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
export const CUSTOM_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.custom-properties+xml";
/** The format id Word gives every user-defined custom property. */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

/** Reads name → value from docProps/custom.xml. */
export function readCustomProperties(doc: Document | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!doc?.documentElement) return out;
  for (const prop of elementChildren(doc.documentElement)) {
    if (prop.localName !== "property") continue;
    const name = prop.getAttribute("name");
    const value = elementChildren(prop)[0]?.textContent ?? "";
    if (name) out.set(name, value);
  }
  return out;
}

/**
 * Reads name → value from the bytes of docProps/custom.xml without a DOM when the part has the
 * plain shape Word writes (see simple-xml.ts); undefined when it must be parsed.
 */
export function quickCustomProperties(data: Uint8Array): Map<string, string> | undefined {
  const children = readSimpleXml(data);
  if (!children) return undefined;
  const out = new Map<string, string>();
  for (const prop of children) {
    const colon = prop.name.indexOf(":");
    if (prop.name.slice(colon + 1) !== "property") continue;
    const name = prop.attributes.get("name");
    if (name) out.set(name, prop.firstText ?? "");
  }
  return out;
}

function escape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A custom.xml part with these properties (strings, or integers as vt:i4). */
export function customPropertiesXml(
  props: readonly (readonly [string, string | number])[],
): string {
  const items = props
    .map(([name, value], i) => {
      const v =
        typeof value === "number"
          ? `<vt:i4>${value}</vt:i4>`
          : `<vt:lpwstr>${escape(value)}</vt:lpwstr>`;
      return `<property fmtid="${FMTID}" pid="${i + 2}" name="${escape(name)}">${v}</property>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${CUSTOM_NS}" xmlns:vt="${VT_NS}">${items}</Properties>`;
}

/** Sets (adds or replaces) properties in an existing custom.xml document, keeping the others. */
export function setCustomProperties(
  doc: Document,
  props: readonly (readonly [string, string | number])[],
): void {
  const root = doc.documentElement as Element;
  const existing = elementChildren(root).filter((e) => e.localName === "property");
  let pid = existing.reduce((max, e) => Math.max(max, Number(e.getAttribute("pid")) || 1), 1);
  for (const [name, value] of props) {
    const old = existing.find((e) => e.getAttribute("name") === name);
    const prop = old ?? doc.createElementNS(CUSTOM_NS, "property");
    if (!old) {
      pid += 1;
      prop.setAttribute("fmtid", FMTID);
      prop.setAttribute("pid", String(pid));
      prop.setAttribute("name", name);
      root.appendChild(prop);
    }
    while (prop.firstChild) prop.removeChild(prop.firstChild);
    const v = doc.createElementNS(VT_NS, typeof value === "number" ? "vt:i4" : "vt:lpwstr");
    v.appendChild(doc.createTextNode(String(value)));
    prop.appendChild(v);
  }
}

export function parseCustom(data: Uint8Array): Document {
  return parseXml(data, CUSTOM_PART);
}
