#!/usr/bin/env node
// First-load JavaScript budget. After `vite build`, sums the gzip size (level 9)
// of the JS that dist/index.html loads before the first screen: every
// <script type="module" src> and <link rel="modulepreload" href>. Lazily
// loaded chunks (dynamic import()) are not part of it. Also prints the total
// of all JS in dist/assets and the five largest chunks.
//
//   node scripts/bundle-size.mjs           report only
//   node scripts/bundle-size.mjs --check   exit 1 when over the limit
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LIMIT_KIB = 200;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const indexHtml = path.join(dist, 'index.html');
const check = process.argv.includes('--check');

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

if (!existsSync(indexHtml)) {
  console.error(`bundle-size: ${path.relative(root, indexHtml)} not found. Run \`npm run build\` first.`);
  process.exit(1);
}

/** Attributes of an HTML start tag, lower-cased names, unquoted values. */
function attributes(tag) {
  const attrs = {};
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  const body = tag.replace(/^<\s*\w+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(re)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return attrs;
}

/** Maps a URL from index.html to a file inside dist/, or null if external. */
function toDistFile(url) {
  if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
  const clean = url.split(/[?#]/)[0];
  const rel = clean.replace(/^\.?\//, '');
  // With a non-root `base` the URL carries the base prefix; strip leading
  // segments until the file is found.
  const parts = rel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const candidate = path.join(dist, ...parts.slice(i));
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return path.join(dist, rel);
}

const html = readFileSync(indexHtml, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
const firstLoad = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const a = attributes(tag);
  if ((a.type ?? '').toLowerCase() === 'module' && a.src) {
    const f = toDistFile(a.src);
    if (f) firstLoad.add(f);
  }
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const a = attributes(tag);
  const rels = (a.rel ?? '').toLowerCase().split(/\s+/);
  if (rels.includes('modulepreload') && a.href) {
    const f = toDistFile(a.href);
    if (f) firstLoad.add(f);
  }
}

let missing = false;
let firstLoadBytes = 0;
const firstLoadRows = [];
for (const file of firstLoad) {
  if (!existsSync(file)) {
    console.error(`bundle-size: index.html references ${path.relative(root, file)}, which does not exist.`);
    missing = true;
    continue;
  }
  const size = gzipSize(file);
  firstLoadBytes += size;
  firstLoadRows.push([path.relative(dist, file), size]);
}

const assetsDir = path.join(dist, 'assets');
function listJs(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listJs(p);
    return /\.m?js$/.test(e.name) ? [p] : [];
  });
}
const allJs = listJs(assetsDir).map((f) => [path.relative(dist, f), gzipSize(f), statSync(f).size]);
const totalGzip = allJs.reduce((s, [, g]) => s + g, 0);
const totalRaw = allJs.reduce((s, [, , r]) => s + r, 0);

if (firstLoad.size === 0) {
  console.error('bundle-size: found no <script type="module" src> or <link rel="modulepreload"> in dist/index.html.');
  missing = true;
}

console.log('First-load JS (from dist/index.html):');
for (const [name, size] of firstLoadRows.sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kib(size).padStart(10)}  ${name}`);
}
console.log(`All JS in dist/assets: ${allJs.length} file(s), ${kib(totalGzip)} gzip (${kib(totalRaw)} raw)`);
console.log('Largest chunks (gzip):');
const firstLoadNames = new Set(firstLoadRows.map(([n]) => n));
for (const [name, size] of [...allJs].sort((a, b) => b[1] - a[1]).slice(0, 5)) {
  console.log(`  ${kib(size).padStart(10)}  ${name}${firstLoadNames.has(name) ? '  (first load)' : '  (lazy)'}`);
}

const over = firstLoadBytes > LIMIT_KIB * 1024;
console.log(`first-load JS: ${kib(firstLoadBytes)} gzip (limit ${LIMIT_KIB} KiB)${over ? ' -- OVER THE LIMIT' : ''}`);

if (check && (over || missing)) process.exit(1);
