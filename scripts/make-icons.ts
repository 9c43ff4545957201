/**
 * `npx tsx scripts/make-icons.ts`: draws the app icons into public/icons/ with nothing but node:zlib.
 * A calm teal square with a white eye and a teal iris ("gezien": seen). The maskable icon fills the whole square and
 * keeps the eye inside the 80% safe zone, because launchers crop it to a circle or squircle.
 * The neutral icons (neutral name setting, SECURITY.md G2) show a plain notepad instead: nothing that
 * says "Gezien" or youth care.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const TEAL: Rgba = [31, 95, 107, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const IRIS: Rgba = TEAL;
const CLEAR: Rgba = [0, 0, 0, 0];
const SAMPLES = 4; // 4×4 supersampling for smooth edges

const SLATE: Rgba = [84, 96, 110, 255];
const PAPER: Rgba = [250, 248, 240, 255];
const LINE: Rgba = [150, 160, 170, 255];

interface Options {
  size: number;
  motif?: 'eye' | 'notes';
  /** Corner radius of the background as a fraction of the size; 0 = full bleed. */
  corner: number;
  /** Scale of the eye relative to the icon (smaller for the maskable safe zone). */
  eyeScale: number;
}

/** Colour at a point in unit coordinates (0..1), background included. */
function colourAt(x: number, y: number, { corner, eyeScale, motif = 'eye' }: Options): Rgba {
  if (!insideRoundedSquare(x, y, corner)) return CLEAR;
  if (motif === 'notes') return notesAt((x - 0.5) / eyeScale + 0.5, (y - 0.5) / eyeScale + 0.5);
  // Eye: the intersection of two circles (an almond), with an iris and a pupil-light.
  const ex = (x - 0.5) / eyeScale;
  const ey = (y - 0.5) / eyeScale;
  const r = 0.42;
  const offset = 0.26;
  const inAlmond = Math.hypot(ex, ey - offset) < r && Math.hypot(ex, ey + offset) < r;
  if (!inAlmond) return TEAL;
  if (Math.hypot(ex + 0.045, ey + 0.045) < 0.035) return WHITE;
  if (Math.hypot(ex, ey) < 0.13) return IRIS;
  return WHITE;
}

/** A sheet of lined paper on a slate background. */
function notesAt(x: number, y: number): Rgba {
  const onPaper = x > 0.26 && x < 0.74 && y > 0.2 && y < 0.8;
  if (!onPaper) return SLATE;
  const onLine = x > 0.33 && x < 0.67 && [0.35, 0.47, 0.59, 0.71].some((ly) => Math.abs(y - ly) < 0.018);
  return onLine ? LINE : PAPER;
}

function insideRoundedSquare(x: number, y: number, corner: number): boolean {
  if (corner === 0) return true;
  const cx = Math.min(Math.max(x, corner), 1 - corner);
  const cy = Math.min(Math.max(y, corner), 1 - corner);
  return Math.hypot(x - cx, y - cy) <= corner;
}

function draw(options: Options): Buffer {
  const { size } = options;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 = none
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, options);
          for (let i = 0; i < 3; i++) sum[i]! += c[i]! * c[3];
          sum[3]! += c[3];
        }
      }
      const alpha = sum[3]!;
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = alpha ? Math.round(sum[i]! / alpha) : 0;
      row[o + 3] = Math.round(alpha / (SAMPLES * SAMPLES));
    }
    rows.push(row);
  }
  return encodePng(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const outDir = join('public', 'icons');
mkdirSync(outDir, { recursive: true });
const icons: [string, Options][] = [
  ['icon-192.png', { size: 192, corner: 0.22, eyeScale: 1 }],
  ['icon-512.png', { size: 512, corner: 0.22, eyeScale: 1 }],
  ['icon-192-maskable.png', { size: 192, corner: 0, eyeScale: 0.72 }],
  ['icon-512-maskable.png', { size: 512, corner: 0, eyeScale: 0.72 }],
  // iOS draws its own rounded corners and shows transparency as black: full bleed.
  ['apple-touch-icon.png', { size: 180, corner: 0, eyeScale: 0.85 }],
  ['neutral-192.png', { size: 192, corner: 0.22, eyeScale: 1, motif: 'notes' }],
  ['neutral-512.png', { size: 512, corner: 0.22, eyeScale: 1, motif: 'notes' }],
  ['neutral-192-maskable.png', { size: 192, corner: 0, eyeScale: 0.8, motif: 'notes' }],
  ['neutral-512-maskable.png', { size: 512, corner: 0, eyeScale: 0.8, motif: 'notes' }],
  ['neutral-apple-touch-icon.png', { size: 180, corner: 0, eyeScale: 0.9, motif: 'notes' }],
];
for (const [name, options] of icons) {
  writeFileSync(join(outDir, name), draw(options));
  console.log(`wrote ${join(outDir, name)}`);
}
