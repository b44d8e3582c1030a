// The in-page halves of the feature benches (scripts/bench/<name>-entry.ts), bundled as ES
// modules and served from the app's own origin: a module there may start the app's workers
// (`new URL(…, import.meta.url)`) and reach its same-origin proxy, which a classic script
// injected from elsewhere cannot.
/* global window */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDirOf = (name) => path.join(root, '.tmp', `bench-${name}`);

/** Bundle scripts/bench/<name>-entry.ts into .tmp/bench-<name>/. */
export async function bundleModule(name) {
  const outDir = outDirOf(name);
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      lib: { entry: path.join(root, 'scripts', 'bench', `${name}-entry.ts`), formats: ['es'], fileName: () => `${name}-entry.js` },
      outDir,
      emptyOutDir: true,
      write: true,
      minify: true,
    },
  });
  const bundlePath = path.join(outDir, `${name}-entry.js`);
  if (!existsSync(bundlePath)) throw new Error(`the ${name} bench bundle ${bundlePath} was not written`);
}

/** Serve the bundle (and its worker files) under /__<name>-bench/ on the page's origin, load it, and wait for `window[global]`. */
export async function loadModule(page, name, global) {
  const outDir = outDirOf(name);
  const origin = new URL(page.url()).origin;
  const prefix = `/__${name}-bench/`;
  await page.route(`${origin}${prefix}**`, (route) => {
    const file = path.join(outDir, decodeURIComponent(new URL(route.request().url()).pathname.replace(prefix, '')));
    if (!file.startsWith(outDir) || !existsSync(file)) return route.fulfill({ status: 404 });
    return route.fulfill({ path: file, contentType: 'text/javascript' });
  });
  await page.addScriptTag({ url: `${origin}${prefix}${name}-entry.js`, type: 'module' });
  await page.waitForFunction((key) => key in window, global);
}
