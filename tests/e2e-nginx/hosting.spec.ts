// The build as a department hosts it: nginx with deploy/nginx/eu-portfolio.conf. Headers, caching,
// compression, deep links and the app itself, with its service worker.
import { expect, test, type APIResponse } from '@playwright/test';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** The build's Content-Security-Policy, as the <meta> tag in index.html carries it. */
async function metaPolicy(html: string): Promise<string> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(match, 'index.html carries the policy as a <meta> tag').not.toBeNull();
  return (match?.[1] ?? '').replaceAll('&#39;', "'");
}

function expectSecurityHeaders(response: APIResponse, policy: string) {
  const headers = response.headers();
  // The same policy as the meta tag, plus what only a header can say.
  expect(headers['content-security-policy']).toBe(`${policy}; frame-ancestors 'none'`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  const permissions = headers['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
  expect(permissions).not.toMatch(/=\((?!\))/); // nothing is allowed to anyone
}

test('every response carries the security headers; index.html and deep links are never cached stale', async ({ request }) => {
  const index = await request.get('/');
  expect(index.status()).toBe(200);
  const html = await index.text();
  const policy = await metaPolicy(html);
  for (const url of ['/', '/index.html', '/projects/sample-wir', '/dashboard', '/sw.js', '/manifest.webmanifest', '/robots.txt', '/favicon.svg', '/no-such-file.js']) {
    const response = await request.get(url);
    expectSecurityHeaders(response, policy);
    // Not content-hashed: always asked for again (revalidated with the ETag).
    expect(response.headers()['cache-control'], url).toBe('no-cache');
  }
  // A deep link is the app's page.
  expect(await (await request.get('/projects/sample-wir')).text()).toBe(html);
});

test('the service worker and the manifest are served no-cache, with the right types', async ({ request }) => {
  const sw = await request.get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['cache-control']).toBe('no-cache');
  expect(sw.headers()['content-type']).toMatch(/^application\/javascript/);
  expect(await sw.text()).toContain('precacheAndRoute');

  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['cache-control']).toBe('no-cache');
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const body = (await manifest.json()) as { display: string; icons: { src: string }[] };
  expect(body.display).toBe('standalone');
  for (const icon of body.icons) {
    const png = await request.get(icon.src);
    expect(png.status(), icon.src).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
  }
});

test('hashed assets are cached for a year as immutable and sent gzipped; a missing one is a 404, not the app', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const scripts = [...html.matchAll(/<script type="module"[^>]* src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const [entry] = scripts;
  expect(entry).toBeDefined();
  const script = await request.get(entry!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(script.status()).toBe(200);
  expect(script.headers()['cache-control']).toBe(YEAR_IMMUTABLE);
  expect(script.headers()['content-type']).toMatch(/^application\/javascript/);
  expect(script.headers()['content-encoding']).toBe('gzip');
  expect(script.headers()['vary']).toMatch(/Accept-Encoding/);

  const page = await request.get('/projects', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');

  const missing = await request.get('/assets/index-missing.js');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/robots.txt')).headers()['content-type']).toMatch(/^text\/plain/);
});

test('the app works: deep links reload, nothing is blocked, and it keeps working offline', async ({ page, context }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  const first = await page.goto('/projects/sample-wir');
  expect(first?.status()).toBe(200);
  await expect(page.locator('main h1')).toContainText('WIR');
  await page.reload();
  await expect(page.locator('main h1')).toContainText('WIR');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText(/^5 of 5 projects in scope\./)).toBeVisible();
  await page.goto('/timeline');
  await expect(page.locator('.tl-row[data-project]')).toHaveCount(5);

  // The service worker installs from nginx and takes the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  await context.setOffline(true);
  await page.goto('/projects/sample-decode');
  await expect(page.locator('main h1')).toContainText('DeCoDe');
  await context.setOffline(false);

  expect(problems).toEqual([]);
});
