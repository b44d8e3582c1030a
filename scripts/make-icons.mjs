#!/usr/bin/env node
// Draws the web app manifest's icons from public/favicon.svg (the ring of stars) with the
// system Chromium, so they can be drawn again whenever the favicon changes:
//
//   node scripts/make-icons.mjs      writes public/icons/icon-{192,512}.png and icon-maskable-512.png
//
// The plain icons are the favicon as it is (rounded square). The maskable one fills the whole
// square with the blue, since the launcher cuts its own shape; the ring stays inside the
// central 80 % circle that every mask keeps (its outer edge is at 33 % of the width from the centre).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const favicon = readFileSync(path.join(root, 'public', 'favicon.svg'), 'utf8');
const outDir = path.join(root, 'public', 'icons');

/** The favicon with square corners: the launcher's mask gives the shape. */
const maskable = favicon.replace(/<rect ([^>]*?)rx="[^"]*"/, '<rect $1');
if (maskable === favicon) throw new Error('make-icons: the favicon has no rounded <rect> to square off');

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const executablePath = findChromium();
if (!executablePath) throw new Error('make-icons: no Chromium found (see scripts/ensure-chromium.mjs)');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.locator('svg').screenshot({ path: path.join(outDir, file), omitBackground: true });
    await page.close();
    console.log(`make-icons: public/icons/${file} (${size} × ${size})`);
  }
} finally {
  await browser.close();
}
