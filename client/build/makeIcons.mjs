// Draws the app's icons (the favicon's two rings on blue) as PNG files for the web app
// manifest: `node build/makeIcons.mjs` writes them to public/. The maskable one fills the
// whole square and keeps the rings inside the central safe zone that launchers never crop.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BLUE = [0x1c, 0x5f, 0xb8];
const WHITE = [0xff, 0xff, 0xff];
const YELLOW = [0xff, 0xd4, 0x3b];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
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

function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) row.set(pixel(x + 0.5, y + 0.5), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The favicon's drawing in a 32-unit square, scaled; `scale` < 1 shrinks the rings. */
function icon(size, { rounded, scale }) {
  const unit = size / 32;
  return png(size, (px, py) => {
    const x = px / unit;
    const y = py / unit;
    if (rounded) {
      const r = 7;
      const cx = Math.min(Math.max(x, r), 32 - r);
      const cy = Math.min(Math.max(y, r), 32 - r);
      if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
    }
    const ring = (cx) =>
      Math.abs(Math.hypot(x - (16 + (cx - 16) * scale), y - 16) - 6 * scale) <= 1.25 * scale;
    if (ring(20)) return [...YELLOW, 255];
    if (ring(12)) return [...WHITE, 255];
    return [...BLUE, 255];
  });
}

const out = path.resolve(import.meta.dirname, '../public');
fs.writeFileSync(path.join(out, 'icon-192.png'), icon(192, { rounded: true, scale: 1 }));
fs.writeFileSync(path.join(out, 'icon-512.png'), icon(512, { rounded: true, scale: 1 }));
fs.writeFileSync(
  path.join(out, 'icon-maskable-512.png'),
  icon(512, { rounded: false, scale: 0.75 }),
);
