// What a restore would change: replace and merge, conflicts, and the records to write.
import { describe, expect, it } from 'vitest';
import { makeProject } from '../../test/factories';
import { sampleBackupData } from '../../test/backupData';
import { sameData } from '../sameData';
import type { BackupData } from './format';
import { planRestore, rememberingSameData } from './restorePlan';

describe('planning a restore', () => {
  const options = { now: '2026-03-01T00:00:00.000Z', newId: () => 'new-id' };

  it('replace: counts added, changed and removed projects', () => {
    const current = sampleBackupData();
    const incoming = sampleBackupData();
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
    const current = { ...sampleBackupData(), history: [entry('h-kept', 'create'), entry('h-edited', 'create'), entry('h-gone', 'create')] };
    const incoming = { ...sampleBackupData(), history: [entry('h-kept', 'create'), entry('h-edited', 'update'), entry('h-new', 'create')] };
    const plan = planRestore(current, incoming, 'replace', options);
    expect(plan.writes.history.map((h) => h.id)).toEqual(['h-edited', 'h-new']);
    expect(plan.removals.history).toEqual(['h-gone']);
    expect(plan.historyAdded).toBe(1);
  });

  it('a remembering comparison gives the same plans, comparing each pair of records once', () => {
    const current = sampleBackupData();
    const incoming = sampleBackupData();
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
    const current = sampleBackupData();
    const incoming = sampleBackupData();
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
