// An internal tool: robots.txt asks every crawler to stay out, and is served as itself rather
// than falling through to the app's index.html.
import { expect, test } from '@playwright/test';

test('robots.txt is plain text that disallows everything', async ({ request }) => {
  const response = await request.get('/robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).not.toMatch(/<html|<!doctype/i);
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).toMatch(/^Disallow: \/$/m);
});
