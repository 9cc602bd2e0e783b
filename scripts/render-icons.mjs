// Renders scripts/icon.svg to the extension's manifest icons, public/icon/{16,32,48,128}.png.
//
//   node scripts/render-icons.mjs
//
// Uses what the project already has: playwright-core driving the system Chromium
// (override with CHROMIUM_PATH=/path/to/chromium, as the e2e tests do). Each size is
// drawn by loading the SVG as an <img> of exactly that many pixels, so the media queries
// inside icon.svg pick the pixel-tuned drawing for 16 and 32 px, and the page background
// is left transparent.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'scripts', 'icon.svg');
const outDir = join(root, 'public', 'icon');
const sizes = [16, 32, 48, 128];
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: install Debian's chromium or set CHROMIUM_PATH.`);
  process.exit(1);
}

const svgUri = `data:image/svg+xml;base64,${readFileSync(source).toString('base64')}`;

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
        `<img id="icon" src="${svgUri}" width="${size}" height="${size}" style="display:block"></body></html>`,
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
      const img = new Image();
      img.src = uri;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
      context.drawImage(img, 0, 0);
      return context.getImageData(0, canvas.height >> 1, 1, 1).data[3];
    }, `data:image/png;base64,${png.toString('base64')}`);
    if ((size <= 32) !== (edgeAlpha === 255)) {
      throw new Error(`icon.svg drew the wrong variant at ${size} px (left-edge alpha ${edgeAlpha})`);
    }
    const file = join(outDir, `${size}.png`);
    writeFileSync(file, png);
    process.stdout.write(`wrote ${file} (${size}x${size}, ${png.length} bytes)\n`);
  }
} finally {
  await browser.close();
}
