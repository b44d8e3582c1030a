// docs/backup-format.schema.json: generated from the zod schema, kept up to date by this test,
// and checked with a real JSON Schema validator (ajv, with ajv-formats asserting formats) against
// real exports and against broken files, side by side with the app's own check of a backup.
// Regenerate with: UPDATE_BACKUP_SCHEMA=1 npx vitest run src/domain/backup/format.schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { samplePortfolio } from '../sample';
import { generatePortfolio } from '../../../tests/fixtures/generator';
import { backupFileSchema, type BackupData } from './format';
import { readBackupText } from './read';
import { buildBackup, serializeBackup } from './write';
import { defaultSettings, MAX_YEAR, MIN_YEAR } from '../constants';
import type { HistoryEntry, Project } from '../schema';

const schemaPath = path.resolve(__dirname, '../../../docs/backup-format.schema.json');

function generated(): Record<string, unknown> {
  const schema = z.toJSONSchema(backupFileSchema) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'EU Projects Portfolio backup file (format version 2)',
    description: [
      'Generated from src/domain/backup/format.ts (backupFileSchema); see docs/backup-format.md.',
      `Dates are YYYY-MM-DD with format "date", months YYYY-MM, date-times ISO 8601 (local time without an offset is allowed, so not format "date-time"), all in the years ${MIN_YEAR}-${MAX_YEAR}; links are http://, https:// or mailto:.`,
      'Checked only by the app on restore, because JSON Schema cannot say them: that the day of a date-time exists (not 2024-02-30T10:00), and that of a date too unless the validator asserts format "date";',
      'that a period or an event does not end before it starts; that no amount is -0; that ids are unique (event ids within their project); that references between records resolve; that the counts match the lists.',
      'The app also reads format version 1 and migrates it.',
    ].join(' '),
    ...schema,
  };
}

const schemaFile = (): Record<string, unknown> => JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;

// strict: a keyword ajv does not know, or a type it cannot tell, is an error in the schema itself.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
let validate: ReturnType<typeof ajv.compile> | undefined;
/** What ajv finds wrong with `file` against the schema file (compiled once, after it is regenerated). */
function schemaErrors(file: unknown): string[] {
  validate ??= ajv.compile(schemaFile());
  return validate(file) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

const EXPORT = { exportedAt: '2026-05-21T11:03:00.000Z', appVersion: '0.1.0' };

/** A history entry as the app writes one when a project is created. */
const created = (project: Project): HistoryEntry => ({
  id: `history-${project.id}`,
  projectId: project.id,
  at: project.createdAt,
  action: 'create',
  revision: project.revision,
  changedFields: [],
  snapshot: project,
});

function sampleData(): BackupData {
  return {
    settings: { ...defaultSettings, homeOrganisationId: samplePortfolio.homeOrganisationId, initialisedAt: '2026-01-01T00:00:00.000Z' },
    organisations: samplePortfolio.organisations,
    programmes: samplePortfolio.programmes,
    projects: samplePortfolio.projects,
    history: samplePortfolio.projects.map(created),
  };
}

/** The sample portfolio's export, as the file the app writes. */
const sampleText = (): string => serializeBackup(buildBackup(sampleData(), EXPORT));

type Json = Record<string, unknown> & { counts: Record<string, number>; data: { organisations: Json[]; programmes: Json[]; projects: Json[]; history: Json[] } };

describe('docs/backup-format.schema.json', () => {
  it('is generated from the zod schema and up to date', () => {
    const expected = `${JSON.stringify(generated(), null, 2)}\n`;
    if (process.env.UPDATE_BACKUP_SCHEMA) writeFileSync(schemaPath, expected);
    expect(readFileSync(schemaPath, 'utf8')).toBe(expected);
  });

  it('accepts real exports: the sample portfolio with its history, and a generated one', () => {
    const generatedPortfolio = generatePortfolio({ projects: 40, seed: 7 });
    const big = buildBackup({ settings: defaultSettings, organisations: generatedPortfolio.organisations, programmes: generatedPortfolio.programmes, projects: generatedPortfolio.projects, history: [] }, EXPORT);
    for (const text of [sampleText(), serializeBackup(big), serializeBackup(big, { compact: true })]) {
      expect(schemaErrors(JSON.parse(text))).toEqual([]);
      expect(readBackupText(text).ok).toBe(true);
    }
  });

  it('accepts the edge values the app accepts', () => {
    const cases: [string, (file: Json) => void][] = [
      ['the first year’s first day and a leap day', (file) => Object.assign(project(file).period as object, { start: `${MIN_YEAR}-01-01`, end: '2024-02-29', lengthMonths: null })],
      ['the last day of the last year', (file) => Object.assign(project(file).period as object, { start: '2024-02-29', end: `${MAX_YEAR}-12-31`, lengthMonths: null })],
      ['a local date-time without seconds or offset', (file) => (project(file).infoUpdatedAt = '2021-05-21T11:03')],
      ['a date-time with an offset', (file) => (project(file).infoUpdatedAt = '2021-05-21T23:59:59+14:00')],
      ['a link with its scheme in capitals', (file) => (project(file).website = 'HTTPS://EXAMPLE.ORG/')],
      ['a mailto: link', (file) => (project(file).website = 'mailto:info@example.org')],
      [
        'a history entry that names its author and the conflict it resolved',
        (file) => Object.assign((file.data.history as unknown as Json[])[0] as Json, { author: 'anna', resolution: { versions: 2, kept: [{ field: 'acronym', version: 1 }] } }),
      ],
    ];
    for (const [name, change] of cases) {
      const file = JSON.parse(sampleText()) as Json;
      change(file);
      const text = JSON.stringify(file);
      expect({ name, errors: schemaErrors(JSON.parse(text)) }).toEqual({ name, errors: [] });
      expect({ name, ok: readBackupText(text).ok }).toEqual({ name, ok: true });
    }
  });
});

/** The export's first project that has events. */
const project = (file: Json): Json => file.data.projects.find((p) => (p.events as unknown[]).length > 0) as Json;
const firstEvent = (file: Json): Json => (project(file).events as Json[])[0] as Json;

/** A broken file: a change to the sample export, or to its text where JSON.stringify cannot say it. */
type Bad = { name: string; change: (file: Json) => void; text?: (text: string) => string };

// Each is refused by the schema and by the app.
const refusedByBoth: Bad[] = [
  { name: 'a resolution of one version', change: (file) => ((file.data.history as unknown as Json[])[0]!.resolution = { versions: 1, kept: [] }) },
  { name: 'an empty author', change: (file) => ((file.data.history as unknown as Json[])[0]!.author = '') },
  { name: 'a day that does not exist (2024-02-30)', change: (file) => ((project(file).period as Json).end = '2024-02-30') },
  { name: 'a month 13 (2024-13-01)', change: (file) => ((project(file).period as Json).end = '2024-13-01') },
  { name: 'a day before 1950', change: (file) => ((project(file).period as Json).start = `${MIN_YEAR - 1}-12-31`) },
  { name: 'a day after 2200', change: (file) => ((project(file).period as Json).end = `${MAX_YEAR + 1}-01-01`) },
  { name: 'an event month 13', change: (file) => (firstEvent(file).date = { precision: 'month', month: '2018-13' }) },
  { name: 'a date-time 2024-99-99T99:99', change: (file) => (project(file).updatedAt = '2024-99-99T99:99') },
  { name: 'a date-time at 24:00', change: (file) => (project(file).infoUpdatedAt = '2024-01-01T24:00') },
  { name: 'a date-time with an offset of +15:00', change: (file) => (project(file).infoUpdatedAt = '2024-01-01T10:00+15:00') },
  { name: 'a javascript: link', change: (file) => (project(file).website = 'javascript:alert(1)') },
  { name: 'a data: link', change: (file) => (project(file).links = [{ kind: 'material', label: { lv: '', en: 'x' }, url: 'data:text/html,<script>alert(1)</script>' }]) },
  { name: 'a link with white space in it', change: (file) => (project(file).website = 'https://example.org/a b') },
  { name: 'negative money', change: (file) => ((project(file).budget as Json).euCofinancing = -1) },
  { name: 'a fractional cent', change: (file) => ((project(file).budget as Json).councilBudget = 12.5) },
  { name: 'an unknown key in a project', change: (file) => (project(file).colour = 'red') },
  { name: 'an unknown key in the envelope', change: (file) => (file.extra = 1) },
  { name: 'a number where text belongs', change: (file) => (project(file).acronym = 42) },
  { name: 'text where a number belongs', change: (file) => (project(file).revision = '3') },
  { name: 'a project with no name', change: (file) => Object.assign(project(file), { acronym: ' ', title: { lv: '', en: '\n' } }) },
  { name: 'an organisation with a blank name', change: (file) => ((file.data.organisations[0] as Json).name = '  ') },
  { name: 'a programme with no name', change: (file) => ((file.data.programmes[0] as Json).name = { lv: ' ', en: '' }) },
  { name: 'a newer format version', change: (file) => (file.formatVersion = 3) },
  { name: 'a project without a required field', change: (file) => delete project(file).origin },
];

// What JSON Schema cannot say: the app alone refuses these (the schema accepts them, which this
// test also asserts, so the list stays true when the schema learns more).
const refusedByTheAppOnly: Bad[] = [
  { name: 'a date-time on a day that does not exist', change: (file) => (project(file).infoUpdatedAt = '2024-02-30T10:00') },
  { name: 'a period that ends before it starts', change: (file) => Object.assign(project(file).period as object, { start: '2019-05-01', end: '2019-04-30' }) },
  { name: 'an event that ends before it starts', change: (file) => (firstEvent(file).date = { precision: 'day', start: '2018-11-12', end: '2018-11-08' }) },
  { name: 'an amount of -0', change: (file) => ((project(file).budget as Json).councilBudget = 987654321), text: (text) => text.replace('987654321', '-0') },
  { name: 'a count of -0 representatives', change: (file) => (firstEvent(file).representatives = 987654), text: (text) => text.replace('987654', '-0') },
  { name: 'two projects with the same id', change: (file) => ((file.data.projects[1] as Json).id = (file.data.projects[0] as Json).id) },
  { name: 'two events with the same id in a project', change: (file) => (project(file).events as Json[]).push({ ...firstEvent(file) }) },
  { name: 'a partner that is not in the file', change: (file) => ((project(file).partners as Json[])[0] as Json).organisationId = 'org-nowhere' },
  { name: 'a programme that is not in the file', change: (file) => (project(file).programmeId = 'programme-nowhere') },
  { name: 'counts that do not match the lists', change: (file) => (file.counts.projects = (file.counts.projects ?? 0) + 1) },
];

function broken({ change, text }: Bad): string {
  const file = JSON.parse(sampleText()) as Json;
  change(file);
  const written = JSON.stringify(file, null, 2);
  return text ? text(written) : written;
}

describe('a broken backup', () => {
  it.each(refusedByBoth.map((bad) => [bad.name, bad] as const))('with %s is refused by the schema and by the app', (_name, bad) => {
    const text = broken(bad);
    expect(schemaErrors(JSON.parse(text))).not.toEqual([]);
    expect(readBackupText(text).ok).toBe(false);
  });

  it.each(refusedByTheAppOnly.map((bad) => [bad.name, bad] as const))('with %s is refused by the app (JSON Schema cannot say it)', (_name, bad) => {
    const text = broken(bad);
    expect(schemaErrors(JSON.parse(text))).toEqual([]);
    expect(readBackupText(text).ok).toBe(false);
  });
});
