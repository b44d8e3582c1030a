// Lint rules that keep the architecture honest: only src/db talks to Dexie,
// the domain knows nothing of React or storage, promises are never left floating.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const dexieOnlyInDb = { group: ['dexie', 'dexie/*'], message: 'Only src/db talks to Dexie; use a repository.' };

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // One door to the database: only src/db may import Dexie.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/db/**', 'src/features/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [dexieOnlyInDb] }],
    },
  },
  {
    // Features never import each other; routes in src/app compose them.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [dexieOnlyInDb, { regex: '^\\.\\./(?!\\.\\./)', message: 'Features never import each other: move shared code to src/components, src/queries or src/domain.' }] }],
    },
  },
  {
    // The domain is pure: no React, no storage, no features.
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react/*', 'dexie', '**/db/**', '**/features/**', '**/app/**'], message: 'The domain is pure: no React, Dexie or UI imports.' },
      ] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
