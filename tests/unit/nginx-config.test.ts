// The nginx site and the build must agree: the same Content-Security-Policy (plus framing, which
// only a header can forbid), and the file names the config treats as hashed.
// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config';

const config = readFileSync(new URL('../../deploy/nginx/eu-portfolio.conf', import.meta.url), 'utf8');
const header = (name: string) => new RegExp(`^\\s*add_header ${name} "([^"]*)" always;$`, 'm').exec(config)?.[1];

it('sends the build’s Content-Security-Policy as a header, with frame-ancestors added', () => {
  expect(header('Content-Security-Policy')).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
});

it('sends the other security headers on every response', () => {
  expect(header('X-Content-Type-Options')).toBe('nosniff');
  expect(header('Referrer-Policy')).toBe('no-referrer');
  expect(header('Permissions-Policy')).toMatch(/^([a-z-]+=\(\)(, )?)+$/);
  // An add_header inside a location would silently drop these there.
  const locations = config.split(/^\s*location /m).slice(1);
  expect(locations.length).toBeGreaterThan(0);
  for (const location of locations) expect(location).not.toMatch(/add_header/);
});
