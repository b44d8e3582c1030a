// Reading a backup file: every refusal names its problem; older versions are migrated.
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../tests/fixtures/generator';
import { at, backupText, sampleBackupData } from '../../test/backupData';
import { makeEvent } from '../../test/factories';
import { get, remove, set, type Json } from '../../test/jsonEdits';
import { BACKUP_FORMAT_VERSION, MAX_BACKUP_BYTES } from './format';
import { decodeBackupBytes, readBackupSteps, readBackupText } from './read';
import { runToEnd } from './steps';
import { buildBackup, serializeBackup } from './write';

/** The file as JSON, edited by `edit`, back to text. */
function edited(edit: (file: Json) => void): string {
  const file = JSON.parse(backupText()) as Json;
  edit(file);
  return JSON.stringify(file, null, 2);
}
const problemOf = (input: string) => {
  const result = readBackupText(input);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
};

describe('reading a backup', () => {
  it('accepts what it writes, and gives back the same data', () => {
    const result = readBackupText(backupText());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBeNull();
    expect(result.backup.counts).toEqual({ organisations: 2, programmes: 1, projects: 2, history: 0 });
    expect(result.backup.data.projects[0]?.title.lv).toBe('Šūnu pētījumi');
    expect(result.backup.data).toEqual(sampleBackupData());
  });

  it('accepts a leading byte-order mark', () => {
    expect(readBackupText(`\uFEFF${backupText()}`).ok).toBe(true);
  });

  it('refuses an empty file', () => {
    expect(problemOf('')).toEqual({ code: 'empty' });
    expect(problemOf('  \n ')).toEqual({ code: 'empty' });
  });

  it('tells a cut-off file from one that is not JSON at all', () => {
    const whole = backupText();
    expect(problemOf(whole.slice(0, Math.floor(whole.length / 2)))).toEqual({ code: 'truncated' });
    expect(problemOf('hello, world')).toMatchObject({ code: 'not-json' });
    expect(problemOf('{"a": 1,\n "b" 2}')).toMatchObject({ code: 'not-json', line: 2, column: 6 });
  });

  it('refuses JSON of another format', () => {
    expect(problemOf('{"type": "excalidraw", "version": 2}')).toEqual({ code: 'not-backup' });
    expect(problemOf('[1, 2, 3]')).toEqual({ code: 'not-backup' });
    expect(problemOf('"just a string"')).toEqual({ code: 'not-backup' });
  });

  it('refuses a newer version, saying which', () => {
    expect(problemOf(edited((f) => set(f, 'formatVersion', 7)))).toEqual({ code: 'newer-version', version: 7, supported: BACKUP_FORMAT_VERSION });
    expect(problemOf(edited((f) => set(f, 'formatVersion', 'two')))).toEqual({ code: 'unknown-version', version: 'two' });
  });

  it('names the record and field of a missing required field', () => {
    expect(problemOf(edited((f) => remove(f, 'data.projects.1.acronym')))).toEqual({
      code: 'invalid',
      record: { table: 'projects', position: 2, id: 'p-2' },
      path: 'acronym',
      issue: { kind: 'missing' },
    });
  });

  it('names a wrong type', () => {
    expect(problemOf(edited((f) => set(f, 'data.organisations.0.name', 42)))).toMatchObject({
      code: 'invalid',
      record: { table: 'organisations', position: 1, id: 'org-1' },
      path: 'name',
      issue: { kind: 'wrong-type', expected: 'string' },
    });
  });

  it('refuses negative money', () => {
    expect(problemOf(edited((f) => set(f, 'data.projects.0.budget.euCofinancing', -100)))).toMatchObject({
      code: 'invalid',
      record: { table: 'projects', id: 'p-1' },
      path: 'budget.euCofinancing',
      issue: { kind: 'negative' },
    });
  });

  it('refuses unknown keys, in records and in the envelope', () => {
    expect(problemOf(edited((f) => set(f, 'data.projects.0.colour', 'red')))).toMatchObject({ code: 'invalid', path: '', issue: { kind: 'unknown-key', keys: ['colour'] } });
    expect(problemOf(edited((f) => set(f, 'extra', 1)))).toMatchObject({ code: 'invalid', record: { table: 'envelope' }, issue: { kind: 'unknown-key', keys: ['extra'] } });
  });

  it('refuses duplicate ids', () => {
    expect(problemOf(edited((f) => set(f, 'data.projects.1.id', 'p-1')))).toEqual({ code: 'duplicate-id', record: { table: 'projects', position: 2, id: 'p-1' } });
    expect(problemOf(edited((f) => (get(f, 'data.projects.0.events') as unknown[]).push(makeEvent({ id: 'e1' }), makeEvent({ id: 'e1' }))))).toMatchObject({ code: 'invalid', path: 'events.1.id' });
  });

  it('refuses a partner that points at a missing organisation, and a missing programme', () => {
    expect(problemOf(edited((f) => set(f, 'data.projects.1.partners.0.organisationId', 'org-gone')))).toEqual({
      code: 'missing-reference',
      record: { table: 'projects', position: 2, id: 'p-2' },
      path: 'partners.0.organisationId',
      target: 'organisation',
      targetId: 'org-gone',
    });
    expect(problemOf(edited((f) => set(f, 'data.projects.0.programmeId', 'prog-gone')))).toMatchObject({ code: 'missing-reference', target: 'programme', targetId: 'prog-gone' });
    expect(problemOf(edited((f) => set(f, 'data.settings.homeOrganisationId', 'nobody')))).toMatchObject({ code: 'missing-reference', record: { table: 'settings' } });
  });

  it('refuses counts that do not match the records', () => {
    expect(problemOf(edited((f) => set(f, 'counts.projects', 3)))).toEqual({ code: 'count-mismatch', table: 'projects', declared: 3, actual: 2 });
  });

  it('refuses __proto__, constructor and prototype keys anywhere, even written with escapes', () => {
    const proto = backupText().replace('"acronym": "TEST"', '"__proto__": {"polluted": true}, "acronym": "TEST"');
    expect(problemOf(proto)).toEqual({ code: 'forbidden-key', key: '__proto__', path: 'data.projects[0].__proto__' });
    const escaped = backupText().replace('"notes": ""', '"\\u005f_proto__": 1, "notes": ""');
    expect(problemOf(escaped)).toMatchObject({ code: 'forbidden-key', key: '__proto__' });
    expect(problemOf(edited((f) => set(f, 'data.settings.constructor', { prototype: 1 })))).toMatchObject({ code: 'forbidden-key', key: 'constructor', path: 'data.settings.constructor' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lets the word "constructor" be a value', () => {
    expect(readBackupText(edited((f) => set(f, 'data.projects.0.acronym', 'constructor __proto__'))).ok).toBe(true);
  });
});

describe('migrations', () => {
  it('reads a version 1 file (no history) as version 2 with an empty history', () => {
    const v1 = edited((f) => {
      set(f, 'formatVersion', 1);
      remove(f, 'counts.history');
      remove(f, 'data.history');
    });
    const result = readBackupText(v1);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.backup.formatVersion).toBe(2);
    expect(result.backup.data.history).toEqual([]);
    expect(result.backup.data.projects).toEqual(sampleBackupData().projects);
  });

  it('checks a version 1 envelope strictly: a history key was not part of it', () => {
    const bad = edited((f) => {
      set(f, 'formatVersion', 1);
      remove(f, 'counts.history');
    });
    expect(problemOf(bad)).toMatchObject({ code: 'invalid', record: { table: 'envelope' }, issue: { kind: 'unknown-key', keys: ['history'] } });
  });
});

describe('bytes', () => {
  it('refuses an image renamed .json, binary files and text that is not UTF-8', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeBackupBytes(png)).toEqual({ ok: false, problem: { code: 'binary', kind: 'image' } });
    expect(decodeBackupBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ problem: { kind: 'image' } });
    expect(decodeBackupBytes(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))).toMatchObject({ problem: { kind: 'pdf' } });
    expect(decodeBackupBytes(new Uint8Array([0x7b, 0x00, 0x7d]))).toMatchObject({ problem: { kind: 'other' } });
    expect(decodeBackupBytes(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]))).toEqual({ ok: false, problem: { code: 'not-text' } });
  });

  it('decodes UTF-8 with Latvian letters and drops the byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"a":"ā č ē ģ ī ķ ļ ņ š ū ž"}');
    expect(decodeBackupBytes(bytes)).toEqual({ ok: true, text: '{"a":"ā č ē ģ ī ķ ļ ņ š ū ž"}' });
  });

  it('has a 256 MB limit', () => {
    expect(MAX_BACKUP_BYTES).toBe(256 * 1024 * 1024);
  });
});

describe('long work in steps', () => {
  it('the check in steps gives the same answer as in one go, counting records as it goes', () => {
    const data = generatePortfolio({ projects: 450, seed: 4 });
    const settings = { ...sampleBackupData().settings, homeOrganisationId: null };
    const input = serializeBackup(buildBackup({ ...sampleBackupData(), settings, organisations: data.organisations, programmes: data.programmes, projects: data.projects }, { exportedAt: at, appVersion: '0.1.0' }));
    const steps = readBackupSteps(input);
    const done: number[] = [];
    let step = steps.next();
    while (!step.done) {
      done.push(step.value.done);
      step = steps.next();
    }
    expect(step.value).toEqual(readBackupText(input));
    expect(step.value.ok).toBe(true);
    expect(done.length).toBeGreaterThan(1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(runToEnd(readBackupSteps(input))).toEqual(readBackupText(input));
  });
});
