// Draws the app icons (public/icon-192.png, public/icon-512.png) from the favicon's shape with Node
// built-ins only (zlib for PNG compression): brand-coloured square, white arc. Run once:
//   node packages/web/scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BG = [0x1d, 0x5c, 0x74];
const FG = [0xff, 0xff, 0xff];

/** The favicon's path (32-unit box): two cubic Béziers, sampled densely. */
function arcPoints() {
  const segments = [
    [
      [9, 22],
      [12, 14],
      [14, 10],
      [16, 10],
    ],
    [
      [16, 10],
      [18, 10],
      [20, 14],
      [23, 22],
    ],
  ];
  const points = [];
  for (const [p0, p1, p2, p3] of segments) {
    for (let i = 0; i <= 200; i += 1) {
      const t = i / 200;
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const d = t * t * t;
      points.push([
        a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0],
        a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1],
      ]);
    }
  }
  return points;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const scale = size / 32;
  const half = 1.5 * scale; // stroke-width 3
  const points = arcPoints().map(([x, y]) => [x * scale, y * scale]);
  const rows = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      let near = Number.POSITIVE_INFINITY;
      for (const [px, py] of points) near = Math.min(near, Math.hypot(px - cx, py - cy));
      // A one-pixel soft edge keeps the stroke smooth.
      const alpha = Math.max(0, Math.min(1, half - near + 0.5));
      for (let ch = 0; ch < 3; ch += 1) {
        row[1 + x * 3 + ch] = Math.round(BG[ch] * (1 - alpha) + FG[ch] * alpha);
      }
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) {
  writeFileSync(new URL(`../public/icon-${size}.png`, import.meta.url), png(size));
}
