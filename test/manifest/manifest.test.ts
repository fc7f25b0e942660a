/**
 * The add-in manifest, checked offline. `npm run validate` asks Microsoft's online service; this
 * test catches here what would make Word refuse or mis-show the add-in: element order (the XSD is a
 * sequence), ids, requirement set, URLs, resources the ribbon button points at, and icons that exist
 * with the size the manifest declares.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inflateSync } from "node:zlib";
import { DOMParser, type Element } from "@xmldom/xmldom";

const root = join(__dirname, "../..");
const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;
const DEV_ORIGIN = "https://localhost:3000";
const TASKPANE_URL = `${DEV_ORIGIN}/taskpane.html`;

/** OfficeApp's children in the order the XSD's sequence requires; `?` marks the optional ones. */
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId?",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];

const manifest = new DOMParser({
  onError: (level, message) => {
    throw new Error(`manifest.xml: ${level}: ${message}`);
  },
}).parseFromString(readFileSync(join(root, "manifest.xml"), "utf8"), "application/xml");
const officeApp = manifest.documentElement as Element;

const nameOf = (el: Element) => el.localName ?? "";

function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c as Element);
  return out;
}

function child(el: Element, name: string): Element {
  const found = childElements(el).filter((c) => nameOf(c) === name);
  if (found.length !== 1) throw new Error(`<${el.localName}> has ${found.length} <${name}>`);
  return found[0] as Element;
}

function path(el: Element, ...names: string[]): Element {
  return names.reduce(child, el);
}

function descendants(el: Element, ns: string, name: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(ns, name));
}

const value = (el: Element) => el.getAttribute("DefaultValue") ?? "";
const xsiType = (el: Element) => el.getAttributeNS(NS.xsi, "type");

const versionOverrides = child(officeApp, "VersionOverrides");
const resources = child(versionOverrides, "Resources");

/** Resource id → its element, per kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resourceTable(kind: string): Map<string, Element> {
  const table = new Map<string, Element>();
  for (const el of childElements(child(resources, kind))) {
    const id = el.getAttribute("id") ?? "";
    if (table.has(id)) throw new Error(`resource id ${id} twice in ${kind}`);
    table.set(id, el);
  }
  return table;
}
const images = resourceTable("Images");
const urls = resourceTable("Urls");
const shortStrings = resourceTable("ShortStrings");
const longStrings = resourceTable("LongStrings");

/** The elements in VersionOverrides that point at a resource, and the kind each must point at. */
const KIND_OF_REFERENCE: Record<string, Map<string, Element>> = {
  Image: images,
  SourceLocation: urls,
  LearnMoreUrl: urls,
  FunctionFile: urls,
  Label: shortStrings,
  Title: shortStrings,
  Description: longStrings,
};
const references = descendants(versionOverrides, "*", "*").filter((el) => el.hasAttribute("resid"));

/** Width, height, bit depth and colour type from the IHDR chunk; checks the pixel data inflates. */
function readPng(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  const png = {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24],
    colourType: bytes[25],
  };
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString("latin1", at + 4, at + 8) === "IDAT") {
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    }
    at += length + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  expect(raw.length).toBe((png.width * 4 + 1) * png.height);
  // Alpha of every pixel: an icon that is (nearly) all transparent is a drawing gone wrong.
  let opaque = 0;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      if ((raw[y * (png.width * 4 + 1) + 1 + x * 4 + 3] as number) > 128) opaque++;
    }
  }
  return { ...png, opaqueShare: opaque / (png.width * png.height) };
}

/** The file in assets/ an add-in URL stands for. */
function assetFile(url: string): string {
  const prefix = `${DEV_ORIGIN}/assets/`;
  expect(url.startsWith(prefix)).toBe(true);
  return join(root, "assets", url.slice(prefix.length));
}

describe("manifest.xml", () => {
  test("is a task-pane add-in for Word in the add-in-only XML schema", () => {
    expect(officeApp.namespaceURI).toBe(NS.app);
    expect(officeApp.localName).toBe("OfficeApp");
    expect(xsiType(officeApp)).toBe("TaskPaneApp");
    expect(officeApp.getAttribute("xmlns:bt")).toBe(NS.bt);
    expect(officeApp.getAttribute("xmlns:ov")).toBe(NS.ov);
    expect(versionOverrides.namespaceURI).toBe(NS.ov);
    expect(xsiType(versionOverrides)).toBe("VersionOverridesV1_0");
    const hosts = childElements(child(officeApp, "Hosts"));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Document"]);
  });

  test("has OfficeApp's children in the order of the schema, none missing", () => {
    const names = childElements(officeApp).map(nameOf);
    const required = OFFICE_APP_ORDER.filter((n) => !n.endsWith("?"));
    const known = OFFICE_APP_ORDER.map((n) => n.replace("?", ""));
    expect(names.filter((n) => !known.includes(n))).toEqual([]);
    expect(required.filter((n) => !names.includes(n))).toEqual([]);
    const positions = names.map((n) => known.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  test("has a fixed GUID as Id, a four-part version and a Dutch identity", () => {
    expect(child(officeApp, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(officeApp, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(officeApp, "ProviderName").textContent).toBe("SOP Assistent");
    expect(child(officeApp, "DefaultLocale").textContent).toBe("nl-NL");
    expect(value(child(officeApp, "DisplayName"))).toBe("SOP Assistent");
    const description = value(child(officeApp, "Description"));
    expect(description.length).toBeLessThanOrEqual(250);
    expect(description).toMatch(/schoolondersteuningsprofiel/);
  });

  test("requires WordApi 1.7, between Hosts and DefaultSettings", () => {
    const names = childElements(officeApp).map(nameOf);
    expect(names.indexOf("Requirements")).toBe(names.indexOf("Hosts") + 1);
    expect(names.indexOf("DefaultSettings")).toBe(names.indexOf("Requirements") + 1);
    const sets = path(officeApp, "Requirements", "Sets");
    expect(sets.getAttribute("DefaultMinVersion")).toBe("1.1");
    expect(
      childElements(sets).map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")]),
    ).toEqual([["WordApi", "1.7"]]);
  });

  test("may read and write the document, and opens the task pane from localhost:3000", () => {
    expect(child(officeApp, "Permissions").textContent).toBe("ReadWriteDocument");
    expect(value(path(officeApp, "DefaultSettings", "SourceLocation"))).toBe(TASKPANE_URL);
  });

  test("serves every URL over https from localhost:3000 or a listed app domain", () => {
    const appDomains = childElements(child(officeApp, "AppDomains")).map((d) => d.textContent);
    for (const domain of appDomains) expect(domain).toMatch(/^https:\/\/[^/]+$/);
    const allowed = [DEV_ORIGIN, ...appDomains];
    const addresses = [
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map((n) => value(child(officeApp, n))),
      value(path(officeApp, "DefaultSettings", "SourceLocation")),
      ...[...images.values(), ...urls.values()].map(value),
    ];
    expect(addresses.length).toBeGreaterThan(5);
    for (const address of addresses) {
      const url = new URL(address);
      expect(url.protocol).toBe("https:");
      expect(allowed).toContain(url.origin);
      if (url.pathname.startsWith("/assets/")) expect(existsSync(assetFile(address))).toBe(true);
    }
  });

  test("puts a SOP Assistent button on the Home tab that opens the task pane", () => {
    const host = path(versionOverrides, "Hosts", "Host");
    expect(xsiType(host)).toBe("Document");
    const extension = path(host, "DesktopFormFactor", "ExtensionPoint");
    expect(xsiType(extension)).toBe("PrimaryCommandSurface");
    const tab = child(extension, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const control = path(tab, "Group", "Control");
    expect(xsiType(control)).toBe("Button");
    const label = shortStrings.get(child(control, "Label").getAttribute("resid") ?? "");
    expect(label && value(label)).toBe("SOP Assistent");
    const action = child(control, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    const pane = urls.get(child(action, "SourceLocation").getAttribute("resid") ?? "");
    expect(pane && value(pane)).toBe(TASKPANE_URL);
    const iconSizes = childElements(child(control, "Icon")).map((i) => i.getAttribute("size"));
    expect(iconSizes).toEqual(["16", "32", "80"]);
  });

  test("defines every resource the ribbon refers to, of the right kind, and no unused one", () => {
    expect(references.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const el of references) {
      const resid = el.getAttribute("resid") ?? "";
      expect(resid.length).toBeLessThanOrEqual(32);
      const table = KIND_OF_REFERENCE[nameOf(el)];
      if (!table) throw new Error(`unexpected resid on <${el.localName}>`);
      if (!table.has(resid)) throw new Error(`<${el.localName} resid="${resid}"> is not defined`);
      used.add(resid);
    }
    const defined = [images, urls, shortStrings, longStrings].flatMap((t) => [...t.keys()]);
    expect(defined.filter((id) => !used.has(id))).toEqual([]);
    expect(childElements(resources).map(nameOf)).toEqual([
      "Images",
      "Urls",
      "ShortStrings",
      "LongStrings",
    ]);
  });

  test("speaks Dutch in every text Word shows, within the schema's lengths", () => {
    const texts = [...shortStrings.values(), ...longStrings.values()].map(value);
    for (const text of [...shortStrings.values()].map(value)) {
      expect(text.length).toBeLessThanOrEqual(125);
    }
    for (const text of [...longStrings.values()].map(value)) {
      expect(text.length).toBeLessThanOrEqual(250);
      expect(text).toMatch(/\b(de|het|een|en|van|uw|op)\b/);
    }
    for (const text of [...texts, value(child(officeApp, "Description"))]) {
      expect(text).not.toMatch(/\b(the|and|your|click|with|show|open the)\b/i);
    }
  });

  test("points at icons in assets/ that exist with the size declared", () => {
    // IconUrl 32 × 32 and HighResolutionIconUrl 64 × 64 for a task-pane add-in, as Microsoft's
    // manifest reference and generator-office have them; the PNGs are read to check.
    const declared: [string, number][] = [
      [value(child(officeApp, "IconUrl")), 32],
      [value(child(officeApp, "HighResolutionIconUrl")), 64],
    ];
    for (const image of descendants(versionOverrides, NS.bt, "Image")) {
      if (!image.hasAttribute("resid")) continue;
      const resource = images.get(image.getAttribute("resid") ?? "") as Element;
      declared.push([value(resource), Number(image.getAttribute("size"))]);
    }
    expect(new Set(declared.map(([, size]) => size))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of declared) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      const png = readPng(file);
      expect([url, png.width, png.height]).toEqual([url, size, size]);
      expect([png.bitDepth, png.colourType]).toEqual([8, 6]);
      expect(png.opaqueShare).toBeGreaterThan(0.3);
    }
  });
});
