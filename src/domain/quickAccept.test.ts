// The quick check must answer as zod does: a "yes" where zod says no would let a bad record in.
// Compared on the seeds' kind of records (generated) and on many random mutations of them.
// quickAccept reads zod's internals (`_zod.def`, the checks' own functions), which zod does not
// promise to keep between releases: package.json pins zod with ~ (patch releases only), and this
// property test is what tells when a new zod no longer answers as the quick check assumes.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from './constants';
import { generatePortfolio } from '../../tests/fixtures/generator';
import { historyEntrySchema, organisationSchema, programmeSchema, projectSchema, settingsSchema } from './schema';
import { compile, quickAcceptor, quickSafeParse, UnsupportedSchema } from './quickAccept';

const portfolio = generatePortfolio({ projects: 40, seed: 7 });
const history = portfolio.projects.slice(0, 5).map((snapshot, i) => ({
  id: `h-${i}`,
  projectId: snapshot.id,
  at: '2026-01-02T03:04:05.000Z',
  action: 'update',
  revision: snapshot.revision,
  changedFields: ['title.lv'],
  snapshot,
}));
const tables: [string, z.ZodType, unknown[]][] = [
  ['projects', projectSchema, portfolio.projects],
  ['organisations', organisationSchema, portfolio.organisations],
  ['programmes', programmeSchema, portfolio.programmes],
  ['history', historyEntrySchema, history],
  ['settings', settingsSchema, [{ ...defaultSettings, homeOrganisationId: 'org-1' }]],
];

/** Every path to a value inside `value` ([] is the value itself). */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const here = [path];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => pathsOf(v, [...path, i])));
  if (value !== null && typeof value === 'object') return here.concat(...Object.entries(value).map(([k, v]) => pathsOf(v, [...path, k])));
  return here;
}

type Mutation = { kind: 'set'; value: unknown } | { kind: 'delete' } | { kind: 'add-key'; key: string; value: unknown };

function mutate(record: unknown, path: (string | number)[], mutation: Mutation): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  const last = path[path.length - 1] as string | number;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) (target as Record<string, unknown>)[mutation.key] = mutation.value;
    else parent[last] = { [mutation.key]: mutation.value };
  }
  return copy;
}

/** Values that sit on the edges of the schemas' checks, and any JSON at all. */
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -0.5, 1.5, 1e15, 1e15 + 2, 2 ** 53, Infinity, NaN, '', 'x', 'LV', 'lv', 'p-1', '2026-02-30', '2026-02-28', '2026-13', '2026-12', 'mailto:a@b.lv', 'http://x', 'javascript:x', 'a@b', 'a@b.lv', '+371 654 00000', [], {}, [null], ['x']),
  fc.constantFrom('x'.repeat(51), 'x'.repeat(201), 'x'.repeat(301), 'x'.repeat(2001), 'x'.repeat(20001), '😀', '😀'.repeat(26), '😀'.repeat(51), 'ā'.repeat(50)),
  fc.constantFrom('lead', 'partner', 'associated', 'municipality', 'month', 'day', 'unknown', 'outgoing', 'hosted', 'advance', 'balance'),
  fc.integer({ min: -5, max: 3000 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  edgeValue.map((value): Mutation => ({ kind: 'set', value })),
  fc.constant<Mutation>({ kind: 'delete' }),
  fc.tuple(fc.constantFrom('extra', 'id', 'acronym', 'lv', 'constructor'), edgeValue).map(([key, value]): Mutation => ({ kind: 'add-key', key, value })),
);

describe('quickAcceptor', () => {
  it('compiles every schema a backup checks record by record', () => {
    for (const [, schema] of tables) expect(quickAcceptor(schema)).toBeTypeOf('function');
  });

  it('says yes to every valid record, as zod does', () => {
    for (const [table, schema, records] of tables) {
      const accept = quickAcceptor(schema)!;
      for (const record of records) expect({ table, accepted: accept(record) }).toEqual({ table, accepted: schema.safeParse(record).success });
    }
  });

  for (const [table, schema, records] of tables) {
    it(`answers as zod does for mutated ${table}`, () => {
      const accept = quickAcceptor(schema)!;
      const cases = records.slice(0, 8).map((record) => ({ record, paths: pathsOf(record) }));
      fc.assert(
        fc.property(fc.nat(cases.length - 1), fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 2 }), (which, pick, mutations) => {
          const { record, paths } = cases[which]!;
          const path = paths[pick % paths.length]!;
          const mutated = mutations.reduce((value, m) => mutate(value, path, m), record);
          expect(accept(mutated)).toBe(schema.safeParse(mutated).success);
        }),
        { numRuns: 1500 },
      );
    });
  }

  it('walks each kind of schema as zod does', () => {
    const cases: [z.ZodType, unknown[]][] = [
      [z.number(), [1, -1, 0.5, Infinity, -Infinity, NaN, '1', null]],
      [z.string().max(2).nullable(), ['', 'ab', 'abc', '😀😀', '😀😀😀', null, undefined, 1]],
      [z.string().min(2), ['', 'a', '😀', '😀😀', 'ab']],
      [z.number().int().min(0).max(10), [0, 10, 11, -1, 1.5, 2 ** 53]],
      [z.number().gt(0).lt(1), [0, 0.5, 1]],
      [z.string().regex(/^a+$/), ['a', 'aa', 'b', '']],
      [z.array(z.boolean()).max(1), [[], [true], [true, false], ['x'], {}, null]],
      [z.enum(['a', 'b']), ['a', 'c', null]],
      [z.literal(2), [2, '2']],
      [z.email(), ['a@b.lv', 'a@b', '']],
      [z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') }), z.strictObject({ k: z.literal('b'), n: z.number().int() })]), [{ k: 'a' }, { k: 'b', n: 1 }, { k: 'b' }, { k: 'a', n: 1 }, { k: 'b', n: 1.5 }, { k: 'c' }, []]],
      [z.strictObject({ a: z.unknown() }), [{ a: 1 }, { a: undefined }, {}, { a: 1, b: 2 }, [], null]],
      [z.strictObject({ a: z.string().min(1).optional(), b: z.number() }), [{ b: 1 }, { a: 'x', b: 1 }, { a: undefined, b: 1 }, { a: '', b: 1 }, { a: null, b: 1 }, { a: 'x' }, { a: 'x', b: 1, c: 2 }]],
    ];
    for (const [schema, values] of cases) {
      const accept = compile(schema);
      for (const value of values) expect({ value, accepted: accept(value) }).toEqual({ value, accepted: schema.safeParse(value).success });
    }
  });

  it('refuses to answer for what zod would change or could not say at once', () => {
    for (const schema of [z.object({ a: z.string() }), z.strictObject({ a: z.string().default('x') }), z.string().transform((s) => s.trim()), z.coerce.number(), z.string().default('x'), z.date(), z.xor([z.string(), z.string().max(1)]), z.string().trim(), z.string().toLowerCase(), z.strictObject({ [Symbol('s')]: z.string() })]) {
      expect(() => compile(schema)).toThrow(UnsupportedSchema);
      expect(quickAcceptor(schema)).toBeNull();
    }
    const asyncCheck = compile(z.string().refine(async () => true));
    expect(asyncCheck('x')).toBe(false);
    // A check that normalises the value while passing it: no "yes", zod decides.
    const normalising = z.string().check(z.superRefine((_, ctx) => void (ctx.value = 'changed')));
    expect(compile(normalising)('x')).toBe(false);
  });
});

describe('quickSafeParse', () => {
  const project = portfolio.projects[0]!;

  it('gives a record the quick check accepts back as itself, with no copy', () => {
    const parsed = quickSafeParse(projectSchema, project);
    expect(parsed).toEqual({ success: true, data: project });
    expect(parsed.success && parsed.data).toBe(project);
  });

  it('gives zod’s verdict and issues for a record it refuses', () => {
    const bad = { ...project, period: { ...project.period, start: '2024-02-30' } };
    const parsed = quickSafeParse(projectSchema, bad);
    expect(parsed.success).toBe(false);
    expect(!parsed.success && parsed.error.issues[0]?.path).toEqual(projectSchema.safeParse(bad).error?.issues[0]?.path);
  });

  it('is zod alone for a schema the quick check cannot answer for', () => {
    const trimmed = z.object({ name: z.string().trim() });
    expect(quickSafeParse(trimmed, { name: ' a ' })).toEqual({ success: true, data: { name: 'a' } });
  });
});
