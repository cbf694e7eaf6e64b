/**
 * Generates the sample images and the sample PDF that the content in `content/` uses.
 *
 *   node scripts/sample-media.ts
 *
 * Everything is drawn from SVG composed here (soft stylised scenes and portrait
 * silhouettes, no text in any image) and encoded with sharp; the PDF attachment is laid
 * out with pdf-lib, embedding Be Vietnam Pro from @fontsource/be-vietnam-pro so that
 * Vietnamese text is real text. Output is deterministic: the same script gives the same
 * files, so they can be committed and regenerated at will.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = `${root}content/`;

// ---------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedOf(name: string): number {
  let h = 2166136261;
  for (const ch of name) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

const between = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const f = (n: number) => n.toFixed(1);

// ---------------------------------------------------------------------------
// SVG building blocks
// ---------------------------------------------------------------------------

function svgDoc(w: number, h: number, defs: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<defs>${defs}<filter id="soft" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="6"/></filter>` +
    `<filter id="blur" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="14"/></filter></defs>` +
    body +
    '</svg>'
  );
}

function linear(id: string, stops: string[], vertical = true): string {
  const dir = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
  const s = stops
    .map((c, i) => `<stop offset="${(i / Math.max(1, stops.length - 1)).toFixed(2)}" stop-color="${c}"/>`)
    .join('');
  return `<linearGradient id="${id}" ${dir}>${s}</linearGradient>`;
}

function sky(w: number, h: number, top: string, bottom: string): { defs: string; body: string } {
  return { defs: linear('sky', [top, bottom]), body: `<rect width="${w}" height="${h}" fill="url(#sky)"/>` };
}

/** A smooth ridge line from left to right, filled down to the bottom. */
function ridge(rng: Rng, w: number, h: number, baseY: number, amp: number, color: string, opacity = 1): string {
  const p1 = between(rng, 0, Math.PI * 2);
  const p2 = between(rng, 0, Math.PI * 2);
  const k1 = between(rng, 1.2, 2.4);
  const k2 = between(rng, 3, 5.5);
  const pts: string[] = [];
  const step = w / 40;
  for (let x = -step; x <= w + step; x += step) {
    const t = x / w;
    const y = baseY - amp * (0.6 * Math.sin(t * Math.PI * k1 + p1) + 0.4 * Math.sin(t * Math.PI * k2 + p2));
    pts.push(`${f(x)},${f(y)}`);
  }
  return `<path d="M${pts[0]} L${pts.slice(1).join(' L')} L${w + step},${h} L${-step},${h} Z" fill="${color}" fill-opacity="${opacity}"/>`;
}

function pine(x: number, y: number, s: number, color: string): string {
  const layers = [0, 1, 2]
    .map((i) => {
      const top = y - s * (1 - i * 0.28);
      const half = s * (0.22 + i * 0.1);
      const base = top + s * 0.5;
      return `<path d="M${f(x)},${f(top)} L${f(x + half)},${f(base)} L${f(x - half)},${f(base)} Z"/>`;
    })
    .join('');
  return `<g fill="${color}">${layers}<rect x="${f(x - s * 0.04)}" y="${f(y + s * 0.2)}" width="${f(s * 0.08)}" height="${f(s * 0.25)}"/></g>`;
}

function pines(
  rng: Rng,
  count: number,
  x0: number,
  x1: number,
  y0: number,
  y1: number,
  size: [number, number],
  color: string,
): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out += pine(between(rng, x0, x1), between(rng, y0, y1), between(rng, size[0], size[1]), color);
  }
  return out;
}

function cloud(x: number, y: number, s: number, opacity = 0.75): string {
  return (
    `<g fill="#ffffff" fill-opacity="${opacity}" filter="url(#soft)">` +
    `<ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(s)}" ry="${f(s * 0.35)}"/>` +
    `<ellipse cx="${f(x - s * 0.45)}" cy="${f(y + s * 0.05)}" rx="${f(s * 0.5)}" ry="${f(s * 0.28)}"/>` +
    `<ellipse cx="${f(x + s * 0.4)}" cy="${f(y - s * 0.08)}" rx="${f(s * 0.55)}" ry="${f(s * 0.32)}"/></g>`
  );
}

function sun(x: number, y: number, r: number, color: string): string {
  return `<circle cx="${x}" cy="${y}" r="${r * 2.2}" fill="${color}" fill-opacity="0.25" filter="url(#blur)"/><circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;
}

function mist(w: number, y: number, hgt: number, opacity = 0.45): string {
  return `<rect x="-50" y="${y}" width="${w + 100}" height="${hgt}" fill="#ffffff" fill-opacity="${opacity}" filter="url(#blur)"/>`;
}

function house(x: number, y: number, w: number, h: number, wall: string, roof: string): string {
  const roofH = h * 0.55;
  return (
    `<g><rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${wall}"/>` +
    `<path d="M${f(x - w * 0.08)},${f(y + 2)} L${f(x + w / 2)},${f(y - roofH)} L${f(x + w * 1.08)},${f(y + 2)} Z" fill="${roof}"/>` +
    `<rect x="${f(x + w * 0.42)}" y="${f(y + h * 0.45)}" width="${f(w * 0.18)}" height="${f(h * 0.55)}" fill="#8a6a4f"/>` +
    `<rect x="${f(x + w * 0.12)}" y="${f(y + h * 0.3)}" width="${f(w * 0.18)}" height="${f(h * 0.22)}" fill="#cfe3ef"/>` +
    `<rect x="${f(x + w * 0.7)}" y="${f(y + h * 0.3)}" width="${f(w * 0.18)}" height="${f(h * 0.22)}" fill="#cfe3ef"/></g>`
  );
}

function tree(x: number, y: number, s: number, leaf: string): string {
  return (
    `<rect x="${f(x - s * 0.06)}" y="${f(y - s * 0.2)}" width="${f(s * 0.12)}" height="${f(s * 0.5)}" fill="#7b5b43"/>` +
    `<circle cx="${f(x)}" cy="${f(y - s * 0.45)}" r="${f(s * 0.38)}" fill="${leaf}"/>` +
    `<circle cx="${f(x - s * 0.25)}" cy="${f(y - s * 0.3)}" r="${f(s * 0.26)}" fill="${leaf}"/>` +
    `<circle cx="${f(x + s * 0.25)}" cy="${f(y - s * 0.3)}" r="${f(s * 0.26)}" fill="${leaf}"/>`
  );
}

function palm(x: number, y: number, s: number): string {
  const leaves = [-150, -120, -90, -60, -30, -170, -10]
    .map((deg) => {
      const r = (deg * Math.PI) / 180;
      const ex = x + Math.cos(r) * s * 0.7;
      const ey = y - s + Math.sin(r) * s * 0.45 + s * 0.25;
      const cx = x + Math.cos(r) * s * 0.35;
      const cy = y - s + Math.sin(r) * s * 0.5 - s * 0.05;
      return `<path d="M${f(x)},${f(y - s)} Q${f(cx)},${f(cy)} ${f(ex)},${f(ey)}" stroke="#5f9a6a" stroke-width="${f(s * 0.07)}" fill="none" stroke-linecap="round"/>`;
    })
    .join('');
  return `<path d="M${f(x)},${f(y)} Q${f(x + s * 0.08)},${f(y - s * 0.5)} ${f(x)},${f(y - s)}" stroke="#9b7d5e" stroke-width="${f(s * 0.06)}" fill="none"/>${leaves}`;
}

/** A small standing figure seen from afar: head and rounded body. */
function figure(x: number, y: number, s: number, body: string, head = '#e0b48f', hair = '#3a2d28'): string {
  return (
    `<g><path d="M${f(x - s * 0.28)},${f(y)} L${f(x - s * 0.24)},${f(y - s * 0.62)} Q${f(x)},${f(y - s * 0.78)} ${f(x + s * 0.24)},${f(y - s * 0.62)} L${f(x + s * 0.28)},${f(y)} Z" fill="${body}"/>` +
    `<circle cx="${f(x)}" cy="${f(y - s * 0.88)}" r="${f(s * 0.16)}" fill="${head}"/>` +
    `<path d="M${f(x - s * 0.16)},${f(y - s * 0.9)} A${f(s * 0.16)},${f(s * 0.16)} 0 0 1 ${f(x + s * 0.16)},${f(y - s * 0.9)} Z" fill="${hair}"/></g>`
  );
}

// ---------------------------------------------------------------------------
// Landscape scenes (1200 × 800)
// ---------------------------------------------------------------------------

const W = 1200;
const H = 800;

type Scene = (rng: Rng) => string;

const scenes: Record<string, Scene> = {
  /** Pine hills of Đà Lạt at dawn, mist in the valley. */
  pineHills(rng) {
    const s = sky(W, H, '#f7d9c4', '#cfe4ef');
    let body = s.body + sun(860, 250, 55, '#fbe3a1') + cloud(300, 160, 120) + cloud(980, 120, 90, 0.6);
    body += ridge(rng, W, H, 420, 60, '#a9c4cf');
    body += mist(W, 400, 80, 0.5);
    body += ridge(rng, W, H, 500, 55, '#86ab9f');
    body += pines(rng, 26, 0, W, 470, 520, [40, 70], '#6f9889');
    body += mist(W, 520, 70, 0.4);
    body += ridge(rng, W, H, 600, 45, '#5f8e70');
    body += pines(rng, 18, 0, W, 580, 640, [80, 130], '#4c7a5e');
    body += ridge(rng, W, H, 720, 30, '#456f50');
    return svgDoc(W, H, s.defs, body);
  },

  /** Tea hills with a row of new houses. */
  teaHouses(rng) {
    const s = sky(W, H, '#bcdcf0', '#eef6f8');
    let body = s.body + cloud(250, 140, 110) + cloud(850, 190, 130, 0.7);
    body += ridge(rng, W, H, 380, 50, '#b7cfb9');
    body += ridge(rng, W, H, 470, 40, '#98bf8f');
    for (let i = 0; i < 9; i++) {
      const y = 440 + i * 14;
      body += `<path d="M0,${y} Q300,${y - 30} 600,${y} T1200,${y}" stroke="#7eaa72" stroke-width="5" fill="none" stroke-opacity="0.6"/>`;
    }
    const walls = ['#f3e3c3', '#f1d9b5', '#efe6d2', '#f5dcc6', '#ece0c8'];
    for (let i = 0; i < 5; i++) {
      body += house(
        140 + i * 200,
        560 + (i % 2) * 12,
        130,
        85,
        walls[i % walls.length]!,
        i % 2 ? '#c2574b' : '#b8473f',
      );
      body += tree(110 + i * 200, 660, 60, '#6fa36a');
    }
    body += `<rect x="0" y="680" width="${W}" height="120" fill="#8bb67c"/>`;
    body += `<path d="M0,720 Q600,690 1200,730 L1200,760 Q600,720 0,750 Z" fill="#d9d2c3"/>`;
    return svgDoc(W, H, s.defs, body);
  },

  /** New houses along a concrete road. */
  houseRow(rng) {
    const s = sky(W, H, '#cde6f5', '#f6f1e4');
    let body = s.body + sun(180, 150, 45, '#fdf0c2') + cloud(700, 130, 120, 0.7);
    body += ridge(rng, W, H, 400, 45, '#a8c6b0');
    body += pines(rng, 14, 0, W, 380, 420, [35, 55], '#7fa48a');
    body += ridge(rng, W, H, 480, 30, '#9cc38e');
    const walls = ['#f4e7c8', '#f0dcc0', '#ece5d3', '#f6e2c9'];
    for (let i = 0; i < 4; i++) {
      body += house(90 + i * 290, 470, 200, 130, walls[i]!, '#c0524a');
      body += tree(60 + i * 290, 600, 70, '#74a86d');
    }
    body += `<rect x="0" y="600" width="${W}" height="200" fill="#94bf84"/>`;
    body += `<path d="M520,800 L560,600 L640,600 L720,800 Z" fill="#dcd6ca"/>`;
    body += `<path d="M0,640 L${W},640 L${W},690 L0,700 Z" fill="#cfc8ba"/>`;
    return svgDoc(W, H, s.defs, body);
  },

  /** Watermelon field on river flats. */
  watermelon(rng) {
    const s = sky(W, H, '#b9d9ef', '#f1f3e6');
    let body = s.body + cloud(320, 120, 120) + cloud(920, 160, 100, 0.7);
    body += ridge(rng, W, H, 300, 35, '#a9c2c9');
    body += `<rect x="0" y="320" width="${W}" height="40" fill="#8fc1d6"/>`;
    body += pines(rng, 10, 0, W, 310, 330, [25, 40], '#7aa08c');
    body += `<rect x="0" y="355" width="${W}" height="${H - 355}" fill="#9dc27a"/>`;
    for (let r = 0; r < 8; r++) {
      const y = 380 + r * r * 7 + r * 18;
      const hgt = 8 + r * 4;
      body += `<rect x="0" y="${y}" width="${W}" height="${hgt}" fill="#d7dcd6" fill-opacity="0.85"/>`;
      const n = 14 - r;
      for (let i = 0; i < n; i++) {
        const x = between(rng, 0, W);
        const sz = 6 + r * 5;
        body += `<ellipse cx="${f(x)}" cy="${f(y + hgt / 2)}" rx="${f(sz * 1.4)}" ry="${f(sz * 0.6)}" fill="#6b9e4e"/>`;
        if (rng() > 0.35) {
          const mx = x + between(rng, -sz, sz);
          body +=
            `<ellipse cx="${f(mx)}" cy="${f(y + hgt / 2 - sz * 0.2)}" rx="${f(sz * 0.9)}" ry="${f(sz * 0.65)}" fill="#3f7a3a"/>` +
            `<path d="M${f(mx - sz * 0.5)},${f(y + hgt / 2 - sz * 0.5)} Q${f(mx)},${f(y + hgt / 2 - sz * 0.2)} ${f(mx - sz * 0.5)},${f(y + hgt / 2 + sz * 0.2)}" stroke="#2d5e2c" stroke-width="${f(Math.max(1, sz * 0.12))}" fill="none"/>` +
            `<path d="M${f(mx + sz * 0.2)},${f(y + hgt / 2 - sz * 0.6)} Q${f(mx + sz * 0.6)},${f(y + hgt / 2 - sz * 0.2)} ${f(mx + sz * 0.2)},${f(y + hgt / 2 + sz * 0.25)}" stroke="#2d5e2c" stroke-width="${f(Math.max(1, sz * 0.12))}" fill="none"/>`;
        }
      }
    }
    return svgDoc(W, H, s.defs, body);
  },

  /** A conference hall: red stage backdrop, rows of delegates. */
  hall(rng) {
    const defs = linear('wall', ['#efe4d2', '#e2d3bb']) + linear('stage', ['#c8473d', '#a8322c']);
    let body = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
    body += `<rect x="220" y="90" width="760" height="330" fill="url(#stage)"/>`;
    body += `<rect x="220" y="90" width="760" height="28" fill="#e7c36a"/>`;
    body += `<path d="M600,170 L618,222 L673,222 L629,254 L646,306 L600,274 L554,306 L571,254 L527,222 L582,222 Z" fill="#f3cf62"/>`;
    body += `<rect x="150" y="420" width="900" height="40" fill="#b48a5a"/>`;
    body += `<rect x="530" y="330" width="140" height="110" fill="#8c6239"/>`;
    body += `<ellipse cx="380" cy="420" rx="60" ry="26" fill="#e8a6b8"/><ellipse cx="820" cy="420" rx="60" ry="26" fill="#f1d27b"/>`;
    body += `<rect x="0" y="460" width="${W}" height="${H - 460}" fill="#8d5b4c"/>`;
    for (let r = 0; r < 6; r++) {
      const y = 515 + r * 52;
      const sz = 15 + r * 5;
      for (let x = 30 + (r % 2) * 25; x < W; x += sz * 2.5) {
        if (rng() > 0.1) {
          const shirt = rng() > 0.45 ? '#f2f2ef' : '#4a6484';
          body += `<rect x="${f(x - sz * 0.95)}" y="${f(y + sz * 0.45)}" width="${f(sz * 1.9)}" height="${f(sz * 2)}" rx="${f(sz * 0.6)}" fill="${shirt}"/>`;
          body += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(sz * 0.58)}" fill="${rng() > 0.5 ? '#2f2723' : '#3d3029'}"/>`;
        }
      }
      body += `<rect x="0" y="${f(y + sz * 1.6)}" width="${W}" height="${f(sz * 0.9)}" fill="#6b3f36"/>`;
    }
    return svgDoc(W, H, defs, body);
  },

  /** A young volunteer helps an elderly resident with a laptop. */
  digital(rng) {
    const defs = linear('wall', ['#eef3ee', '#dfe9e2']);
    let body = `<rect width="${W}" height="${H}" fill="url(#wall)"/>`;
    body += `<rect x="120" y="90" width="300" height="220" fill="#cfe3ec" stroke="#b8c9c1" stroke-width="10"/>`;
    body += pines(rng, 5, 140, 400, 230, 300, [40, 70], '#9bbfae');
    body += `<rect x="800" y="120" width="260" height="160" fill="#f6e7c9"/>`;
    body += `<rect x="0" y="560" width="${W}" height="240" fill="#c9b79b"/>`;
    body += `<rect x="160" y="500" width="880" height="40" fill="#a7835e"/><rect x="200" y="540" width="24" height="200" fill="#8e6c4b"/><rect x="976" y="540" width="24" height="200" fill="#8e6c4b"/>`;
    // the elder (left) and the volunteer in a blue shirt (right)
    body += `<path d="M300,500 L315,360 Q390,320 465,360 L480,500 Z" fill="#a98f78"/><circle cx="390" cy="300" r="55" fill="#dcae8a"/><path d="M335,292 A55,55 0 0 1 445,292 Q430,255 390,252 Q350,255 335,292 Z" fill="#d9d6d2"/>`;
    body += `<path d="M720,500 L735,350 Q810,310 885,350 L900,500 Z" fill="#3f8ec2"/><circle cx="810" cy="290" r="55" fill="#e3b792"/><path d="M755,285 A55,55 0 0 1 865,285 Q860,238 810,236 Q760,238 755,285 Z" fill="#2f2622"/>`;
    // laptop
    body += `<path d="M520,498 L690,498 L705,510 L505,510 Z" fill="#8c949b"/><path d="M535,380 L675,380 L690,498 L520,498 Z" fill="#5f676e"/><path d="M547,392 L663,392 L675,486 L532,486 Z" fill="#bfe0f0"/>`;
    body += `<rect x="555" y="410" width="60" height="8" fill="#ffffff" fill-opacity="0.8"/><rect x="555" y="430" width="90" height="8" fill="#ffffff" fill-opacity="0.6"/><rect x="555" y="450" width="70" height="8" fill="#ffffff" fill-opacity="0.6"/>`;
    body += `<path d="M880,420 Q760,430 690,470" stroke="#3f8ec2" stroke-width="30" stroke-linecap="round" fill="none"/>`;
    return svgDoc(W, H, defs, body);
  },

  /** Inside a greenhouse: white arches and converging rows of greens. */
  greenhouseInside(rng) {
    const defs = linear('air', ['#f7faf5', '#e3efe0']);
    let body = `<rect width="${W}" height="${H}" fill="url(#air)"/>`;
    const vx = 600;
    const vy = 330;
    for (let i = 0; i < 9; i++) {
      const t = i / 8;
      const y = vy - 10 - (1 - t) * 0 + t * t * 300;
      const halfW = 90 + t * t * 620;
      const top = vy - 40 - t * t * 330;
      body += `<path d="M${f(vx - halfW)},${f(y + 200)} Q${f(vx - halfW)},${f(top)} ${f(vx)},${f(top)} Q${f(vx + halfW)},${f(top)} ${f(vx + halfW)},${f(y + 200)}" stroke="#ffffff" stroke-width="${f(3 + t * 10)}" fill="none" stroke-opacity="0.9"/>`;
    }
    body += `<rect x="0" y="${vy + 60}" width="${W}" height="${H - vy - 60}" fill="#b9a587"/>`;
    for (let k = -5; k <= 5; k++) {
      const xb = vx + k * 230;
      const xt = vx + k * 22;
      body += `<path d="M${f(xt - 6)},${vy + 60} L${f(xt + 6)},${vy + 60} L${f(xb + 70)},${H} L${f(xb - 70)},${H} Z" fill="#5e9b4f"/>`;
      for (let j = 0; j < 10; j++) {
        const t = j / 9;
        const y = vy + 70 + t * t * (H - vy - 70);
        const x = xt + (xb - xt) * t * t + between(rng, -6, 6);
        const r = 4 + t * t * 34;
        body += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${j % 2 ? '#76b563' : '#8cc574'}"/>`;
      }
    }
    return svgDoc(W, H, defs, body);
  },

  /** Greenhouse blocks over the hills of Đức Trọng. */
  greenhouses(rng) {
    const s = sky(W, H, '#a9d2ee', '#eaf3f4');
    let body = s.body + cloud(260, 150, 120) + cloud(880, 110, 110, 0.65);
    body += ridge(rng, W, H, 360, 55, '#9fbcc4');
    body += ridge(rng, W, H, 440, 40, '#9dc38f');
    for (let row = 0; row < 4; row++) {
      const y = 450 + row * 80;
      const hgt = 40 + row * 16;
      for (let x = -40 + row * 37; x < W; x += 170 + row * 30) {
        const wdt = 140 + row * 26;
        body += `<rect x="${f(x)}" y="${f(y)}" width="${f(wdt)}" height="${f(hgt)}" fill="#f4f7f6"/>`;
        for (let a = 0; a < 4; a++) {
          const ax = x + (a * wdt) / 4;
          body += `<path d="M${f(ax)},${f(y + 4)} Q${f(ax + wdt / 8)},${f(y - hgt * 0.35)} ${f(ax + wdt / 4)},${f(y + 4)}" fill="#fbfdfc" stroke="#d3dfdc" stroke-width="2"/>`;
        }
        body += `<rect x="${f(x)}" y="${f(y + hgt * 0.6)}" width="${f(wdt)}" height="${f(hgt * 0.4)}" fill="#dde9e4"/>`;
      }
      body += `<rect x="0" y="${y + hgt}" width="${W}" height="${80 - hgt + 20}" fill="#8db87c"/>`;
    }
    return svgDoc(W, H, s.defs, body);
  },

  /** Commune police officers in front of their station, coffee bushes around. */
  policeGroup(rng) {
    const s = sky(W, H, '#bcdff2', '#f3f1e5');
    let body = s.body + cloud(200, 120, 100) + cloud(1000, 150, 120, 0.7);
    body += ridge(rng, W, H, 380, 40, '#a8c4b3');
    body += `<rect x="250" y="250" width="700" height="260" fill="#f2dfb0"/><path d="M220,255 L600,170 L980,255 Z" fill="#b95446"/>`;
    for (let i = 0; i < 6; i++) body += `<rect x="${300 + i * 110}" y="310" width="60" height="80" fill="#cfe2ea"/>`;
    body += `<rect x="560" y="410" width="80" height="100" fill="#8a6a4f"/>`;
    body += `<rect x="0" y="500" width="${W}" height="300" fill="#a9c58f"/>`;
    for (let i = 0; i < 12; i++) {
      const x = between(rng, 0, W);
      if (x > 180 && x < 1020) continue;
      body += `<ellipse cx="${f(x)}" cy="${f(between(rng, 520, 600))}" rx="${f(between(rng, 40, 70))}" ry="${f(between(rng, 30, 45))}" fill="#5b8a4d"/>`;
    }
    body += `<rect x="0" y="640" width="${W}" height="160" fill="#d8d1c2"/>`;
    for (let i = 0; i < 9; i++) {
      const x = 250 + i * 88 + (i % 2) * 6;
      body += figure(x, 690 + (i % 2) * 14, 170, '#4d6b4b', '#dcae8a', '#2b2420');
      body += `<rect x="${f(x - 26)}" y="${f(690 + (i % 2) * 14 - 168)}" width="52" height="14" rx="6" fill="#3b5a3a"/>`;
    }
    return svgDoc(W, H, s.defs, body);
  },

  /** Pupils in orange life vests at a pool under coconut palms. */
  swimming(rng) {
    const s = sky(W, H, '#8fcbea', '#e6f4f4');
    let body = s.body + cloud(300, 110, 110) + cloud(900, 150, 90, 0.7);
    body += `<rect x="0" y="330" width="${W}" height="60" fill="#6fb8d2"/>`;
    body += `<rect x="0" y="385" width="${W}" height="${H - 385}" fill="#f0e2c2"/>`;
    body += palm(120, 470, 260) + palm(1080, 460, 240) + palm(960, 420, 170);
    body += `<rect x="200" y="470" width="800" height="280" rx="14" fill="#5fb3d9" stroke="#e9f4f7" stroke-width="16"/>`;
    for (let i = 0; i < 9; i++) {
      const y = 500 + i * 28;
      body += `<path d="M220,${y} Q300,${y - 8} 380,${y} T540,${y} T700,${y} T860,${y} T980,${y}" stroke="#a7dcef" stroke-width="4" fill="none" stroke-opacity="0.8"/>`;
    }
    for (let i = 0; i < 11; i++) {
      const x = between(rng, 250, 950);
      const y = between(rng, 520, 720);
      body += `<ellipse cx="${f(x)}" cy="${f(y + 14)}" rx="24" ry="14" fill="#f08a3c"/><circle cx="${f(x)}" cy="${f(y)}" r="13" fill="#d9a67f"/><path d="M${f(x - 13)},${f(y - 2)} A13,13 0 0 1 ${f(x + 13)},${f(y - 2)} Z" fill="#2d2520"/>`;
    }
    body += figure(1000, 770, 200, '#2f7fb8', '#d8a983', '#2a221e');
    return svgDoc(W, H, s.defs, body);
  },

  /** A brocade loom: bands of diamonds in red, black and yellow. */
  loom(rng) {
    const defs = linear('bg', ['#e9dcc5', '#d8c6a6']);
    let body = `<rect width="${W}" height="${H}" fill="url(#bg)"/>`;
    body += `<rect x="120" y="60" width="40" height="700" fill="#8b5e3c"/><rect x="1040" y="60" width="40" height="700" fill="#8b5e3c"/><rect x="100" y="60" width="1000" height="36" fill="#7a5133"/>`;
    const palette = ['#a8322c', '#2a2524', '#e2b23c', '#f3ead8', '#3c6e8f'];
    let y = 110;
    let band = 0;
    while (y < 740) {
      const hgt = 30 + Math.floor(rng() * 4) * 14;
      const c = palette[band % 2 === 0 ? 1 : [0, 2, 4][Math.floor(rng() * 3)]!]!;
      body += `<rect x="170" y="${y}" width="860" height="${hgt}" fill="${c}"/>`;
      if (hgt > 40) {
        const d = hgt * 0.4;
        const motif = palette[[2, 3, 0][Math.floor(rng() * 3)]!]!;
        for (let x = 170 + d; x < 1030 - d; x += d * 2.2) {
          body += `<path d="M${f(x)},${f(y + hgt / 2 - d)} L${f(x + d)},${f(y + hgt / 2)} L${f(x)},${f(y + hgt / 2 + d)} L${f(x - d)},${f(y + hgt / 2)} Z" fill="${motif}"/>`;
        }
      }
      y += hgt + 6;
      band++;
    }
    for (let x = 180; x < 1030; x += 14)
      body += `<line x1="${x}" y1="96" x2="${x}" y2="110" stroke="#f3ead8" stroke-width="2"/>`;
    body += `<rect x="100" y="744" width="1000" height="40" fill="#7a5133"/>`;
    return svgDoc(W, H, defs, body);
  },
};

// ---------------------------------------------------------------------------
// Portraits (800 × 1000): a soft, blurred background and a stylised bust
// ---------------------------------------------------------------------------

const PW = 800;
const PH = 1000;

interface Portrait {
  background: 'classroom' | 'coffee' | 'field' | 'sea' | 'plain' | 'workshop' | 'hallway';
  bg: [string, string];
  skin: string;
  hair: 'short' | 'long' | 'bun';
  hairColor: string;
  outfit: 'aodai' | 'shirt' | 'blouse' | 'scrubs' | 'volunteer';
  outfitColor: string;
  nonLa?: boolean;
  watermelon?: boolean;
  stethoscope?: boolean;
}

function portraitBackground(p: Portrait, rng: Rng): string {
  let b = `<rect width="${PW}" height="${PH}" fill="url(#pbg)"/>`;
  switch (p.background) {
    case 'classroom':
      b += `<rect x="60" y="140" width="420" height="240" fill="#3f6b58"/><rect x="48" y="128" width="444" height="264" fill="none" stroke="#b08a62" stroke-width="16"/>`;
      b += pines(rng, 6, 540, 780, 300, 420, [90, 150], '#7fa28f');
      b += `<rect x="0" y="640" width="${PW}" height="360" fill="#c9b490"/>`;
      break;
    case 'coffee':
      b += ridge(rng, PW, PH, 420, 40, '#a7c3a0');
      for (let i = 0; i < 14; i++)
        b += `<ellipse cx="${f(between(rng, 0, PW))}" cy="${f(between(rng, 450, 700))}" rx="${f(between(rng, 60, 110))}" ry="${f(between(rng, 50, 80))}" fill="${rng() > 0.5 ? '#5f9150' : '#6fa15c'}"/>`;
      break;
    case 'field':
      b += ridge(rng, PW, PH, 430, 30, '#a4c3c9');
      b += `<rect x="0" y="470" width="${PW}" height="530" fill="#9fc47b"/>`;
      for (let r = 0; r < 6; r++)
        b += `<rect x="0" y="${500 + r * 60}" width="${PW}" height="${10 + r * 4}" fill="#d7dbd4"/>`;
      break;
    case 'sea':
      b += `<rect x="0" y="430" width="${PW}" height="570" fill="#6fb3d3"/>`;
      for (let i = 0; i < 8; i++)
        b += `<path d="M0,${470 + i * 40} Q200,${460 + i * 40} 400,${470 + i * 40} T800,${470 + i * 40}" stroke="#a9d8ea" stroke-width="5" fill="none"/>`;
      b += `<path d="M520,430 Q600,380 700,400 Q760,410 800,430 Z" fill="#7c8f7c"/>`;
      break;
    case 'workshop':
      for (let i = 0; i < 7; i++) b += `<rect x="${40 + i * 110}" y="200" width="16" height="520" fill="#c9a877"/>`;
      for (let i = 0; i < 9; i++)
        b += `<circle cx="${f(between(rng, 60, 740))}" cy="${f(between(rng, 260, 620))}" r="${f(between(rng, 30, 60))}" fill="${rng() > 0.5 ? '#f1dc9a' : '#efe6c9'}"/>`;
      b += `<rect x="0" y="700" width="${PW}" height="300" fill="#b89f7c"/>`;
      break;
    case 'hallway':
      b += `<path d="M0,0 L300,330 L500,330 L800,0 Z" fill="#eef4f4"/><path d="M0,${PH} L300,620 L500,620 L800,${PH} Z" fill="#cfdad9"/>`;
      b += `<rect x="300" y="330" width="200" height="290" fill="#dfeaea"/>`;
      for (let i = 0; i < 4; i++)
        b += `<rect x="${f(40 + i * 60)}" y="${f(300 - i * 60)}" width="40" height="${f(300 + i * 120)}" fill="#d9e7ea"/>`;
      break;
    case 'plain':
      b += `<circle cx="620" cy="220" r="160" fill="#ffffff" fill-opacity="0.35"/><circle cx="160" cy="760" r="220" fill="#ffffff" fill-opacity="0.25"/>`;
      break;
  }
  return `<g filter="url(#blur)">${b}</g>`;
}

function bust(p: Portrait): string {
  const cx = 400;
  let s = '';
  // hair behind the head
  if (p.hair === 'long')
    s += `<path d="M270,430 Q260,250 400,240 Q540,250 530,430 L560,720 Q400,760 240,720 Z" fill="${p.hairColor}"/>`;
  if (p.hair === 'bun') s += `<circle cx="${cx}" cy="255" r="62" fill="${p.hairColor}"/>`;
  // shoulders and torso
  const torso = `M90,${PH} Q100,720 250,670 Q330,645 ${cx},645 Q470,645 550,670 Q700,720 710,${PH} Z`;
  s += `<path d="${torso}" fill="${p.outfitColor}"/>`;
  // neck
  s += `<path d="M355,560 L445,560 L455,680 Q400,700 345,680 Z" fill="${p.skin}"/>`;
  s += `<path d="M355,600 Q400,625 445,600 L447,630 Q400,650 353,630 Z" fill="#000000" fill-opacity="0.08"/>`;
  // head and ears
  s += `<ellipse cx="285" cy="455" rx="22" ry="38" fill="${p.skin}"/><ellipse cx="515" cy="455" rx="22" ry="38" fill="${p.skin}"/>`;
  s += `<ellipse cx="${cx}" cy="430" rx="118" ry="148" fill="${p.skin}"/>`;
  s += `<ellipse cx="${cx + 30}" cy="400" rx="70" ry="90" fill="#ffffff" fill-opacity="0.08"/>`;
  // hair on top
  if (p.hair === 'short')
    s += `<path d="M282,420 Q270,280 400,270 Q530,280 518,420 Q500,340 400,335 Q300,340 282,420 Z" fill="${p.hairColor}"/>`;
  else
    s += `<path d="M280,440 Q270,285 400,280 Q530,285 520,440 Q505,350 430,330 Q380,365 290,380 Z" fill="${p.hairColor}"/>`;
  // outfit details
  switch (p.outfit) {
    case 'aodai':
      s += `<path d="M340,652 L345,700 Q400,720 455,700 L460,652 Q400,672 340,652 Z" fill="${p.outfitColor}" stroke="#ffffff" stroke-opacity="0.35" stroke-width="4"/>`;
      s += `<path d="M455,700 Q520,760 560,${PH}" stroke="#ffffff" stroke-opacity="0.3" stroke-width="5" fill="none"/>`;
      break;
    case 'shirt':
      s += `<path d="M330,655 L400,760 L470,655 L440,650 L400,720 L360,650 Z" fill="#ffffff" fill-opacity="0.5"/><line x1="400" y1="760" x2="400" y2="${PH}" stroke="#000000" stroke-opacity="0.12" stroke-width="4"/>`;
      break;
    case 'blouse':
      s += `<path d="M320,650 L400,740 L480,650 L455,648 L400,700 L345,648 Z" fill="#e6eef2"/><rect x="560" y="800" width="70" height="50" rx="6" fill="#d6e3ea"/><path d="M585,812 L605,812 M595,802 L595,822" stroke="#d9534f" stroke-width="6"/>`;
      break;
    case 'scrubs':
      s += `<path d="M340,650 L400,740 L460,650 Z" fill="${p.skin}"/><path d="M340,650 L400,740 L460,650" stroke="#3d7f73" stroke-width="8" fill="none"/>`;
      break;
    case 'volunteer':
      s += `<path d="M330,652 Q400,700 470,652 L470,668 Q400,716 330,668 Z" fill="#ffffff" fill-opacity="0.45"/><circle cx="540" cy="800" r="30" fill="#f4d35e"/><circle cx="540" cy="800" r="16" fill="#d9473d"/>`;
      break;
  }
  if (p.stethoscope)
    s += `<path d="M330,660 Q300,820 400,860 Q500,820 470,660" stroke="#3a3f44" stroke-width="9" fill="none"/><circle cx="400" cy="872" r="20" fill="#9aa3aa" stroke="#3a3f44" stroke-width="6"/>`;
  if (p.nonLa)
    s += `<path d="M180,345 L400,170 L620,345 Q400,380 180,345 Z" fill="#f1e2b8"/><path d="M260,330 L400,200 M330,338 L400,200 M470,338 L400,200 M540,330 L400,200" stroke="#d8c48f" stroke-width="4"/>`;
  if (p.watermelon)
    s += `<ellipse cx="560" cy="900" rx="150" ry="115" fill="#3f7a3a"/><path d="M440,860 Q560,820 680,860 M430,910 Q560,870 690,910 M450,960 Q560,930 670,960" stroke="#2b5a2a" stroke-width="14" fill="none"/><path d="M330,${PH} Q380,900 470,850" stroke="${p.outfitColor}" stroke-width="70" stroke-linecap="round" fill="none"/><path d="M330,${PH} Q380,900 470,850" stroke="#000000" stroke-opacity="0.08" stroke-width="70" stroke-linecap="round" fill="none"/><ellipse cx="500" cy="838" rx="36" ry="28" fill="${p.skin}"/>`;
  return s;
}

function portraitSvg(p: Portrait, rng: Rng): string {
  const defs = linear('pbg', p.bg);
  const base = `<rect width="${PW}" height="${PH}" fill="url(#pbg)"/>`;
  return svgDoc(PW, PH, defs, base + portraitBackground(p, rng) + bust(p));
}

// ---------------------------------------------------------------------------
// What the content uses
// ---------------------------------------------------------------------------

type Job = { path: string; scene: string } | { path: string; portrait: Portrait };

const jobs: Job[] = [
  // campaigns
  { path: 'campaigns/thi-dua-thuc-hien-thang-loi-nhiem-vu-nam-2026.jpg', scene: 'pineHills' },
  { path: 'campaigns/lam-dong-chung-tay-xoa-nha-tam-nha-dot-nat.jpg', scene: 'teaHouses' },
  // exemplars: collectives
  { path: 'exemplars/cong-an-xa-dak-mil.jpg', scene: 'policeGroup' },
  { path: 'exemplars/hop-tac-xa-nong-nghiep-hiep-thanh-xanh.jpg', scene: 'greenhouses' },
  { path: 'exemplars/truong-tieu-hoc-binh-minh-mui-ne.jpg', scene: 'swimming' },
  { path: 'exemplars/to-hop-tac-det-tho-cam-nhieu-tuyet.jpg', scene: 'loom' },
  // exemplars: portraits
  {
    path: 'exemplars/nguyen-thi-thu-ha.jpg',
    portrait: {
      background: 'classroom',
      bg: ['#e6efe9', '#cfe0d6'],
      skin: '#e9bf9c',
      hair: 'long',
      hairColor: '#2b211d',
      outfit: 'aodai',
      outfitColor: '#9cc7df',
    },
  },
  {
    path: 'exemplars/k-tiep.jpg',
    portrait: {
      background: 'coffee',
      bg: ['#e3eddc', '#c8dcc0'],
      skin: '#b9845e',
      hair: 'short',
      hairColor: '#231c19',
      outfit: 'shirt',
      outfitColor: '#7c8f6a',
    },
  },
  {
    path: 'exemplars/le-van-tam.jpg',
    portrait: {
      background: 'field',
      bg: ['#d9ecf5', '#eef2e2'],
      skin: '#c99570',
      hair: 'short',
      hairColor: '#2a221e',
      outfit: 'shirt',
      outfitColor: '#8fa9c4',
      nonLa: true,
      watermelon: true,
    },
  },
  {
    path: 'exemplars/ho-thi-ngoc-lan.jpg',
    portrait: {
      background: 'sea',
      bg: ['#cfe8f4', '#e9f4f6'],
      skin: '#e2b08c',
      hair: 'bun',
      hairColor: '#2c221e',
      outfit: 'blouse',
      outfitColor: '#f5f7f8',
    },
  },
  {
    path: 'exemplars/pham-quoc-bao.jpg',
    portrait: {
      background: 'plain',
      bg: ['#d8ecdf', '#b9dbc6'],
      skin: '#deaa84',
      hair: 'short',
      hairColor: '#1f1a18',
      outfit: 'volunteer',
      outfitColor: '#3f9a5b',
    },
  },
  {
    path: 'exemplars/vu-thi-thanh-nhan.jpg',
    portrait: {
      background: 'workshop',
      bg: ['#f3ead6', '#e6d6b8'],
      skin: '#ebc3a2',
      hair: 'bun',
      hairColor: '#3a2a22',
      outfit: 'aodai',
      outfitColor: '#f0d98e',
    },
  },
  {
    path: 'exemplars/nguyen-huu-phuoc.jpg',
    portrait: {
      background: 'hallway',
      bg: ['#eaf2f2', '#d5e3e4'],
      skin: '#e0b08b',
      hair: 'short',
      hairColor: '#2d2622',
      outfit: 'scrubs',
      outfitColor: '#5fa596',
      stethoscope: true,
    },
  },
  // news covers
  { path: 'news/ban-giao-120-can-nha-cho-ho-ngheo-dot-cao-diem.jpg', scene: 'houseRow' },
  { path: 'news/nguoi-trong-dua-hau-tren-dat-lua-mot-vu.jpg', scene: 'watermelon' },
  { path: 'news/chu-tich-ubnd-tinh-phat-dong-thi-dua-nam-2026.jpg', scene: 'hall' },
  { path: 'news/binh-dan-hoc-vu-so-thanh-nien-ra-quan.jpg', scene: 'digital' },
  { path: 'news/hop-tac-xa-hiep-thanh-xanh-truy-xuat-nguon-goc.jpg', scene: 'greenhouseInside' },
];

async function renderJpeg(svg: string, out: string): Promise<number> {
  const buf = await sharp(Buffer.from(svg), { density: 72 })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 78, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer();
  writeFileSync(out, buf);
  return buf.length;
}

// ---------------------------------------------------------------------------
// The PDF attachment
// ---------------------------------------------------------------------------

const fontDir = `${root}node_modules/@fontsource/be-vietnam-pro/files/`;
const subsets = ['latin', 'vietnamese', 'latin-ext'] as const;

interface FontFace {
  /** One embedded font per unicode subset, in fallback order. */
  fonts: PDFFont[];
  covers: ((cp: number) => boolean)[];
}

async function loadFace(doc: PDFDocument, weight: number, style: 'normal' | 'italic'): Promise<FontFace> {
  const fonts: PDFFont[] = [];
  const covers: ((cp: number) => boolean)[] = [];
  for (const subset of subsets) {
    const bytes = readFileSync(`${fontDir}be-vietnam-pro-${subset}-${weight}-${style}.woff`);
    const parsed = fontkit.create(bytes);
    covers.push((cp) => parsed.hasGlyphForCodePoint(cp));
    fonts.push(await doc.embedFont(bytes, { subset: true }));
  }
  return { fonts, covers };
}

/** Splits text into runs that one subset font can draw. */
function runs(face: FontFace, text: string): { font: PDFFont; text: string }[] {
  const out: { font: PDFFont; text: string }[] = [];
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    let i = face.covers.findIndex((has) => has(cp));
    if (i < 0) i = 0;
    const font = face.fonts[i]!;
    const last = out[out.length - 1];
    if (last && last.font === font) last.text += ch;
    else out.push({ font, text: ch });
  }
  return out;
}

function widthOf(face: FontFace, text: string, size: number): number {
  return runs(face, text).reduce((w, r) => w + r.font.widthOfTextAtSize(r.text, size), 0);
}

function drawText(page: PDFPage, face: FontFace, text: string, x: number, y: number, size: number): void {
  let cx = x;
  for (const r of runs(face, text)) {
    page.drawText(r.text, { x: cx, y, size, font: r.font, color: rgb(0.08, 0.08, 0.1) });
    cx += r.font.widthOfTextAtSize(r.text, size);
  }
}

function drawCentered(page: PDFPage, face: FontFace, text: string, centerX: number, y: number, size: number): void {
  drawText(page, face, text, centerX - widthOf(face, text, size) / 2, y, size);
}

function wrap(face: FontFace, text: string, size: number, maxWidth: number, indent = 0): string[] {
  // A dash between words ("Thương binh - Liệt sĩ") stays at the end of its line.
  const words: string[] = [];
  for (const word of text.split(/\s+/)) {
    if (word === '-' && words.length > 0) words[words.length - 1] += ' -';
    else words.push(word);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    const limit = lines.length === 0 ? maxWidth - indent : maxWidth;
    if (widthOf(face, candidate, size) > limit && line) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

async function buildPdf(out: string): Promise<number> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const regular = await loadFace(doc, 400, 'normal');
  const bold = await loadFace(doc, 700, 'normal');
  const italic = await loadFace(doc, 400, 'italic');

  const fixed = new Date('2026-11-12T09:00:00+07:00');
  doc.setTitle(
    'Kế hoạch tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026 và phát động phong trào thi đua năm 2027',
  );
  doc.setAuthor('Ủy ban nhân dân tỉnh Lâm Đồng');
  doc.setSubject('Kế hoạch số 248/KH-UBND ngày 12/11/2026');
  doc.setKeywords(['thi đua', 'khen thưởng', 'hội nghị tổng kết', 'Lâm Đồng']);
  doc.setCreator('scripts/sample-media.ts');
  doc.setProducer('pdf-lib');
  doc.setLanguage('vi-VN');
  doc.setCreationDate(fixed);
  doc.setModificationDate(fixed);

  const A4: [number, number] = [595.28, 841.89];
  const left = 70;
  const right = A4[0] - 56;
  const textWidth = right - left;
  const size = 12.5;
  const lead = 17.5;

  let page = doc.addPage(A4);
  let y = A4[1] - 60;

  // Header: issuer on the left, national motto on the right.
  const leftCol = 170;
  const rightCol = 400;
  drawCentered(page, regular, 'ỦY BAN NHÂN DÂN', leftCol, y, 12);
  drawCentered(page, bold, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightCol, y, 11.5);
  y -= 15;
  drawCentered(page, bold, 'TỈNH LÂM ĐỒNG', leftCol, y, 12);
  drawCentered(page, bold, 'Độc lập - Tự do - Hạnh phúc', rightCol, y, 12.5);
  y -= 6;
  page.drawLine({ start: { x: leftCol - 30, y }, end: { x: leftCol + 30, y }, thickness: 0.7 });
  page.drawLine({ start: { x: rightCol - 80, y }, end: { x: rightCol + 80, y }, thickness: 0.7 });
  y -= 22;
  drawCentered(page, regular, 'Số: 248/KH-UBND', leftCol, y, 12.5);
  drawCentered(page, italic, 'Lâm Đồng, ngày 12 tháng 11 năm 2026', rightCol, y, 12.5);

  y -= 44;
  drawCentered(page, bold, 'KẾ HOẠCH', A4[0] / 2, y, 14);
  y -= 19;
  for (const line of wrap(
    bold,
    'Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026 và phát động phong trào thi đua năm 2027',
    13,
    400,
  )) {
    drawCentered(page, bold, line, A4[0] / 2, y, 13);
    y -= 17;
  }
  y -= 4;
  page.drawLine({ start: { x: A4[0] / 2 - 50, y: y + 6 }, end: { x: A4[0] / 2 + 50, y: y + 6 }, thickness: 0.7 });
  y -= 18;

  const ensure = (needed: number) => {
    if (y - needed < 70) {
      page = doc.addPage(A4);
      y = A4[1] - 70;
    }
  };
  const paragraph = (text: string, face: FontFace = regular, indent = 28) => {
    const lines = wrap(face, text, size, textWidth, indent);
    lines.forEach((line, i) => {
      ensure(lead);
      drawText(page, face, line, left + (i === 0 ? indent : 0), y, size);
      y -= lead;
    });
    y -= 3;
  };

  paragraph('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;', italic);
  paragraph(
    'Căn cứ Chỉ thị số 02/CT-UBND ngày 09 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026;',
    italic,
  );
  paragraph(
    'Để đánh giá kết quả phong trào thi đua năm 2026, tôn vinh các tập thể, cá nhân tiêu biểu và phát động phong trào thi đua năm 2027, Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức Hội nghị như sau:',
  );

  const heading = (text: string) => {
    ensure(lead * 2);
    y -= 4;
    drawText(page, bold, text, left + 28, y, size);
    y -= lead;
  };

  heading('I. MỤC ĐÍCH, YÊU CẦU');
  paragraph(
    '- Đánh giá toàn diện kết quả phong trào thi đua năm 2026; chỉ rõ những cách làm hiệu quả và những hạn chế cần khắc phục.',
  );
  paragraph(
    '- Biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc; phát động đợt thi đua đặc biệt chào mừng kỷ niệm 80 năm Ngày Thương binh - Liệt sĩ.',
  );
  paragraph('- Hội nghị tổ chức trang trọng, thiết thực, tiết kiệm, kết hợp trực tiếp và trực tuyến.');

  heading('II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN');
  paragraph('1. Thời gian: một buổi, từ 08 giờ 00 đến 11 giờ 30 ngày 15/12/2026.');
  paragraph(
    '2. Địa điểm: điểm cầu chính tại Hội trường Trung tâm Hành chính tỉnh, số 36 Trần Phú, phường Xuân Hương - Đà Lạt; điểm cầu cấp xã tại phòng họp trực tuyến của Ủy ban nhân dân các xã, phường, đặc khu.',
  );
  paragraph(
    '3. Thành phần: lãnh đạo Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; thành viên Hội đồng Thi đua - Khen thưởng tỉnh; cụm trưởng, khối trưởng thi đua năm 2026; đại diện các tập thể, cá nhân được khen thưởng.',
  );

  heading('III. NỘI DUNG, CHƯƠNG TRÌNH');
  paragraph(
    'Trình chiếu phóng sự; báo cáo tổng kết; tham luận; trao Cờ thi đua, Bằng khen của Ủy ban nhân dân tỉnh; phát biểu chỉ đạo, phát động phong trào thi đua năm 2027; ký kết giao ước thi đua.',
  );

  heading('IV. TỔ CHỨC THỰC HIỆN');
  paragraph(
    'Sở Nội vụ chủ trì chuẩn bị nội dung, phối hợp với Văn phòng Ủy ban nhân dân tỉnh tổ chức Hội nghị; Ủy ban nhân dân các xã, phường, đặc khu bố trí điểm cầu tại địa phương. Kinh phí bố trí từ dự toán ngân sách năm 2026 giao Sở Nội vụ./.',
  );

  // Recipients (left) and signature block (right).
  ensure(150);
  y -= 10;
  const blockTop = y;
  drawText(page, bold, 'Nơi nhận:', left, y, 11.5);
  y -= 14;
  for (const r of [
    '- Thường trực Tỉnh ủy (b/c);',
    '- Thường trực HĐND tỉnh (b/c);',
    '- CT, các PCT UBND tỉnh;',
    '- Thành viên Hội đồng TĐ-KT tỉnh;',
    '- Các cơ quan, đơn vị, địa phương tại mục II;',
    '- Báo và Phát thanh, Truyền hình Lâm Đồng;',
    '- Lưu: VT, NV.',
  ]) {
    drawText(page, regular, r, left, y, 10.5);
    y -= 13;
  }
  const signX = 420;
  let sy = blockTop;
  drawCentered(page, bold, 'KT. CHỦ TỊCH', signX, sy, 12.5);
  sy -= 16;
  drawCentered(page, bold, 'PHÓ CHỦ TỊCH', signX, sy, 12.5);
  sy -= 20;
  drawCentered(page, italic, '(Đã ký)', signX, sy, 11);
  sy -= 52;
  drawCentered(page, bold, 'Đinh Thị Bích Ngọc', signX, sy, 12.5);

  const bytes = await doc.save({ useObjectStreams: false });
  writeFileSync(out, bytes);
  return bytes.length;
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  for (const job of jobs) {
    const rng = mulberry32(seedOf(job.path));
    const svg = 'scene' in job ? scenes[job.scene]!(rng) : portraitSvg(job.portrait, rng);
    const out = contentDir + job.path;
    const bytes = await renderJpeg(svg, out);
    console.log(`${job.path}  ${(bytes / 1024).toFixed(0)} KB`);
  }
  const pdf = 'documents/ke-hoach-to-chuc-hoi-nghi-tong-ket-thi-dua-khen-thuong-nam-2026.pdf';
  const size = await buildPdf(contentDir + pdf);
  console.log(`${pdf}  ${(size / 1024).toFixed(0)} KB`);
}

await main();
