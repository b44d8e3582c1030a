// The architecture's import rules, proven on files laid out like the app
// (tests/lint/fixtures): each forbidden kind of import fails with the rule meant to catch it,
// and the allowed ones pass. The project's own eslint.config.js is used as it is, with only the
// rules about imports switched on (the typed rules need a tsconfig the fixtures are not in).
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/lint/fixtures');
const importRules = new Set(['import-x/no-restricted-paths', 'import-x/no-cycle', 'no-restricted-imports', 'no-restricted-syntax']);

let results: Map<string, string[]>;
const projectCwd = process.cwd();
afterAll(() => process.chdir(projectCwd));

beforeAll(async () => {
  // The rules' folders are relative to the working directory, as when `npm run lint` runs in the
  // project: here the fixtures stand in for the project.
  process.chdir(fixtures);
  const eslint = new ESLint({
    cwd: fixtures,
    overrideConfigFile: join(root, 'eslint.config.js'),
    // npm run lint ignores the fixtures; here they are the point.
    ignore: false,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => importRules.has(ruleId),
  });
  const linted = await eslint.lintFiles(['src/**/*.{ts,tsx}']);
  results = new Map(linted.map((result) => [result.filePath.slice(fixtures.length + 1), result.messages.map((m) => m.ruleId ?? m.message)]));
}, 120_000);

const rulesFor = (file: string) => {
  const rules = results.get(file);
  if (!rules) throw new Error(`${file} was not linted`);
  return rules;
};

describe('forbidden imports fail lint', () => {
  it.each([
    ['a feature importing another by a path through src/features', 'src/features/projects/importsEditing.ts', 'import-x/no-restricted-paths'],
    ['a feature importing another with import()', 'src/features/projects/lazyEditing.ts', 'import-x/no-restricted-paths'],
    ['a feature re-exporting another', 'src/features/projects/reexportsEditing.ts', 'import-x/no-restricted-paths'],
    ['a feature importing src/db', 'src/features/projects/usesDb.ts', 'import-x/no-restricted-paths'],
    ['a component importing a feature', 'src/components/importsFeature.ts', 'import-x/no-restricted-paths'],
    ['a component importing src/db', 'src/components/usesDb.ts', 'import-x/no-restricted-paths'],
    ['the app shell importing src/db', 'src/app/usesDb.ts', 'import-x/no-restricted-paths'],
    ['the domain importing the i18n provider', 'src/domain/usesI18nProvider.ts', 'import-x/no-restricted-paths'],
    ['the domain importing src/db', 'src/domain/usesDb.ts', 'import-x/no-restricted-paths'],
    ['the domain importing React', 'src/domain/usesReact.ts', 'no-restricted-imports'],
    ['a file outside src/db importing Dexie', 'src/components/usesDexie.ts', 'no-restricted-imports'],
    ['a file outside src/db importing Dexie with import()', 'src/components/usesDexieLater.ts', 'no-restricted-syntax'],
    ['two modules importing each other', 'src/domain/cycleA.ts', 'import-x/no-cycle'],
  ])('%s', (_case, file, rule) => {
    expect(rulesFor(file)).toEqual([rule]);
  });
});

describe('allowed imports pass lint', () => {
  it.each([
    ['a path through another feature\'s folder that ends in the domain', 'src/features/projects/roundabout.ts'],
    ['a feature using components, queries, i18n, the domain, lib and its own files', 'src/features/projects/ProjectsPage.tsx'],
    ['a feature importing its own files', 'src/features/editing/ProjectEditPage.tsx'],
    ['a test seeding storage directly', 'src/features/projects/ProjectsPage.test.ts'],
    ['the app shell composing features, lazily too', 'src/app/App.tsx'],
    ['components using the domain, i18n and queries', 'src/components/Widget.tsx'],
    ['src/queries opening the door to src/db', 'src/queries/projects.ts'],
    ['src/db using Dexie and the domain', 'src/db/repository.ts'],
  ])('%s', (_case, file) => {
    expect(rulesFor(file)).toEqual([]);
  });
});
