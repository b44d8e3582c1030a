// Writing a backup file: the envelope, the order of keys and records, the size limit, in steps.
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../../../tests/fixtures/generator';
import { at, backupText, sampleBackupData } from '../../test/backupData';
import { canonical, prettyItems } from '../prettyJson';
import { BACKUP_FORMAT, type BackupData } from './format';
import { decodeBackupBytes, readBackupText } from './read';
import type { WorkProgress } from './steps';
import { backupFileName, buildBackup, compactBackupSteps, serializeBackup, serializeBackupWithin, utf8Bytes } from './write';

describe('every file the app writes, it can restore', () => {
  const file = () => buildBackup(sampleBackupData(), { exportedAt: at, appVersion: '0.1.0' });
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
    expect(read.ok && read.backup.data).toEqual(sampleBackupData());
  });

  it('says so when even the compact file is over the limit', () => {
    const compact = serializeBackup(file(), { compact: true });
    expect(serializeBackupWithin(file(), bytes(compact) - 1)).toMatchObject({ compact: true, fits: false });
  });
});

describe('writing', () => {
  it('puts the envelope first, keys in order, records sorted by id, pretty-printed', () => {
    const data = sampleBackupData();
    data.projects.reverse();
    const written = backupText(data);
    expect(written.startsWith(`{\n  "format": "${BACKUP_FORMAT}",\n  "formatVersion": 2,\n  "app": {`)).toBe(true);
    const parsed = JSON.parse(written) as { data: { projects: { id: string }[]; organisations: Record<string, unknown>[] } };
    expect(parsed.data.projects.map((p) => p.id)).toEqual(['p-1', 'p-2']);
    expect(Object.keys(parsed.data.organisations[0] ?? {})).toEqual(['city', 'cityLv', 'country', 'createdAt', 'id', 'kind', 'name', 'nameLv', 'notes', 'updatedAt']);
    expect(backupText(data)).toBe(written); // the same data, the same text
  });

  it('canonical() copies only what is out of order', () => {
    const inOrder = { a: 1, b: { c: [1, { d: 2, e: 3 }] } };
    expect(canonical(inOrder)).toBe(inOrder);
    expect(JSON.stringify(canonical({ b: 1, a: { z: 1, y: 2 } }))).toBe('{"a":{"y":2,"z":1},"b":1}');
  });

  it('writes exactly what one JSON.stringify with sorted keys would, record by record', () => {
    const generated = generatePortfolio({ projects: 40, seed: 11 });
    const history = [{ id: 'h-1', projectId: 'p-1', at, action: 'create' as const, revision: 1, changedFields: [], snapshot: sampleBackupData().projects[0]! }];
    const datas: BackupData[] = [sampleBackupData(), { ...sampleBackupData(), ...generated, history }, { ...sampleBackupData(), projects: [] }];
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

describe('long work in steps', () => {
  it('the safety copy written in steps is the compact text, and says how far it has come', () => {
    const data = generatePortfolio({ projects: 450, seed: 3 });
    const file = buildBackup({ ...sampleBackupData(), organisations: data.organisations, programmes: data.programmes, projects: data.projects }, { exportedAt: at, appVersion: '0.1.0' });
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
});
