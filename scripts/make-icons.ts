/**
 * Draws the add-in's icons into assets/: icon-16/32/64/80/128.png for the ribbon and the add-in
 * list, and logo.svg with the same mark for the pane. Run: `npm run icons`.
 *
 * The mark is a document in the SOP blue with a folded corner and a white check mark: "a checked
 * SOP". It is drawn from a few shapes in a 0..1 square, so every size comes from one definition;
 * each pixel is the share of 8×8 sample points that falls inside a shape (anti-aliased edges).
 * The PNG writer is a few lines over node:zlib, so the icons need no image library.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const iconSizes = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

const SOP_BLUE: Rgb = [0x2f, 0x54, 0x96];
/** The fold: the blue lightened, so the corner reads as paper turned over. */
const FOLD: Rgb = [0x9d, 0xb5, 0xe0];
const WHITE: Rgb = [0xff, 0xff, 0xff];

type Page = {
  left: number;
  top: number;
  right: number;
  bottom: number;
  radius: number;
  fold: number;
};

/**
 * The document: a rounded rectangle with its top-right corner folded over. Its edges and fold are
 * snapped to whole pixels at each size, so the small ribbon icons stay sharp instead of blurring.
 */
function pageAt(size: number): Page {
  const snap = (v: number) => Math.round(v * size) / size;
  return {
    left: snap(0.16),
    top: snap(0.05),
    right: snap(0.84),
    bottom: snap(0.95),
    radius: Math.max(0.08, 1.5 / size),
    fold: snap(0.24),
  };
}
// The check mark: two strokes with round ends, at least 1.8 px wide at the smallest size.
const check: readonly Point[] = [
  [0.31, 0.57],
  [0.45, 0.71],
  [0.7, 0.41],
];
const checkWidth = (size: number) => Math.max(0.095, 1.8 / size);

function insideRoundedRect(page: Page, x: number, y: number): boolean {
  const { left, top, right, bottom, radius } = page;
  if (x < left || x > right || y < top || y > bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Above the fold's diagonal, from (right - fold, top) to (right, top + fold). */
function beyondFold(page: Page, x: number, y: number): boolean {
  return x - (page.right - page.fold) > y - page.top;
}

function insideFold(page: Page, x: number, y: number): boolean {
  return x >= page.right - page.fold && y <= page.top + page.fold && !beyondFold(page, x, y);
}

function nearSegment(x: number, y: number, a: Point, b: Point, halfWidth: number): boolean {
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth ** 2;
}

/** The colour at a point of the unit square, or null where the icon is transparent. */
function colourAt(page: Page, x: number, y: number, size: number): Rgb | null {
  if (!insideRoundedRect(page, x, y) || beyondFold(page, x, y)) return null;
  const half = checkWidth(size) / 2;
  for (let i = 0; i + 1 < check.length; i++) {
    if (nearSegment(x, y, check[i] as Point, check[i + 1] as Point, half)) return WHITE;
  }
  return insideFold(page, x, y) ? FOLD : SOP_BLUE;
}

/** RGBA pixels of the icon at one size. */
function drawIcon(size: number): Uint8Array {
  const samples = 8;
  const page = pageAt(size);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt(
            page,
            (px + (sx + 0.5) / samples) / size,
            (py + (sy + 0.5) / samples) / size,
            size,
          );
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered === 0) continue;
      // Colour averaged over the covered samples (straight alpha), alpha the covered share.
      pixels[at] = Math.round(r / covered);
      pixels[at + 1] = Math.round(g / covered);
      pixels[at + 2] = Math.round(b / covered);
      pixels[at + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An 8-bit RGBA PNG (colour type 6), every row with filter 0. */
function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

const hex = (rgb: Rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;

/** The same mark as SVG (in a 128 unit box), for the pane's header. */
function logoSvg(): string {
  const u = (v: number) => +(v * 128).toFixed(2);
  const { left, top, right, bottom, radius, fold } = pageAt(128);
  const body = [
    `M${u(left + radius)} ${u(top)}`,
    `H${u(right - fold)}`,
    `L${u(right)} ${u(top + fold)}`,
    `V${u(bottom - radius)}`,
    `Q${u(right)} ${u(bottom)} ${u(right - radius)} ${u(bottom)}`,
    `H${u(left + radius)}`,
    `Q${u(left)} ${u(bottom)} ${u(left)} ${u(bottom - radius)}`,
    `V${u(top + radius)}`,
    `Q${u(left)} ${u(top)} ${u(left + radius)} ${u(top)}`,
    "Z",
  ].join(" ");
  const foldPath = `M${u(right - fold)} ${u(top)} V${u(top + fold)} H${u(right)} Z`;
  const checkPath = check.map(([x, y], i) => `${i ? "L" : "M"}${u(x)} ${u(y)}`).join(" ");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128" role="img" aria-label="SOP Assistent">`,
    `  <path d="${body}" fill="${hex(SOP_BLUE)}"/>`,
    `  <path d="${foldPath}" fill="${hex(FOLD)}"/>`,
    `  <path d="${checkPath}" fill="none" stroke="${hex(WHITE)}" stroke-width="${u(checkWidth(128))}" stroke-linecap="round" stroke-linejoin="round"/>`,
    `</svg>`,
    "",
  ].join("\n");
}

const out = join(__dirname, "../assets");
mkdirSync(out, { recursive: true });
for (const size of iconSizes) {
  writeFileSync(join(out, `icon-${size}.png`), encodePng(size, size, drawIcon(size)));
}
writeFileSync(join(out, "logo.svg"), logoSvg());
console.log(`Icons written to ${out}`);
