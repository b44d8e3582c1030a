// The backup format: reading a file (every refusal names its problem), migration, writing, planning.
import { generatePortfolio } from './generator';
import { canonical, prettyItems } from './prettyJson';
import { describe, expect, it } from 'vitest';
import { makeOrganisation, makeProgramme, makeProject } from '../test/factories';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupFileName,
  buildBackup,
  decodeBackupBytes,
  MAX_BACKUP_BYTES,
  planRestore,
  rememberingSameData,
  sameData,
  readBackupText,
  serializeBackup,
  serializeBackupWithin,
  utf8Bytes,
  compactBackupSteps,
  readBackupSteps,
  runToEnd,
  type BackupData,
  type WorkProgress,
} from './backup';
import { defaultSettings } from './constants';

type Json = Record<string, unknown>;
/** Test edits of a parsed file by dotted path ('data.projects.0.acronym'). */
const parentOf = (root: Json, path: string): [Json, string] => {
  const keys = path.split('.');
  const last = keys.pop() as string;
  return [keys.reduce<Json>((node, key) => node[key] as Json, root), last];
};
const get = (root: Json, path: string): unknown => {
  const [parent, key] = parentOf(root, path);
  return parent[key];
};
const set = (root: Json, path: string, value: unknown): void => {
  const [parent, key] = parentOf(root, path);
  parent[key] = value;
};
const remove = (root: Json, path: string): void => {
  const [parent, key] = parentOf(root, path);
  delete parent[key];
};

const at = '2026-01-01T00:00:00.000Z';

function sampleData(): BackupData {
  return {
    settings: { ...defaultSettings, homeOrganisationId: 'org-1', initialisedAt: at },
    organisations: [makeOrganisation({ id: 'org-1' }), makeOrganisation({ id: 'org-2', name: 'Łódź', nameLv: 'Lodza', country: 'PL' })],
    programmes: [makeProgramme()],
    projects: [
      makeProject({ id: 'p-1', title: { lv: 'Šūnu pētījumi', en: 'Cells' } }),
      makeProject({ id: 'p-2', partners: [{ organisationId: 'org-2', role: 'lead', nameAsWritten: 'Lodza, Polija' }], programmeId: null }),
    ],
    history: [],
  };
}

const text = (data = sampleData()) => serializeBackup(buildBackup(data, { exportedAt: at, appVersion: '0.1.0' }));
/** The file as JSON, edited by `edit`, back to text. */
function edited(edit: (file: Json) => void): string {
  const file = JSON.parse(text()) as Json;
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
    const result = readBackupText(text());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBeNull();
    expect(result.backup.counts).toEqual({ organisations: 2, programmes: 1, projects: 2, history: 0 });
    expect(result.backup.data.projects[0]?.title.lv).toBe('Šūnu pētījumi');
    expect(result.backup.data).toEqual(sampleData());
  });

  it('accepts a leading byte-order mark', () => {
    expect(readBackupText(`\uFEFF${text()}`).ok).toBe(true);
  });

  it('refuses an empty file', () => {
    expect(problemOf('')).toEqual({ code: 'empty' });
    expect(problemOf('  \n ')).toEqual({ code: 'empty' });
  });

  it('tells a cut-off file from one that is not JSON at all', () => {
    const whole = text();
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
    expect(problemOf(edited((f) => (get(f, 'data.projects.0.events') as unknown[]).push(eventWith('e1'), eventWith('e1'))))).toMatchObject({ code: 'invalid', path: 'events.1.id' });
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
    const proto = text().replace('"acronym": "TEST"', '"__proto__": {"polluted": true}, "acronym": "TEST"');
    expect(problemOf(proto)).toEqual({ code: 'forbidden-key', key: '__proto__', path: 'data.projects[0].__proto__' });
    const escaped = text().replace('"notes": ""', '"\\u005f_proto__": 1, "notes": ""');
    expect(problemOf(escaped)).toMatchObject({ code: 'forbidden-key', key: '__proto__' });
    expect(problemOf(edited((f) => set(f, 'data.settings.constructor', { prototype: 1 })))).toMatchObject({ code: 'forbidden-key', key: 'constructor', path: 'data.settings.constructor' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lets the word "constructor" be a value', () => {
    expect(readBackupText(edited((f) => set(f, 'data.projects.0.acronym', 'constructor __proto__'))).ok).toBe(true);
  });
});

function eventWith(id: string) {
  return {
    id,
    order: null,
    kind: 'meeting',
    title: { lv: '', en: '' },
    hostCity: null,
    hostCityLv: null,
    hostCountry: null,
    placeAsWritten: null,
    date: { precision: 'unknown' },
    direction: 'outgoing',
    representatives: null,
    notes: { lv: '', en: '' },
  };
}

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
    expect(result.backup.data.projects).toEqual(sampleData().projects);
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

describe('every file the app writes, it can restore', () => {
  const file = () => buildBackup(sampleData(), { exportedAt: at, appVersion: '0.1.0' });
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  const restorable = (text: string, limit: number) => {
    const decoded = decodeBackupBytes(new TextEncoder().encode(text), limit);
    return decoded.ok && readBackupText(decoded.text).ok;
  };

  it('counts UTF-8 bytes as the encoder does (Latvian letters, emoji)', () => {
    for (const text of ['', 'abc', 'Šūnu pētījumi', 'Łódź €', '😀 x 😀', serializeBackup(file())]) expect(utf8Bytes(text)).toBe(bytes(text));
  });

  it('a file exactly at the limit is accepted; one byte over is refused', () => {
    const text = serializeBackup(file());
    const size = bytes(text);
    expect(restorable(text, size)).toBe(true);
    expect(decodeBackupBytes(new TextEncoder().encode(text), size - 1)).toEqual({ ok: false, problem: { code: 'too-large', bytes: size, limit: size - 1 } });
  });

  it('pretty-printed while that fits under the limit', () => {
    const pretty = serializeBackup(file());
    expect(serializeBackupWithin(file(), bytes(pretty))).toEqual({ text: pretty, compact: false, fits: true });
  });

  it('over the limit, the same data without indentation, which the app restores', () => {
    const pretty = serializeBackup(file());
    const written = serializeBackupWithin(file(), bytes(pretty) - 1);
    expect(written.compact).toBe(true);
    expect(written.fits).toBe(true);
    expect(restorable(written.text, bytes(pretty) - 1)).toBe(true);
    const read = readBackupText(written.text);
    expect(read.ok && read.backup.data).toEqual(sampleData());
  });

  it('says so when even the compact file is over the limit', () => {
    const compact = serializeBackup(file(), { compact: true });
    expect(serializeBackupWithin(file(), bytes(compact) - 1)).toMatchObject({ compact: true, fits: false });
  });
});

describe('writing', () => {
  it('puts the envelope first, keys in order, records sorted by id, pretty-printed', () => {
    const data = sampleData();
    data.projects.reverse();
    const written = text(data);
    expect(written.startsWith(`{\n  "format": "${BACKUP_FORMAT}",\n  "formatVersion": 2,\n  "app": {`)).toBe(true);
    const parsed = JSON.parse(written) as { data: { projects: { id: string }[]; organisations: Record<string, unknown>[] } };
    expect(parsed.data.projects.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(Object.keys(parsed.data.organisations[0] ?? {})).toEqual(['city', 'cityLv', 'country', 'createdAt', 'id', 'kind', 'name', 'nameLv', 'notes', 'updatedAt']);
    expect(text(data)).toBe(written); // the same data, the same text
  });

  it('canonical() copies only what is out of order', () => {
    const inOrder = { a: 1, b: { c: [1, { d: 2, e: 3 }] } };
    expect(canonical(inOrder)).toBe(inOrder);
    expect(JSON.stringify(canonical({ b: 1, a: { z: 1, y: 2 } }))).toBe('{"a":{"y":2,"z":1},"b":1}');
  });

  it('writes exactly what one JSON.stringify with sorted keys would, record by record', () => {
    const generated = generatePortfolio({ projects: 40, seed: 11 });
    const history = [{ id: 'h-1', projectId: 'p-1', at, action: 'create' as const, revision: 1, changedFields: [], snapshot: sampleData().projects[0]! }];
    const datas: BackupData[] = [sampleData(), { ...sampleData(), ...generated, history }, { ...sampleData(), projects: [] }];
    for (const data of datas) {
      const file = buildBackup(data, { exportedAt: at, appVersion: '0.1.0' });
      const { format, formatVersion, app, exportedAt, counts } = file;
      const plain = `${JSON.stringify({ format, formatVersion, app, exportedAt, counts: canonical(counts), data: canonical(file.data) }, null, 2)}\n`;
      expect(serializeBackup(file)).toBe(plain);
    }
    expect(prettyItems([{ b: 1, a: [1, { d: null, c: 'x' }] }, []], 1)).toBe(JSON.stringify([{ a: [1, { c: 'x', d: null }], b: 1 }, []], null, 2).slice(2, -2));
  });

  it('names the file with the local date and time', () => {
    expect(backupFileName(new Date(2026, 4, 21, 11, 3))).toBe('eu-projects-backup-2026-05-21-1103.json');
  });
});

describe('planning a restore', () => {
  const options = { now: '2026-03-01T00:00:00.000Z', newId: () => 'new-id' };

  it('replace: counts added, changed and removed projects', () => {
    const current = sampleData();
    const incoming = sampleData();
    incoming.projects = [{ ...(incoming.projects[0] as (typeof incoming.projects)[number]), acronym: 'EDIT' }, makeProject({ id: 'p-3' })];
    const plan = planRestore(current, incoming, 'replace', options);
    expect(plan.projects).toEqual({ added: ['p-3'], changed: ['p-1'], removed: ['p-2'], unchanged: 0 });
    expect(plan.result).toBe(incoming);
    expect(plan.conflicts).toEqual([]);
    // Only what differs is written; what the file lacks is removed.
    expect(plan.writes.projects.map((p) => p.id)).toEqual(['p-1', 'p-3']);
    expect(plan.removals.projects).toEqual(['p-2']);
    expect(plan.writes.organisations).toEqual([]);
    expect(plan.removals.organisations).toEqual([]);
  });

  it('replace: history entries are written when new or different, removed when the file lacks them', () => {
    const entry = (id: string, action: 'create' | 'update') => ({ id, projectId: 'p-1', at: '2026-01-01T00:00:00.000Z', action, revision: 1, changedFields: [], snapshot: makeProject({ id: 'p-1' }) });
    const current = { ...sampleData(), history: [entry('h-kept', 'create'), entry('h-edited', 'create'), entry('h-gone', 'create')] };
    const incoming = { ...sampleData(), history: [entry('h-kept', 'create'), entry('h-edited', 'update'), entry('h-new', 'create')] };
    const plan = planRestore(current, incoming, 'replace', options);
    expect(plan.writes.history.map((h) => h.id)).toEqual(['h-edited', 'h-new']);
    expect(plan.removals.history).toEqual(['h-gone']);
    expect(plan.historyAdded).toBe(1);
  });

  it('a remembering comparison gives the same plans, comparing each pair of records once', () => {
    const current = sampleData();
    const incoming = sampleData();
    incoming.projects = [{ ...(incoming.projects[0] as (typeof incoming.projects)[number]), acronym: 'EDIT' }, ...incoming.projects.slice(1)];
    let comparisons = 0;
    const same = rememberingSameData((a, b) => {
      comparisons += 1;
      return sameData(a, b);
    });
    for (const mode of ['replace', 'merge', 'replace'] as const) {
      expect(planRestore(current, incoming, mode, { ...options, same })).toEqual(planRestore(current, incoming, mode, options));
    }
    // Two projects, two organisations and a programme are matched by id: five pairs, each compared once.
    expect(comparisons).toBe(5);
    // A new pair for a record seen before is compared afresh.
    const here = current.projects[0] as object;
    expect(same(here, structuredClone(here))).toBe(true);
    expect(comparisons).toBe(6);
  });

  it('merge: the newer updatedAt wins, a tie keeps what is here, and conflicts are listed', () => {
    const current = sampleData();
    const incoming = sampleData();
    const [p1, p2] = incoming.projects as [BackupData['projects'][number], BackupData['projects'][number]];
    incoming.projects = [
      { ...p1, acronym: 'NEWER', updatedAt: '2026-02-01T00:00:00.000Z', revision: 1 },
      { ...p2, acronym: 'SAME-TIME' },
      makeProject({ id: 'p-9' }),
    ];
    current.projects = current.projects.map((p) => ({ ...p, revision: 4 }));
    const plan = planRestore(current, incoming, 'merge', options);
    expect(plan.conflicts.map((c) => [c.id, c.winner])).toEqual([
      ['p-1', 'file'],
      ['p-2', 'current'],
    ]);
    expect(plan.projects).toEqual({ added: ['p-9'], changed: ['p-1'], removed: [], unchanged: 1 });
    const merged = new Map(plan.result.projects.map((p) => [p.id, p]));
    expect(merged.get('p-1')).toMatchObject({ acronym: 'NEWER', revision: 5 });
    expect(merged.get('p-2')?.acronym).toBe('TEST');
    expect(merged.size).toBe(3);
    expect(plan.writes.history.map((h) => [h.projectId, h.action, h.changedFields])).toEqual([
      ['p-1', 'import', ['acronym']],
      ['p-9', 'import', []],
    ]);
  });
});

describe('long work in steps', () => {
  it('the safety copy written in steps is the compact text, and says how far it has come', () => {
    const data = generatePortfolio({ projects: 450, seed: 3 });
    const file = buildBackup({ ...sampleData(), organisations: data.organisations, programmes: data.programmes, projects: data.projects }, { exportedAt: at, appVersion: '0.1.0' });
    const steps = compactBackupSteps(file);
    const seen: WorkProgress[] = [];
    let step = steps.next();
    while (!step.done) {
      seen.push(step.value);
      step = steps.next();
    }
    expect(step.value.join('')).toBe(serializeBackup(file, { compact: true }));
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toEqual({ phase: 'safety', done: 450, total: 450 });
  });

  it('the check in steps gives the same answer as in one go, counting records as it goes', () => {
    const data = generatePortfolio({ projects: 450, seed: 4 });
    const settings = { ...sampleData().settings, homeOrganisationId: null };
    const input = serializeBackup(buildBackup({ ...sampleData(), settings, organisations: data.organisations, programmes: data.programmes, projects: data.projects }, { exportedAt: at, appVersion: '0.1.0' }));
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
