/**
 * Generates the add-in icons (assets/icon-<size>.png): an Excel-green rounded square with a white
 * person and a rising bar chart. Pure Node (zlib), so anyone can regenerate them without an image
 * editor: `tsx scripts/make-icons.ts [outDir]`.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

/** 16/32/80 for ribbon buttons, 32 for IconUrl, 64 for HighResolutionIconUrl, 128 for listings. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];

const EXCEL_GREEN: Rgb = [0x21, 0x73, 0x46];
const WHITE: Rgb = [0xff, 0xff, 0xff];

// Shapes are laid out on a 16-unit grid so the 16 px icon lands mostly on whole pixels.
const GRID = 16;

/** Signed distance to a rounded rectangle (negative inside). */
function roundedRect(
  x: number,
  y: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
): number {
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const qx = Math.abs(x - cx) - ((x1 - x0) / 2 - r);
  const qy = Math.abs(y - cy) - ((y1 - y0) / 2 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function circle(x: number, y: number, cx: number, cy: number, r: number): number {
  return Math.hypot(x - cx, y - cy) - r;
}

/** True when grid point (x, y) is covered by the background tile. */
function inTile(x: number, y: number): boolean {
  return roundedRect(x, y, 0, 0, GRID, GRID, 3) <= 0;
}

/** True when grid point (x, y) is covered by the white glyph. */
function inGlyph(x: number, y: number, size: number): boolean {
  const baseline = 13;
  if (size < 24) {
    // 16 px: whole-pixel geometry and two wide bars, so nothing dissolves into grey.
    if (circle(x, y, 5.5, 5.5, 2.5) <= 0) return true;
    if (y >= 9 && y <= baseline && circle(x, y, 5.5, baseline, 4) <= 0) return true;
    return (
      (x >= 10 && x <= 12 && y >= 9 && y <= baseline) ||
      (x >= 13 && x <= 15 && y >= 5 && y <= baseline)
    );
  }
  // Person: a head and rounded shoulders cut flat at the baseline.
  if (circle(x, y, 5.2, 5.4, 2.3) <= 0) return true;
  if (y <= baseline && roundedRect(x, y, 1.7, 8.9, 8.7, 17, 3.2) <= 0) return true;
  // A rising three-bar chart beside the person.
  const bars: ReadonlyArray<readonly [number, number]> = [
    [9.7, 10],
    [11.4, 7.5],
    [13.1, 5],
  ];
  // Bar edges snap to whole pixels: straight edges look blurred when they fall mid-pixel.
  const snap = (v: number): number => (Math.round((v * size) / GRID) * GRID) / size;
  return bars.some(
    ([x0, top]) => x >= snap(x0) && x <= snap(x0 + 1.2) && y >= snap(top) && y <= baseline,
  );
}

/** Renders one icon as RGBA, 4×4 supersampled for smooth edges. */
export function renderIcon(size: number): Buffer {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = ((px + (sx + 0.5) / samples) / size) * GRID;
          const y = ((py + (sy + 0.5) / samples) / size) * GRID;
          if (!inTile(x, y)) continue;
          tile++;
          if (inGlyph(x, y, size)) glyph++;
        }
      }
      const n = samples * samples;
      const alpha = tile / n;
      // Glyph share of the covered area decides the colour; alpha carries the tile edge.
      const g = tile === 0 ? 0 : glyph / tile;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[o + c] = Math.round(EXCEL_GREEN[c] * (1 - g) + WHITE[c] * g);
      }
      rgba[o + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** Encodes 8-bit RGBA pixels as a PNG (filter type 0 on every row). */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

export function writeIcons(outDir: string): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, renderIcon(size)));
    return file;
  });
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "assets"));
  for (const file of writeIcons(outDir)) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
