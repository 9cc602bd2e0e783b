// Renders scripts/icon.svg to the extension's manifest icons, public/icon/{16,32,48,128}.png, and shrinks them.
//
//   node scripts/render-icons.mjs
//
// Uses what the project already has: playwright-core driving the system Chromium
// (override with CHROMIUM_PATH=/path/to/chromium, as the e2e tests do). Each size is
// drawn by loading the SVG as an <img> of exactly that many pixels, so the media queries
// inside icon.svg pick the pixel-tuned drawing for 16 and 32 px, and the page background
// is left transparent.
//
// Chromium's PNGs are then made smaller, when these Debian tools are installed
// (sudo apt-get install -y pngquant optipng zopfli):
//   - pngquant --quality=85-95 --nofs turns each one into a palette PNG with full alpha, undithered
//     (the drawing is flat colour; dithering only adds noise that compresses badly). It is
//     decoded in Chromium and compared with the plain render, laid on a white and on a black page,
//     and kept only if no channel of any pixel moved by more than MAX_ERROR of 255 (the current
//     drawing moves by at most 16, on antialiased edges; the mean is under 1); otherwise the
//     plain render goes on, losslessly;
//   - optipng -o7, then zopflipng -m, recompress losslessly, each kept only if it saves bytes.
// Together they take the four files from about 9.2 KB to about 4.1 KB. A missing tool is skipped
// with a note, and with none of them the PNGs are written as Chromium made them. Each "wrote"
// line says how its file was made, its size and, when quantised, its error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'scripts', 'icon.svg');
const outDir = join(root, 'public', 'icon');
const sizes = [16, 32, 48, 128];
const QUALITY = '85-95';
const MAX_ERROR = 24;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(1);
}

/** Whether a command-line tool can be started at all (a missing one fails with ENOENT). */
const has = (tool) => spawnSync(tool, ['--help'], { stdio: 'ignore' }).error === undefined;
const tools = { pngquant: has('pngquant'), optipng: has('optipng'), zopflipng: has('zopflipng') };
const missing = Object.keys(tools).filter((tool) => !tools[tool]);
if (missing.length > 0) {
  console.warn(
    `note: ${missing.join(', ')} not found, so the icons come out ${missing.length === 3 ? 'unoptimised' : 'less small'}; ` +
      `for the smallest files: sudo apt-get install -y pngquant optipng zopfli`,
  );
}

const run = (tool, args) => spawnSync(tool, args, { stdio: ['ignore', 'ignore', 'inherit'] }).status;

/** Recompresses file in place without changing a pixel; returns the steps that saved bytes. */
function recompress(file) {
  const steps = [];
  const candidate = `${file}.candidate.png`;
  const attempts = [
    ['optipng', ['-quiet', '-o7', '-strip', 'all', '-out', candidate, file]],
    ['zopflipng', ['-m', '-y', file, candidate]],
  ];
  for (const [tool, args] of attempts) {
    if (!tools[tool]) continue;
    rmSync(candidate, { force: true });
    if (run(tool, args) === 0 && existsSync(candidate) && statSync(candidate).size < statSync(file).size) {
      renameSync(candidate, file);
      steps.push(tool);
    }
  }
  rmSync(candidate, { force: true });
  return steps;
}

const svgUri = `data:image/svg+xml;base64,${readFileSync(source).toString('base64')}`;
const pngUri = (png) => `data:image/png;base64,${png.toString('base64')}`;
// In the page, pixels(uri) decodes a PNG to its straight-alpha RGBA bytes.
const pixelsScript = `<script>
  async function pixels(uri) {
    const img = new Image();
    img.src = uri;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  }
</script>`;
const work = mkdtempSync(join(tmpdir(), 'render-icons-'));

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 }, deviceScaleFactor: 1 });
  mkdirSync(outDir, { recursive: true });
  for (const size of sizes) {
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img id="icon" src="${svgUri}" width="${size}" height="${size}" style="display:block">${pixelsScript}</body></html>`,
    );
    const loaded = await page.evaluate(() =>
      /** @type {HTMLImageElement} */ (document.getElementById('icon'))
        .decode()
        .then(() => true, () => false),
    );
    if (!loaded) throw new Error(`Chromium could not load ${source}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    // The 16 and 32 px drawings are full bleed; the larger ones keep a transparent margin.
    // An opaque left edge is how we know icon.svg's media queries picked the right drawing.
    const edgeAlpha = await page.evaluate(async (uri) => {
      const { data, width, height } = await pixels(uri);
      return data[(height >> 1) * width * 4 + 3];
    }, pngUri(png));
    if ((size <= 32) !== (edgeAlpha === 255)) {
      throw new Error(`icon.svg drew the wrong variant at ${size} px (left-edge alpha ${edgeAlpha})`);
    }

    let out = png;
    let how = 'as rendered';
    const plain = join(work, `${size}.png`);
    const quantised = join(work, `${size}.q.png`);
    writeFileSync(plain, png);
    // pngquant exits 99 when it cannot reach the lower quality bound; the plain render is kept then.
    const quantise = ['--quality', QUALITY, '--speed', '1', '--nofs', '--strip', '--force', '--output', quantised, plain];
    if (tools.pngquant && run('pngquant', quantise) === 0) {
      const steps = recompress(quantised);
      const candidate = readFileSync(quantised);
      // The most any channel of any pixel moves, and the mean, with the icon laid on a white and on a black page.
      const error = await page.evaluate(
        async ([a, b]) => {
          const [p, q] = [await pixels(a), await pixels(b)];
          let max = 0;
          let sum = 0;
          for (let i = 0; i < p.data.length; i += 4) {
            const [alphaP, alphaQ] = [p.data[i + 3], q.data[i + 3]];
            for (const background of [0, 255]) {
              for (let c = 0; c < 3; c++) {
                const d = Math.abs(p.data[i + c] * alphaP - q.data[i + c] * alphaQ + background * (alphaQ - alphaP)) / 255;
                max = Math.max(max, d);
                sum += d;
              }
            }
          }
          return { max: Math.round(max), mean: sum / (p.data.length / 4) / 6 };
        },
        [pngUri(png), pngUri(candidate)],
      );
      if (error.max <= MAX_ERROR) {
        out = candidate;
        how = `pngquant ${QUALITY}${steps.map((s) => ` + ${s}`).join('')}, error max ${error.max} mean ${error.mean.toFixed(2)}`;
      } else {
        console.warn(`note: pngquant moved a pixel of the ${size} px icon by ${error.max} (> ${MAX_ERROR}): keeping it lossless`);
      }
    }
    if (out === png) {
      const steps = recompress(plain);
      if (steps.length > 0) {
        out = readFileSync(plain);
        how = `lossless ${steps.join(' + ')}`;
      }
    }
    const file = join(outDir, `${size}.png`);
    writeFileSync(file, out);
    process.stdout.write(`wrote ${file} (${size}x${size}, ${out.length} bytes, ${how})\n`);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
