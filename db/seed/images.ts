/**
 * Demo product pictures, drawn rather than downloaded: each image is a small SVG illustration
 * for its product's kind (honey jar, tea leaves, fruit, embroidery…) rendered with sharp to
 * WebP at every width in IMAGE_WIDTHS. No text is drawn, so no font is ever needed.
 * Files are `${mediaDir}/${storageKey}-${width}.webp`; existing files are skipped.
 */
import { existsSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { Motif } from "./demo-data";
import type { DemoImage, ImageArt } from "./generate";
import { createRng, hashSeed, type Rng } from "./random";

/** Side of the rendered original, in pixels (images are square). */
export const ORIGINAL_SIZE = 1200;
/** WebP quality: small files for rural 3G readers, still clean on flat illustrations. Effort 2
 * encodes about twice as fast as the default for flat art, at a few per cent more bytes. */
const WEBP_QUALITY = 70;
/** SVG user units; the art is drawn on a 600×600 board and scaled to ORIGINAL_SIZE. */
const S = 600;

// ---------------------------------------------------------------------------------------
// colour helpers

function parseHex(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}
function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.max(0, Math.min(255, Math.round(v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")}`;
}
/** Mixes two colours; t = 0 gives a, 1 gives b. */
function mix(a: string, b: string, t: number): string {
  const x = parseHex(a);
  const y = parseHex(b);
  return toHex([x[0] + (y[0] - x[0]) * t, x[1] + (y[1] - x[1]) * t, x[2] + (y[2] - x[2]) * t]);
}
const lighten = (c: string, t: number) => mix(c, "#ffffff", t);
const darken = (c: string, t: number) => mix(c, "#000000", t);
const r1 = (n: number) => Math.round(n * 10) / 10;

// ---------------------------------------------------------------------------------------
// motif drawings: each returns SVG elements on the 600×600 board, centred near (300, 330)

type Draw = (rng: Rng, tint: string) => string;

function jar(rng: Rng, tint: string, cx = 300, scale = 1): string {
  const w = 190 * scale;
  const h = 240 * scale;
  const x = cx - w / 2;
  const y = 460 - h;
  const lid = darken("#8a5a2b", rng.next() * 0.2);
  const label = lighten("#f4ead2", rng.next() * 0.3);
  let hex = "";
  for (let i = 0; i < 3; i++) {
    const hx = cx - 30 * scale + i * 30 * scale;
    const hy = y + h * 0.52;
    hex += `<polygon points="${[0, 60, 120, 180, 240, 300]
      .map(
        (a) =>
          `${r1(hx + 12 * scale * Math.cos((a * Math.PI) / 180))},${r1(hy + 12 * scale * Math.sin((a * Math.PI) / 180))}`,
      )
      .join(" ")}" fill="none" stroke="${darken(tint, 0.2)}" stroke-width="${r1(3 * scale)}"/>`;
  }
  return `
    <rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" rx="${r1(36 * scale)}" fill="url(#body)"/>
    <rect x="${r1(x + 18 * scale)}" y="${r1(y + 26 * scale)}" width="${r1(16 * scale)}" height="${r1(h - 60 * scale)}" rx="${r1(8 * scale)}" fill="#ffffff" opacity="0.35"/>
    <rect x="${r1(x + 10 * scale)}" y="${r1(y + h * 0.36)}" width="${r1(w - 20 * scale)}" height="${r1(h * 0.32)}" rx="${r1(10 * scale)}" fill="${label}"/>
    ${hex}
    <rect x="${r1(x + 8 * scale)}" y="${r1(y - 34 * scale)}" width="${r1(w - 16 * scale)}" height="${r1(44 * scale)}" rx="${r1(10 * scale)}" fill="${lid}"/>
    <path d="M${r1(x + 30 * scale)},${r1(y + 8 * scale)} q${r1(10 * scale)},${r1(34 * scale)} ${r1(20 * scale)},0 q${r1(15 * scale)},${r1(22 * scale)} ${r1(30 * scale)},0" fill="${tint}"/>`;
}

const drawJar: Draw = (rng, tint) => {
  const dipper = `<g transform="rotate(${rng.int(-35, -20)} 470 420)">
      <rect x="462" y="250" width="14" height="190" rx="7" fill="#9a6a3a"/>
      ${[0, 1, 2, 3].map((i) => `<ellipse cx="469" cy="${400 + i * 16}" rx="${30 - i * 2}" ry="8" fill="${darken(tint, 0.05 * i)}"/>`).join("")}
    </g>`;
  const second = rng.chance(0.5) ? jar(rng, tint, 160, 0.6) : "";
  return second + jar(rng, tint) + dipper;
};

const drawComb: Draw = (rng, tint) => {
  const cells: string[] = [];
  const r = 34;
  for (let row = 0; row < 7; row++) {
    for (let col = 0; col < 7; col++) {
      const cx = 120 + col * r * 1.75 + (row % 2) * r * 0.87;
      const cy = 170 + row * r * 1.5;
      if ((cx - 300) ** 2 + (cy - 330) ** 2 > 230 ** 2) continue;
      const fill = rng.chance(0.35) ? lighten(tint, 0.45) : darken(tint, rng.next() * 0.25);
      const pts = [30, 90, 150, 210, 270, 330]
        .map(
          (a) =>
            `${r1(cx + r * Math.cos((a * Math.PI) / 180))},${r1(cy + r * Math.sin((a * Math.PI) / 180))}`,
        )
        .join(" ");
      cells.push(
        `<polygon points="${pts}" fill="${fill}" stroke="${lighten(tint, 0.6)}" stroke-width="5"/>`,
      );
    }
  }
  return cells.join("") + `<path d="M300,470 q-10,40 0,60 q10,-20 0,-60" fill="${tint}"/>`;
};

function leaf(x: number, y: number, len: number, angle: number, fill: string): string {
  const w = len * 0.42;
  return `<g transform="translate(${r1(x)} ${r1(y)}) rotate(${r1(angle)})">
    <path d="M0,0 C${r1(w)},${r1(-len * 0.25)} ${r1(w)},${r1(-len * 0.75)} 0,${r1(-len)} C${r1(-w)},${r1(-len * 0.75)} ${r1(-w)},${r1(-len * 0.25)} 0,0Z" fill="${fill}"/>
    <path d="M0,-4 L0,${r1(-len + 8)}" stroke="${lighten(fill, 0.35)}" stroke-width="3" fill="none"/>
  </g>`;
}

const drawLeaves: Draw = (rng, tint) => {
  // Red-leaning tints are black teas (amber liquor); green ones brew pale yellow-green.
  const [red, green] = parseHex(tint);
  const liquor = red > green ? mix(tint, "#d2691e", 0.4) : mix(tint, "#e8d36a", 0.55);
  const cup = `
    <ellipse cx="300" cy="470" rx="170" ry="34" fill="#f5f1e8" stroke="#d9d2c0" stroke-width="4"/>
    <path d="M180,330 Q186,460 300,462 Q414,460 420,330Z" fill="#fbfaf6" stroke="#d9d2c0" stroke-width="4"/>
    <ellipse cx="300" cy="330" rx="120" ry="26" fill="${liquor}"/>
    <path d="M420,360 q50,0 42,45 q-6,30 -52,30" fill="none" stroke="#ece6d8" stroke-width="14"/>`;
  const leaves: string[] = [];
  const n = rng.int(7, 11);
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2 + rng.next() * 0.4;
    const d = 200 + rng.next() * 60;
    leaves.push(
      leaf(
        300 + Math.cos(a) * d,
        320 + Math.sin(a) * d * 0.8,
        rng.int(50, 85),
        rng.int(0, 359),
        darken(tint, rng.next() * 0.3),
      ),
    );
  }
  return leaves.join("") + cup;
};

const drawTeaCake: Draw = (rng, tint) => {
  const marks: string[] = [];
  for (let i = 0; i < 140; i++) {
    const a = rng.next() * Math.PI * 2;
    const d = Math.sqrt(rng.next()) * 175;
    const x = 300 + Math.cos(a) * d;
    const y = 320 + Math.sin(a) * d;
    const len = rng.int(10, 24);
    const ang = rng.next() * Math.PI;
    const c = rng.chance(0.5)
      ? lighten(tint, 0.25 + rng.next() * 0.2)
      : darken(tint, 0.2 + rng.next() * 0.2);
    marks.push(
      `<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x + Math.cos(ang) * len)}" y2="${r1(y + Math.sin(ang) * len)}" stroke="${c}" stroke-width="4" stroke-linecap="round"/>`,
    );
  }
  return `<circle cx="306" cy="330" r="205" fill="#efe6cf"/>
    <circle cx="300" cy="320" r="190" fill="${tint}"/>
    ${marks.join("")}
    <circle cx="300" cy="320" r="22" fill="${darken(tint, 0.3)}"/>
    ${leaf(120, 520, 60, 40, lighten(tint, 0.2))}${leaf(480, 540, 55, -60, lighten(tint, 0.1))}`;
};

function fruitBall(x: number, y: number, r: number, tint: string, rng: Rng): string {
  const leafC = rng.pick(["#4d8a32", "#5e9a3a", "#3f7a2b"]);
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r1(r)}" fill="${tint}"/>
    <circle cx="${r1(x - r * 0.35)}" cy="${r1(y - r * 0.35)}" r="${r1(r * 0.28)}" fill="#ffffff" opacity="0.35"/>
    <path d="M${r1(x)},${r1(y - r * 0.9)} q4,-${r1(r * 0.35)} 12,-${r1(r * 0.45)}" stroke="#5a3a1a" stroke-width="6" fill="none" stroke-linecap="round"/>
    ${rng.chance(0.6) ? leaf(x + 10, y - r * 0.95, r * 0.7, rng.int(40, 80), leafC) : ""}`;
}

const drawFruit: Draw = (rng, tint) => {
  const out: string[] = [];
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    const x = 150 + (i * 300) / Math.max(1, n - 1) + rng.int(-20, 20);
    const y = 400 - (i % 2) * 70 + rng.int(-15, 15);
    out.push(
      fruitBall(
        x,
        y,
        rng.int(78, 100),
        mix(tint, rng.chance(0.5) ? "#ffffff" : "#000000", rng.next() * 0.12),
        rng,
      ),
    );
  }
  // A cut half in front shows the flesh.
  const flesh = lighten(mix(tint, "#ffd27a", 0.5), 0.35);
  out.push(`<circle cx="380" cy="500" r="70" fill="${tint}"/><circle cx="380" cy="500" r="60" fill="${flesh}"/>
    ${[0, 1, 2, 3, 4, 5, 6, 7].map((k) => `<line x1="380" y1="500" x2="${r1(380 + 56 * Math.cos((k * Math.PI) / 4))}" y2="${r1(500 + 56 * Math.sin((k * Math.PI) / 4))}" stroke="${lighten(flesh, 0.4)}" stroke-width="3"/>`).join("")}`);
  return out.join("");
};

const drawKiwi: Draw = (rng, tint) => {
  // Fuzzy brown whole fruits behind, one cut half in front showing the red heart.
  const whole = [0, 1, 2]
    .map((i) => {
      const cx = 160 + i * 140 + rng.int(-10, 10);
      const cy = 300 - (i % 2) * 50;
      const c = darken(tint, rng.next() * 0.15);
      return `<ellipse cx="${cx}" cy="${cy}" rx="105" ry="84" fill="${c}" stroke="${darken(c, 0.25)}" stroke-width="4"/>
        <ellipse cx="${cx - 35}" cy="${cy - 30}" rx="30" ry="16" fill="#ffffff" opacity="0.18"/>`;
    })
    .join("");
  const seeds = Array.from({ length: 18 }, (_, k) => {
    const a = (k / 18) * Math.PI * 2;
    const x = r1(330 + Math.cos(a) * 58);
    const y = r1(460 + Math.sin(a) * 58);
    return `<ellipse cx="${x}" cy="${y}" rx="5" ry="9" transform="rotate(${r1((a * 180) / Math.PI + 90)} ${x} ${y})" fill="#1f1a14"/>`;
  }).join("");
  return `${whole}<circle cx="330" cy="460" r="128" fill="${tint}"/><circle cx="330" cy="460" r="118" fill="#8cbf3f"/>
    <circle cx="330" cy="460" r="72" fill="#c0392b" opacity="0.85"/><circle cx="330" cy="460" r="38" fill="#f4efd2"/>${seeds}`;
};

const drawWalnut: Draw = (rng, tint) => {
  // Back rim, then the nuts heaped above it, then the bowl's front.
  const nuts: string[] = [`<ellipse cx="300" cy="400" rx="190" ry="40" fill="#8a5a2e"/>`];
  const bowl = `<path d="M110,400 Q120,570 300,570 Q480,570 490,400 Q300,446 110,400Z" fill="#b07a45"/>`;
  for (let i = 0; i < 7; i++) {
    const x = 170 + (i % 4) * 85 + rng.int(-10, 10) + (i >= 4 ? 40 : 0);
    const y = i >= 4 ? 320 : 385;
    const c = darken(tint, rng.next() * 0.2);
    nuts.push(`<ellipse cx="${x}" cy="${y}" rx="48" ry="42" fill="${c}"/>
      <path d="M${x - 30},${y - 10} q10,-14 20,0 t20,0 t20,0" stroke="${darken(c, 0.3)}" stroke-width="4" fill="none"/>
      <path d="M${x - 28},${y + 12} q10,-14 20,0 t20,0 t20,0" stroke="${darken(c, 0.3)}" stroke-width="4" fill="none"/>
      <line x1="${x}" y1="${y - 40}" x2="${x}" y2="${y + 40}" stroke="${darken(c, 0.35)}" stroke-width="3"/>`);
  }
  return nuts.join("") + bowl;
};

const drawGrain: Draw = (rng, tint) => {
  const grains: string[] = [];
  for (let i = 0; i < 120; i++) {
    const x = 140 + rng.next() * 320;
    const y = 330 + rng.next() * 40 - Math.abs(x - 300) * 0.15;
    grains.push(
      `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="9" ry="5" transform="rotate(${rng.int(0, 179)} ${r1(x)} ${r1(y)})" fill="${mix(tint, rng.chance(0.5) ? "#ffffff" : "#000000", rng.next() * 0.2)}"/>`,
    );
  }
  const stalk = [0, 1, 2, 3, 4, 5]
    .map(
      (k) =>
        `<ellipse cx="${470 + k * 10}" cy="${150 + k * 26}" rx="9" ry="16" fill="#d8b45a" transform="rotate(-25 ${470 + k * 10} ${150 + k * 26})"/>`,
    )
    .join("");
  return `<path d="M470,120 Q520,260 540,420" stroke="#b8963f" stroke-width="6" fill="none"/>${stalk}
    <ellipse cx="300" cy="360" rx="180" ry="50" fill="${darken(tint, 0.15)}"/>${grains.join("")}
    <path d="M120,360 Q130,540 300,540 Q470,540 480,360Z" fill="#6f8fa8"/><path d="M120,360 Q300,400 480,360" stroke="#5a7790" stroke-width="6" fill="none"/>`;
};

const drawBottle: Draw = (rng, tint) => {
  const seeds = Array.from(
    { length: 9 },
    () =>
      `<circle cx="${rng.int(110, 490)}" cy="${rng.int(500, 545)}" r="${rng.int(10, 17)}" fill="${darken(tint, 0.3 + rng.next() * 0.2)}"/>`,
  ).join("");
  return `<path d="M262,120 h76 v70 q62,30 62,100 v200 q0,28 -28,28 h-144 q-28,0 -28,-28 v-200 q0,-70 62,-100Z" fill="#eef3f0" opacity="0.9"/>
    <path d="M214,300 q0,-60 48,-84 h76 q48,24 48,84 v190 q0,22 -22,22 h-128 q-22,0 -22,-22Z" fill="url(#body)"/>
    <rect x="230" y="250" width="14" height="220" rx="7" fill="#ffffff" opacity="0.35"/>
    <rect x="255" y="92" width="90" height="40" rx="8" fill="${darken(tint, 0.45)}"/>${seeds}`;
};

const drawShiitake: Draw = (rng, tint) => {
  const out: string[] = [];
  const n = rng.int(3, 5);
  for (let i = 0; i < n; i++) {
    const x = 140 + (i * 320) / Math.max(1, n - 1);
    const y = 380 - (i % 2) * 60;
    const w = rng.int(70, 95);
    const c = darken(tint, rng.next() * 0.2);
    const specks = Array.from(
      { length: 8 },
      () =>
        `<ellipse cx="${r1(x + (rng.next() - 0.5) * w * 1.4)}" cy="${r1(y - rng.next() * w * 0.6)}" rx="${rng.int(4, 9)}" ry="3" fill="#f3e9d6" opacity="0.8"/>`,
    ).join("");
    out.push(`<rect x="${x - 16}" y="${y - 10}" width="32" height="${w + 20}" rx="14" fill="#efe2c8"/>
      <path d="M${x - w},${y} Q${x - w},${y - w} ${x},${y - w} Q${x + w},${y - w} ${x + w},${y}Z" fill="${c}"/>${specks}`);
  }
  return out.join("");
};

const drawFungus: Draw = (rng, tint) => {
  const out: string[] = [];
  for (let b = 0; b < 4; b++) {
    const cx = 170 + (b % 2) * 220 + rng.int(-20, 20);
    const cy = 260 + Math.floor(b / 2) * 180 + rng.int(-20, 20);
    for (let k = 0; k < 7; k++) {
      const a = (k / 7) * Math.PI * 2;
      const rr = rng.int(38, 60);
      out.push(
        `<circle cx="${r1(cx + Math.cos(a) * 40)}" cy="${r1(cy + Math.sin(a) * 34)}" r="${rr}" fill="${mix(tint, "#ffffff", rng.next() * 0.15)}" stroke="${lighten(tint, 0.25)}" stroke-width="4"/>`,
      );
    }
    out.push(`<circle cx="${cx}" cy="${cy}" r="30" fill="${darken(tint, 0.15)}"/>`);
  }
  return out.join("");
};

const drawDates: Draw = (rng, tint) => {
  const out: string[] = [
    `<ellipse cx="300" cy="470" rx="230" ry="70" fill="#c9a66b"/><ellipse cx="300" cy="455" rx="210" ry="55" fill="#b08850"/>`,
  ];
  for (let i = 0; i < 16; i++) {
    const x = 130 + rng.next() * 340;
    const y = 330 + rng.next() * 120;
    const c = darken(tint, rng.next() * 0.25);
    out.push(`<g transform="rotate(${rng.int(-40, 40)} ${r1(x)} ${r1(y)})"><ellipse cx="${r1(x)}" cy="${r1(y)}" rx="44" ry="28" fill="${c}"/>
      <ellipse cx="${r1(x - 12)}" cy="${r1(y - 10)}" rx="16" ry="6" fill="#ffffff" opacity="0.3"/></g>`);
  }
  return out.join("");
};

const drawNoodles: Draw = (rng, tint) => {
  const lines: string[] = [];
  for (let i = 0; i < 46; i++) {
    const x = 200 + i * 4.5 + rng.int(-3, 3);
    lines.push(
      `<path d="M${x},110 Q${x + rng.int(-25, 25)},320 ${x + rng.int(-10, 10)},520" stroke="${mix(tint, rng.chance(0.5) ? "#ffffff" : "#000000", rng.next() * 0.15)}" stroke-width="6" fill="none"/>`,
    );
  }
  return `${lines.join("")}<rect x="185" y="300" width="240" height="34" rx="8" fill="#c0392b"/>`;
};

const drawBasket: Draw = (rng, tint) => {
  const strips: string[] = [];
  for (let i = 0; i < 9; i++) {
    const y = 300 + i * 26;
    strips.push(
      `<rect x="${r1(140 + i * 6)}" y="${y}" width="${r1(320 - i * 12)}" height="18" rx="6" fill="${i % 2 ? darken(tint, 0.12) : tint}"/>`,
    );
  }
  for (let k = 0; k < 11; k++) {
    const x = 160 + k * 28;
    strips.push(
      `<line x1="${x}" y1="292" x2="${r1(x + (x - 300) * -0.12)}" y2="530" stroke="${darken(tint, 0.28)}" stroke-width="5"/>`,
    );
  }
  const handle = rng.chance(0.6)
    ? `<path d="M170,300 Q300,110 430,300" stroke="${darken(tint, 0.2)}" stroke-width="18" fill="none"/>`
    : "";
  return `${handle}<ellipse cx="300" cy="296" rx="170" ry="34" fill="${darken(tint, 0.35)}"/>${strips.join("")}<ellipse cx="300" cy="292" rx="166" ry="22" fill="${lighten(tint, 0.15)}" opacity="0.5"/>`;
};

const drawSilver: Draw = (rng, tint) => {
  const out: string[] = [`<rect x="60" y="380" width="480" height="200" rx="30" fill="#3b2d4a"/>`];
  for (let i = 0; i < 3; i++) {
    const cx = 200 + i * 100;
    const cy = 330 + (i % 2) * 50;
    const dots = Array.from({ length: 16 }, (_, k) => {
      const a = (k / 16) * Math.PI * 2;
      return `<circle cx="${r1(cx + Math.cos(a) * 120)}" cy="${r1(cy + Math.sin(a) * 58)}" r="5" fill="${darken(tint, 0.3)}"/>`;
    }).join("");
    out.push(
      `<ellipse cx="${cx}" cy="${cy}" rx="120" ry="58" fill="none" stroke="${lighten(tint, rng.next() * 0.3)}" stroke-width="22"/>${dots}`,
    );
  }
  return out.join("");
};

const drawPaper: Draw = (rng, tint) => {
  const sheets = [0, 1, 2]
    .map(
      (i) =>
        `<rect x="130" y="150" width="340" height="340" rx="6" fill="${darken(tint, i * 0.05)}" transform="rotate(${(2 - i) * rng.int(3, 7)} 300 320)"/>`,
    )
    .join("");
  const fibres = Array.from({ length: 40 }, () => {
    const x = 150 + rng.next() * 300;
    const y = 170 + rng.next() * 300;
    return `<line x1="${r1(x)}" y1="${r1(y)}" x2="${r1(x + rng.int(-20, 20))}" y2="${r1(y + rng.int(-6, 6))}" stroke="${darken(tint, 0.15)}" stroke-width="2"/>`;
  }).join("");
  const flowers = Array.from({ length: 3 }, () => {
    const x = rng.int(190, 410);
    const y = rng.int(210, 430);
    const c = rng.pick(["#d98ca6", "#e0b04a", "#8fb86a", "#b07ac0"]);
    return [0, 72, 144, 216, 288]
      .map(
        (a) =>
          `<ellipse cx="${x}" cy="${y - 16}" rx="9" ry="16" fill="${c}" opacity="0.75" transform="rotate(${a} ${x} ${y})"/>`,
      )
      .join("");
  }).join("");
  return sheets + fibres + flowers;
};

const drawEmbroidery: Draw = (rng, tint) => {
  const palette = [
    tint,
    rng.pick(["#e2b13c", "#f0c75e"]),
    rng.pick(["#2f5d8a", "#1f3a6b"]),
    rng.pick(["#3f8a5a", "#5aa06a"]),
    "#f3ead8",
  ];
  const cells: string[] = [
    `<rect x="60" y="60" width="480" height="480" rx="12" fill="${darken(tint, 0.55)}"/>`,
  ];
  const step = 60;
  for (let row = 0; row < 7; row++) {
    for (let col = 0; col < 7; col++) {
      const cx = 120 + col * step;
      const cy = 120 + row * step;
      const c = palette[(row + col + rng.int(0, 1)) % palette.length] ?? tint;
      cells.push(
        `<polygon points="${cx},${cy - 26} ${cx + 26},${cy} ${cx},${cy + 26} ${cx - 26},${cy}" fill="${c}"/>`,
      );
      if ((row + col) % 2 === 0)
        cells.push(
          `<rect x="${cx - 7}" y="${cy - 7}" width="14" height="14" fill="${palette[4]}" transform="rotate(45 ${cx} ${cy})"/>`,
        );
    }
  }
  cells.push(
    `<rect x="60" y="60" width="480" height="480" rx="12" fill="none" stroke="${palette[1]}" stroke-width="14"/>`,
  );
  return cells.join("");
};

const drawBatik: Draw = (rng, tint) => {
  const out: string[] = [`<rect x="50" y="50" width="500" height="500" rx="10" fill="${tint}"/>`];
  for (let i = 0; i < 5; i++) {
    const cx = rng.int(130, 470);
    const cy = rng.int(130, 470);
    for (let k = 1; k <= 4; k++)
      out.push(
        `<circle cx="${cx}" cy="${cy}" r="${k * 16}" fill="none" stroke="#f4f1ea" stroke-width="5" opacity="${1 - k * 0.12}"/>`,
      );
  }
  for (let i = 0; i < 14; i++) {
    const x = rng.int(60, 540);
    const y = rng.int(60, 540);
    out.push(
      `<path d="M${x},${y} l${rng.int(-40, 40)},${rng.int(10, 40)} l${rng.int(-30, 30)},${rng.int(10, 40)}" stroke="${lighten(tint, 0.45)}" stroke-width="2" fill="none"/>`,
    );
  }
  return out.join("");
};

const drawChili: Draw = (rng, tint) => {
  const out: string[] = [];
  for (let i = 0; i < 7; i++) {
    const x = 120 + i * 55 + rng.int(-10, 10);
    const y = 220 + rng.int(0, 140);
    const c = darken(tint, rng.next() * 0.2);
    out.push(`<g transform="rotate(${rng.int(-30, 30)} ${x} ${y})">
      <path d="M${x},${y} q40,60 10,200 q-8,14 -14,0 q-20,-120 -28,-190Z" fill="${c}"/>
      <path d="M${x - 18},${y + 4} q18,-22 36,0Z" fill="#3f7a2b"/>
      <path d="M${x},${y - 8} q6,-20 -6,-34" stroke="#3f7a2b" stroke-width="6" fill="none"/>
      <path d="M${x + 4},${y + 30} q14,40 6,100" stroke="#ffffff" stroke-width="5" opacity="0.3" fill="none"/></g>`);
  }
  return out.join("");
};

const drawPepper: Draw = (rng, tint) => {
  const out: string[] = [
    `<ellipse cx="300" cy="420" rx="210" ry="80" fill="${darken(tint, 0.35)}"/>`,
  ];
  for (let i = 0; i < 170; i++) {
    const a = rng.next() * Math.PI * 2;
    const d = Math.sqrt(rng.next());
    const x = 300 + Math.cos(a) * d * 200;
    const y = 400 + Math.sin(a) * d * 70 - (1 - d) * 60;
    out.push(
      `<circle cx="${r1(x)}" cy="${r1(y)}" r="${rng.int(8, 12)}" fill="${rng.chance(0.08) ? "#1c1410" : mix(tint, rng.chance(0.5) ? "#ffffff" : "#000000", rng.next() * 0.2)}"/>`,
    );
  }
  out.push(`<path d="M420,140 Q380,200 360,280" stroke="#6a4a2a" stroke-width="6" fill="none"/>`);
  out.push(leaf(400, 180, 70, -70, "#4d8a32"), leaf(385, 220, 60, 60, "#5e9a3a"));
  return out.join("");
};

const DRAW: Record<Motif, Draw> = {
  jar: drawJar,
  comb: drawComb,
  leaves: drawLeaves,
  "tea-cake": drawTeaCake,
  fruit: drawFruit,
  kiwi: drawKiwi,
  walnut: drawWalnut,
  grain: drawGrain,
  bottle: drawBottle,
  shiitake: drawShiitake,
  fungus: drawFungus,
  dates: drawDates,
  noodles: drawNoodles,
  basket: drawBasket,
  silver: drawSilver,
  paper: drawPaper,
  embroidery: drawEmbroidery,
  batik: drawBatik,
  chili: drawChili,
  pepper: drawPepper,
};

/** Soft background hues per category, so a grid of cards reads as organised. */
const BACKDROP: Record<ImageArt["category"], readonly [string, string]> = {
  honey: ["#fff4d6", "#f7d98b"],
  tea: ["#eef6e4", "#c9e0b0"],
  fruit: ["#fff1e6", "#f8cfae"],
  nuts: ["#f6efe4", "#e0cdb0"],
  "grains-oils": ["#fbf6e6", "#eadcae"],
  mushrooms: ["#f3efe9", "#d9cfc2"],
  "dried-goods": ["#fbefe8", "#e9c6b4"],
  handicrafts: ["#f2f0ea", "#d8d2c4"],
  textiles: ["#efeff6", "#c9cbe0"],
  spices: ["#fff0ea", "#f3c1ad"],
};

/**
 * The SVG for one product image. Deterministic in (art, storageKey): the key seeds the
 * layout, and the position picks a framing (1: whole scene, 2: close-up, 3: tilted, paler).
 */
export function productImageSvg(art: ImageArt, storageKey: string, position: number): string {
  const rng = createRng(hashSeed(storageKey));
  const [bgA, bgB] = BACKDROP[art.category];
  const shift = position === 3 ? 0.35 : 0;
  const top = lighten(bgA, shift);
  const bottom = mix(bgB, bgA, shift + rng.next() * 0.2);
  const halo = `<circle cx="${rng.int(150, 450)}" cy="${rng.int(140, 260)}" r="${rng.int(170, 240)}" fill="#ffffff" opacity="0.35"/>`;
  const dots = Array.from(
    { length: 14 },
    () =>
      `<circle cx="${rng.int(0, S)}" cy="${rng.int(0, S)}" r="${rng.int(4, 12)}" fill="${lighten(art.tint, 0.6)}" opacity="0.5"/>`,
  ).join("");
  const frame =
    position === 2
      ? `translate(300 330) scale(1.45) translate(-300 -330)`
      : position === 3
        ? `rotate(${rng.int(-12, 12)} 300 300) translate(0 -10) scale(0.92) translate(26 26)`
        : "";
  const scene = DRAW[art.motif](rng, art.tint);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ORIGINAL_SIZE}" height="${ORIGINAL_SIZE}" viewBox="0 0 ${S} ${S}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>
    <linearGradient id="body" x1="0" y1="0" x2="1" y2="0"><stop offset="0" stop-color="${lighten(art.tint, 0.25)}"/><stop offset="1" stop-color="${darken(art.tint, 0.18)}"/></linearGradient>
  </defs>
  <rect width="${S}" height="${S}" fill="url(#bg)"/>${halo}${dots}
  <ellipse cx="300" cy="540" rx="250" ry="36" fill="#000000" opacity="0.08"/>
  <g transform="${frame}">${scene}</g>
</svg>`;
}

/** Where one width of an image lives in the media store. */
export function imagePath(mediaDir: string, storageKey: string, width: number): string {
  return path.join(mediaDir, `${storageKey}-${width}.webp`);
}

export type ImageToRender = Pick<DemoImage, "storageKey" | "position" | "widths" | "art">;

/**
 * Renders one image at all its widths unless every file already exists. The SVG is
 * rasterised once at the largest width and downscaled from those pixels; each file is
 * written under a temporary name and renamed, so a crash never leaves a truncated file
 * that a later run would skip.
 */
export async function renderProductImage(
  image: ImageToRender,
  mediaDir: string,
): Promise<"written" | "skipped"> {
  const targets = image.widths.map((w) => ({ w, file: imagePath(mediaDir, image.storageKey, w) }));
  if (targets.every((t) => existsSync(t.file))) return "skipped";
  const svg = productImageSvg(image.art, image.storageKey, image.position);
  // No alpha: the art is opaque, and 3-channel WebP encodes faster and smaller.
  const { data, info } = await sharp(Buffer.from(svg))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  await mkdir(path.dirname(targets[0]?.file ?? mediaDir), { recursive: true });
  await Promise.all(
    targets.map(async ({ w, file }) => {
      let pipeline = sharp(data, { raw });
      if (w !== info.width) pipeline = pipeline.resize(w, w, { kernel: "lanczos3" });
      const webp = await pipeline.webp({ quality: WEBP_QUALITY, effort: 2 }).toBuffer();
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, webp);
      await rename(tmp, file);
    }),
  );
  return "written";
}

export interface WriteImagesResult {
  written: number;
  skipped: number;
  ms: number;
}

/** Renders many images with a small worker pool (sharp itself uses several threads per image). */
export async function writeProductImages(
  images: readonly ImageToRender[],
  opts: { mediaDir: string; concurrency?: number; log?: (msg: string) => void },
): Promise<WriteImagesResult> {
  const t0 = performance.now();
  const concurrency = Math.max(1, Math.min(opts.concurrency ?? 3, 8));
  let next = 0;
  let written = 0;
  let skipped = 0;
  const worker = async () => {
    for (let i = next++; i < images.length; i = next++) {
      const image = images[i];
      if (!image) continue;
      if ((await renderProductImage(image, opts.mediaDir)) === "written") written++;
      else skipped++;
      if (written > 0 && written % 200 === 0) opts.log?.(`images: ${written} written…`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { written, skipped, ms: Math.round(performance.now() - t0) };
}
