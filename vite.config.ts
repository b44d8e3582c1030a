/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

/** Tests that run without a DOM (see `test.projects`). */
const NODE_TESTS = ['src/domain/**/*.test.{ts,tsx}', 'src/db/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
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
