// Longest task of a restore at N projects (ad hoc, not committed).
import { chromium } from '@playwright/test';
import { build } from 'vite';
import path from 'node:path';
const root = process.cwd();
const N = Number(process.argv[2] ?? 20000);
await build({ root, configFile: false, publicDir: false, logLevel: 'warn', build: { lib: { entry: path.join(root, 'scripts/bench/backup-entry.ts'), formats: ['iife'], name: 'B', fileName: () => 'b.js' }, outDir: '/tmp/ltb', emptyOutDir: true, minify: true } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await (await browser.newContext({ bypassCSP: true })).newPage();
await page.goto(process.argv[3] ?? 'http://127.0.0.1:4300/backup');
await page.getByRole('heading', { level: 1, name: 'Backup and restore' }).waitFor({ timeout: 60000 });
await page.addScriptTag({ path: '/tmp/ltb/b.js' });
console.log('seeded', await page.evaluate((n) => window.__backupBench.seed(n, 20240601), N));
await page.evaluate(() => window.__backupBench.ourExport());
await page.evaluate(() => window.__backupBench.makeEditedBackup());
for (let i = 0; i < 2; i++) {
  const r = await page.evaluate(() => window.__backupBench.ourImport(true));
  console.log(JSON.stringify(r));
}
await browser.close();
