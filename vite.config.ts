/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The production build allows only its own origin: no script, style, font or request from any
 * other host. Added at build time only, because the development server needs inline scripts
 * for hot reloading.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * write-excel-file zips with fflate's asynchronous `zip`, which runs files of 160 kB or more in
 * a Worker made from a blob: URL. The Content-Security-Policy above refuses such a Worker and
 * fflate then never answers, so a large XLSX would never arrive. Its `fflate` is this repository's
 * src/lib/zipWithoutWorkers.ts, which zips on the main thread (the file is made once, on a click).
 */
function xlsxZipWithoutWorkers(): Plugin {
  const shim = fileURLToPath(new URL('./src/lib/zipWithoutWorkers.ts', import.meta.url));
  return {
    name: 'xlsx-zip-without-workers',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'fflate' && importer && /[\\/]node_modules[\\/]write-excel-file[\\/]/.test(importer)) return shim;
      return null;
    },
  };
}

/**
 * Chunks made by what a first visit needs, not only by which screens share a module. Left to
 * itself the bundler split the modules that the entry shares with lazy screens into 15 small
 * chunks, and a project page's into 14 more: each one a request, and on a slow phone network a
 * round trip before the screen can draw. So two groups, gathered once the module graph is known:
 * - `index`: every module the entry imports statically, in the entry's chunk;
 * - `project-page`: what a project page needs beyond that, in one chunk, since it is the screen
 *   every list click opens. Other screens that share a part of it (the dialogs, the tables)
 *   load it with them: 18 KiB compressed.
 * Measured with `npm run audit` (docs/performance.md).
 */
const PROJECT_PAGE = fileURLToPath(new URL('./src/features/projects/ProjectPage.tsx', import.meta.url));
function firstVisitChunks(): Plugin {
  let start = new Set<string>();
  let projectPage = new Set<string>();
  return {
    name: 'first-visit-chunks',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: [
                { name: 'index', test: (id: string) => start.has(id), priority: 2 },
                { name: 'project-page', test: (id: string) => projectPage.has(id), priority: 1 },
              ],
            },
          },
        },
      },
    }),
    buildEnd() {
      const staticImports = (roots: string[]) => {
        const seen = new Set<string>();
        const queue = [...roots];
        while (queue.length > 0) {
          const id = queue.pop()!;
          if (seen.has(id)) continue;
          seen.add(id);
          queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      start = staticImports([...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry));
      projectPage = new Set([...staticImports([PROJECT_PAGE])].filter((id) => !start.has(id)));
    },
  };
}

/** The favicon's blue: the header, the installed app's title bar and its splash screen. */
export const THEME_COLOUR = '#003399';

/**
 * The service worker and web app manifest (vite-plugin-pwa, Workbox's generateSW). It precaches
 * everything the build emits, lazy chunks included, so after one visit every screen opens with
 * no network. A new version waits until the person reloads (src/lib/serviceWorker.ts); the
 * registration is ours, not the plugin's, so that workbox-window loads after the first paint.
 */
function serviceWorker() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    includeAssets: ['favicon.svg'],
    manifest: {
      // One name for both languages, as the page title has it; Latvian first, as the UI starts.
      name: 'ES projektu portfelis · EU Projects Portfolio',
      short_name: 'Portfelis · Portfolio',
      description: 'EU Projects Portfolio — ES projektu portfelis',
      lang: 'lv',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: '#ffffff',
      // Drawn from public/favicon.svg by scripts/make-icons.mjs.
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      // Deep links (/projects/sample-wir, /dashboard) open the app shell, with or without a network.
      navigateFallback: '/index.html',
      // … but a file at the top (/robots.txt, /sw.js), under /assets or /icons, or the sync
      // server behind /couchdb/ (its Fauxton at /couchdb/_utils/) is never the app.
      navigateFallbackDenylist: [/^\/[^/]+\.[^/]+$/, /^\/(assets|icons|couchdb)\//],
      // The first install takes the open page at once, so it is offline-ready without a reload.
      // Updates still wait: no skipWaiting until the person says so.
      clientsClaim: true,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  });
}

/**
 * The shared portfolio's CouchDB on this origin, as nginx has it in production
 * (deploy/nginx/eu-portfolio.conf): /couchdb/_session → <SYNC_SERVER_URL>/_session. So the app
 * keeps `connect-src 'self'`, and the session cookie CouchDB sets is this origin's. The target is
 * `npm run sync-server` unless SYNC_SERVER_URL names another.
 */
export function syncServerProxy(target = process.env.SYNC_SERVER_URL || 'http://127.0.0.1:5984') {
  return {
    '/couchdb/': {
      target,
      changeOrigin: true,
      rewrite: (path: string) => path.replace(/^\/couchdb/, ''),
    },
  };
}

/** Tests that run without a DOM (see `test.projects`). */
const NODE_TESTS = ['src/domain/**/*.test.{ts,tsx}', 'src/db/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/sync-server/**/*.test.{ts,tsx}'];

/** Where the unit tests' unhandled errors are listed, one a line, for `npm test`'s summary (scripts/test-all.mjs reads it). */
const UNHANDLED_TEST_ERRORS = fileURLToPath(new URL('./.tmp/vitest-unhandled.txt', import.meta.url));

/**
 * Every unhandled error of a unit test run is written to UNHANDLED_TEST_ERRORS, so that the
 * summary at the end of `npm test` names it (the run's log can be long). One kind is not counted
 * as a failure: a module that a screen asked for after its test file had ended and its
 * environment was torn down (vitest's EnvironmentTeardownError, "Cannot load … after the
 * environment was torn down" or "Closing rpc while … was pending"). A screen preloads code it
 * will need (charts, a dialog, the validation of what it reads) without waiting for it, and a
 * test that has seen what it checks does not wait either. Such an error cannot change what any
 * test saw; it is listed, marked "ignored", and nothing else is.
 */
function unhandledTestError(error: { name?: string; message?: string; VITEST_TEST_PATH?: unknown }): boolean {
  const lateImport = error.name === 'EnvironmentTeardownError';
  const file = typeof error.VITEST_TEST_PATH === 'string' ? path.relative(process.cwd(), error.VITEST_TEST_PATH) : 'unknown file';
  const firstLine = `${error.name ?? 'Error'}: ${String(error.message ?? '').split('\n')[0]}`;
  mkdirSync(path.dirname(UNHANDLED_TEST_ERRORS), { recursive: true });
  appendFileSync(UNHANDLED_TEST_ERRORS, `${lateImport ? 'ignored' : 'counted'}\t${file}\t${firstLine}\n`);
  return !lateImport;
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), xlsxZipWithoutWorkers(), serviceWorker(), firstVisitChunks()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: { proxy: syncServerProxy() },
  preview: { proxy: syncServerProxy() },
  test: {
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // Generous limits: CI runs on a 2-core machine, and jsdom tests that draw a whole screen have
    // taken 4 s there (the default is 5 s). A limit is a guard against a hang, not a speed target;
    // speed is measured in `npm run bench`.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    onUnhandledError: unhandledTestError,
    // The pure domain and the storage layer need no DOM: they run in Node, which starts several
    // times faster than jsdom. By folder, so a new test file cannot forget to say so.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: [...NODE_TESTS] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.{ts,tsx}'], exclude: [...NODE_TESTS] },
      },
    ],
  },
});
