// docs/backup-format.schema.json: generated from the zod schema, kept up to date by this test,
// and checked against real exports with a small JSON Schema validator (the keywords zod emits).
// Regenerate with: UPDATE_BACKUP_SCHEMA=1 npx vitest run src/domain/backup.schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { samplePortfolio } from './sample';
import { generatePortfolio } from './generator';
import { backupFileSchema, buildBackup, serializeBackup } from './backup';
import { defaultSettings } from './constants';

const schemaPath = path.resolve(__dirname, '../../docs/backup-format.schema.json');

function generated(): Record<string, unknown> {
  const schema = z.toJSONSchema(backupFileSchema) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'EU Projects Portfolio backup file (format version 2)',
    description: 'Generated from src/domain/backup.ts (backupFileSchema); see docs/backup-format.md. Some rules are checked only by the app: real calendar days, safe link schemes, unique ids, references between records and the counts.',
    ...schema,
  };
}

type Schema = Record<string, unknown>;

/** Errors of `value` against `schema`, for the keywords z.toJSONSchema writes. */
function validate(schema: Schema, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  const type = schema.type as string | undefined;
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (type) {
    const ok =
      type === 'object' ? isObject
      : type === 'array' ? Array.isArray(value)
      : type === 'integer' ? Number.isInteger(value)
      : type === 'number' ? typeof value === 'number'
      : type === 'null' ? value === null
      : typeof value === type;
    if (!ok) return [`${at}: expected ${type}`];
  }
  if ('const' in schema && value !== schema.const) errors.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${at}: not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) errors.push(`${at}: too short`);
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) errors.push(`${at}: too long`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${at}: too many items`);
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items as Schema, item, `${at}[${i}]`)));
  }
  if (isObject) {
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) errors.push(`${at}.${key}: missing`);
    for (const [key, item] of Object.entries(record)) {
      if (properties[key]) errors.push(...validate(properties[key], item, `${at}.${key}`));
      else if (schema.additionalProperties === false) errors.push(`${at}.${key}: not allowed`);
    }
  }
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const options = schema[keyword] as Schema[] | undefined;
    if (!options) continue;
    const passing = options.filter((option) => validate(option, value, at).length === 0).length;
    if (keyword === 'anyOf' ? passing === 0 : passing !== 1) errors.push(`${at}: matches ${passing} of the ${keyword} options`);
  }
  const known = new Set(['$schema', '$id', 'title', 'description', 'type', 'const', 'enum', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'maxItems', 'items', 'properties', 'required', 'additionalProperties', 'anyOf', 'oneOf']);
  for (const keyword of Object.keys(schema)) if (!known.has(keyword)) errors.push(`${at}: the test's validator does not know the keyword "${keyword}"`);
  return errors;
}

const schemaFile = (): Schema => JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema;

describe('docs/backup-format.schema.json', () => {
  it('is generated from the zod schema and up to date', () => {
    const expected = `${JSON.stringify(generated(), null, 2)}\n`;
    if (process.env.UPDATE_BACKUP_SCHEMA) writeFileSync(schemaPath, expected);
    expect(readFileSync(schemaPath, 'utf8')).toBe(expected);
  });

  it('accepts real exports: the sample portfolio and a generated one', () => {
    const sample = buildBackup(
      { settings: { ...defaultSettings, homeOrganisationId: samplePortfolio.homeOrganisationId, initialisedAt: '2026-01-01T00:00:00.000Z' }, organisations: samplePortfolio.organisations, programmes: samplePortfolio.programmes, projects: samplePortfolio.projects, history: [] },
      { exportedAt: '2026-05-21T11:03:00.000Z', appVersion: '0.1.0' },
    );
    const generatedPortfolio = generatePortfolio({ projects: 40, seed: 7 });
    const big = buildBackup(
      { settings: defaultSettings, organisations: generatedPortfolio.organisations, programmes: generatedPortfolio.programmes, projects: generatedPortfolio.projects, history: [] },
      { exportedAt: '2026-05-21T11:03:00.000Z', appVersion: '0.1.0' },
    );
    for (const file of [sample, big]) expect(validate(schemaFile(), JSON.parse(serializeBackup(file)))).toEqual([]);
  });

  it('refuses what the app refuses: negative money, an unknown key, a newer version', () => {
    const file = JSON.parse(serializeBackup(buildBackup({ settings: defaultSettings, organisations: samplePortfolio.organisations, programmes: samplePortfolio.programmes, projects: samplePortfolio.projects, history: [] }, { exportedAt: '2026-05-21T11:03:00.000Z', appVersion: '0.1.0' }))) as {
      formatVersion: number;
      extra?: number;
      data: { projects: { budget: { euCofinancing: number } }[] };
    };
    (file.data.projects[0] as { budget: { euCofinancing: number } }).budget.euCofinancing = -1;
    file.extra = 1;
    file.formatVersion = 3;
    const errors = validate(schemaFile(), file);
    expect(errors).toEqual(expect.arrayContaining(['$.formatVersion: expected 2', '$.extra: not allowed', expect.stringMatching(/^\$\.data\.projects\[0\]\.budget\.euCofinancing/)]));
  });
});
