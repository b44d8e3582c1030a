// Lint rules that keep the architecture honest. The layers, each importing only from those
// after it:
//
//   app → features → components / queries / i18n → db → domain → lib
//
// with three more rules: features never import each other, only src/queries opens the door
// to src/db, and only src/db talks to Dexie. The rules on folders work on the resolved file,
// not on the import's text, so '../editing/../../domain/x' is the domain and
// '../../features/editing/x' is a feature whatever the spelling. They cover static imports,
// import() and re-exports alike. tests/lint/boundaries.test.ts proves each rule fails where
// it must.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/** Files that only tests load: they may reach across layers to seed real storage. */
export const testFiles = ['**/*.test.{ts,tsx}', 'src/test/**', 'src/features/editing/testEditor.tsx'];

const features = readdirSync(join(import.meta.dirname, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// One door: screens reach storage through the query options and mutation hooks in src/queries,
// never directly.
const oneDoor = { target: ['src/components', 'src/features', 'src/app'], from: 'src/db', message: 'Screens reach storage through the hooks in src/queries, never src/db directly.' };
const featuresBelowApp = { target: 'src/features', from: 'src/app', message: 'Features never import the app shell.' };

const layerZones = [
  // The domain is pure: no storage, no screens, no i18n provider (it is React).
  { target: 'src/domain', from: ['src/db', 'src/queries', 'src/components', 'src/features', 'src/app', 'src/i18n'], message: 'The domain is pure: no storage, React, i18n provider or screens.' },
  { target: 'src/lib', from: ['src/domain', 'src/db', 'src/queries', 'src/components', 'src/features', 'src/app', 'src/i18n'], message: 'src/lib depends on nothing in the app.' },
  { target: 'src/db', from: ['src/queries', 'src/components', 'src/features', 'src/app', 'src/i18n'], message: 'Storage knows nothing of the screens.' },
  { target: 'src/i18n', from: ['src/db', 'src/queries', 'src/components', 'src/features', 'src/app'], message: 'Messages and formatting know nothing of storage or screens.' },
  oneDoor,
  { target: ['src/components', 'src/queries'], from: ['src/features', 'src/app'], message: 'Shared code never imports a feature or the app shell.' },
  featuresBelowApp,
  // Features never import each other; routes in src/app compose them.
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move shared code to src/components, src/queries or src/domain.',
  })),
];

// Package rules work on the import's text. no-restricted-imports sees imports and re-exports;
// the syntax rule adds import().
const packages = (names, message) => [
  ['error', { patterns: [{ group: names.flatMap((name) => [name, `${name}/*`]), message }] }],
  ['error', { selector: `ImportExpression > Literal[value=/^(${names.map((name) => name.replace('/', '\\u002F')).join('|')})(\\u002F|$)/]`, message }],
];
const [dexieImports, dexieImportCalls] = packages(['dexie', 'pouchdb-browser'], 'Only src/db talks to Dexie and PouchDB; use a repository.');
const [pouchImports, pouchImportCalls] = packages(['pouchdb-browser'], 'Only src/db/sync talks to PouchDB (and only on demand, see pouch.ts).');
const [reactImports, reactImportCalls] = packages(['dexie', 'pouchdb-browser', 'react', 'react-dom', 'react-router-dom', '@tanstack/react-query'], 'The domain is pure: no React or Dexie.');

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.tmp', 'tests/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
      // Which files no-cycle reads, and with which parser, to follow imports through them.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: testFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Tests may seed real Dexie through src/db and render with the app's query client; the
    // other layers, the domain's purity among them, hold for tests too.
    files: testFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones.filter((zone) => zone !== oneDoor && zone !== featuresBelowApp) }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/domain/**', ...testFiles],
    rules: { 'no-restricted-imports': dexieImports, 'no-restricted-syntax': dexieImportCalls },
  },
  {
    files: ['src/db/**/*.{ts,tsx}'],
    ignores: ['src/db/sync/pouch.ts', ...testFiles],
    rules: { 'no-restricted-imports': pouchImports, 'no-restricted-syntax': pouchImportCalls },
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': reactImports, 'no-restricted-syntax': reactImportCalls },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
