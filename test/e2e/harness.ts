/**
 * The browser tests' harness: serves the built task pane (dist/) on a free localhost port and drives
 * Debian's Chromium through playwright-core (never a downloaded browser, no network beyond loopback).
 */
import { createReadStream, existsSync, mkdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { after, before } from "node:test";
import { chromium, type Browser, type Page } from "playwright-core";

const DIST = join(__dirname, "../../dist");
export const ARTIFACTS = join(__dirname, "../../test-results/e2e");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".json": "application/json",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** A static file server for dist/ on 127.0.0.1. */
export async function serveDist(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error("dist/taskpane.html ontbreekt: voer eerst `npm run build` uit.");
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/")).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(DIST, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/taskpane.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, with nothing that would reach the network. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Keeps a screenshot of what a person would see, as a test artifact. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

/** A page of the task pane with what went wrong in it: page errors and console errors. */
export type PanePage = { page: Page; problems: string[] };

/** What a test file gets from `chromiumSuite`: the served pane and fresh pages of it. */
export type Suite = {
  /** The address of taskpane.html. */
  url(): string;
  /** A new page (its own browser context: no draft, no cache) with the pane loaded. */
  open(options?: { width?: number; height?: number }): Promise<PanePage>;
};

/**
 * The browser tests' common start: dist/ served and Chromium launched once for the file (node:test's
 * before/after), each test on a page of its own that notes page errors and console errors.
 */
export function chromiumSuite(): Suite {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  before(async () => {
    server = await serveDist();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const url = () => {
    if (!server) throw new Error("chromiumSuite: the server is not running (before() failed?)");
    return server.url;
  };
  return {
    url,
    async open({ width = 1280, height = 900 } = {}) {
      if (!browser) throw new Error("chromiumSuite: Chromium is not running (before() failed?)");
      const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(m.text());
      });
      await page.goto(url());
      return { page, problems };
    },
  };
}

/** Starts a new SOP from a regional template and waits for the pane's tabs. */
export async function openTemplate(page: Page, name: RegExp): Promise<void> {
  await page.getByRole("button", { name }).click();
  await page.getByRole("tablist", { name: "Onderdelen van SOP Assistent" }).waitFor();
}

/** Opens a section of Invullen by its heading. */
export async function openSection(page: Page, heading: RegExp): Promise<void> {
  await page.getByRole("tab", { name: "Invullen" }).click();
  const header = page.getByRole("button", { name: heading }).first();
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
}
