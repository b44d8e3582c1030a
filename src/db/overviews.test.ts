// The overviews table: its compact rows decode to exactly the project's overview, and every
// way of writing projects keeps it in step (real Dexie over fake-indexeddb).
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest, upgradedFrom } from '../test/database';
import { generatePortfolio, makeEmptyProject } from '../../tests/fixtures/generator';
import { projectOverview } from '../domain/overview';
import { samplePortfolio } from '../domain/sample';
import type { Project } from '../domain/schema';
import { makeEvent, makeOrganisation, makeProject } from '../test/factories';
import { applyRestore, exportBackup, readBackup, restoreSafetyBackup } from './backup';
import { mergeOrganisations } from './directoryRepository';
import { decodeOverview, encodeOverview } from './overviewRows';
import {
  deleteProject,
  getProjects,
  initialiseIfNew,
  listNewestOverviews,
  listProjectOverviews,
  listProjects,
  loadSamplePortfolio,
  putPortfolio,
  removeSamplePortfolio,
  restoreProject,
  saveProject,
} from './portfolioRepository';

const database = freshDatabaseEachTest();

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => a.id.localeCompare(b.id));

/** The stored overviews are exactly the overviews of the stored projects. */
async function expectInStep(): Promise<void> {
  const projects = await listProjects();
  expect(byId(await listProjectOverviews())).toEqual(byId(projects.map(projectOverview)));
}

describe('overview rows', () => {
  const withEverythingUnknown: Project = {
    ...makeEmptyProject('empty', '2026-01-01T00:00:00.000Z'),
    acronym: 'EMPTY',
    events: [makeEvent({ kind: 'other' })],
  };
  const generated = generatePortfolio({ projects: 200, seed: 7 }).projects;

  it.each([
    ['the five seed projects', samplePortfolio.projects],
    ['200 generated projects', generated],
    ['a project with every value unknown', [withEverythingUnknown]],
  ])('decode(encode(overview)) gives the overview back: %s', (_name, projects) => {
    for (const project of projects) {
      const overview = projectOverview(project);
      expect(decodeOverview(encodeOverview(overview))).toEqual(overview);
    }
  });

  it('keeps month and day precision of event dates apart', () => {
    const [decode] = samplePortfolio.projects.filter((p) => p.acronym === 'DeCoDe');
    const overview = decodeOverview(encodeOverview(projectOverview(decode!)));
    expect(overview.events.map((e) => e.date.precision)).toEqual(decode!.events.map((e) => e.date.precision));
  });

  it('is much smaller than the project it stands for', () => {
    const size = (value: unknown) => JSON.stringify(value).length;
    const full = generated.reduce((n, p) => n + size(p), 0);
    const rows = generated.reduce((n, p) => n + size(encodeOverview(projectOverview(p))), 0);
    expect(rows / full).toBeLessThan(0.3);
  });
});

describe('overviews stay in step with the projects', () => {
  it('through saving, deleting and undoing a delete', async () => {
    const saved = await saveProject(makeProject({ id: 'a', acronym: 'ONE' }));
    await saveProject(makeProject({ id: 'b' }));
    await expectInStep();
    await saveProject({ ...saved, acronym: 'RENAMED', period: { start: '2030-01-01', end: '2031-12-31', lengthMonths: 24 } });
    await expectInStep();
    expect((await listProjectOverviews()).find((o) => o.id === 'a')?.acronym).toBe('RENAMED');
    const deleted = await deleteProject('a');
    await expectInStep();
    expect((await listProjectOverviews()).map((o) => o.id)).toEqual(['b']);
    await restoreProject(deleted);
    await expectInStep();
  });

  it('through the sample portfolio: first start, loading again, removing', async () => {
    await initialiseIfNew(samplePortfolio);
    await expectInStep();
    expect(await listProjectOverviews()).toHaveLength(5);
    await removeSamplePortfolio(samplePortfolio);
    await expectInStep();
    await loadSamplePortfolio(samplePortfolio);
    await expectInStep();
  });

  it('through bulk writes, replace and merge', async () => {
    const { organisations, programmes, projects } = generatePortfolio({ projects: 50, seed: 3 });
    await putPortfolio({ organisations, programmes, projects }, { mode: 'replace' });
    await expectInStep();
    await putPortfolio({ organisations, programmes, projects: projects.slice(0, 10).map((p) => ({ ...p, acronym: `${p.acronym}-2` })) }, { mode: 'merge' });
    await expectInStep();
    await putPortfolio({ organisations: [], programmes: [], projects: projects.slice(0, 3) }, { mode: 'replace' });
    await expectInStep();
    expect(await listProjectOverviews()).toHaveLength(3);
  });

  it('through merging two organisations', async () => {
    await putPortfolio({ organisations: [makeOrganisation({ id: 'keep' }), makeOrganisation({ id: 'gone' })], programmes: [], projects: [] }, { mode: 'merge' });
    await saveProject(makeProject({ id: 'p', partners: [{ organisationId: 'gone', role: 'partner', nameAsWritten: null }] }));
    await mergeOrganisations('keep', 'gone');
    await expectInStep();
    expect((await listProjectOverviews())[0]?.partners.map((p) => p.organisationId)).toEqual(['keep']);
  });

  it('through restoring a backup and its safety backup', async () => {
    await initialiseIfNew(samplePortfolio);
    await removeSamplePortfolio(samplePortfolio);
    await saveProject(makeProject({ id: 'before', partners: [], programmeId: null }));
    const { text } = await exportBackup();
    await saveProject(makeProject({ id: 'after', partners: [], programmeId: null }));
    const read = await readBackup(text);
    if (!read.ok) throw new Error(`the export should read back: ${JSON.stringify(read.problem)}`);
    const { safetyBackupId } = await applyRestore(read.backup, 'replace');
    await expectInStep();
    expect((await listProjectOverviews()).map((o) => o.id)).toEqual(['before']);
    await restoreSafetyBackup(safetyBackupId);
    await expectInStep();
    expect((await listProjectOverviews()).map((o) => o.id).sort()).toEqual(['after', 'before']);
  });

  it('a failed write leaves both tables as they were', async () => {
    await saveProject(makeProject({ id: 'kept' }));
    const bad = [makeProject({ id: 'n1' }), makeProject({ id: 'n2', revision: 0 })];
    await expect(putPortfolio({ organisations: [], programmes: [], projects: bad }, { mode: 'replace' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(
      database().transaction('rw', database().projects, async () => {
        await database().projects.clear();
        throw new Error('stop half-way');
      }),
    ).rejects.toThrow('stop half-way');
    await expectInStep();
    expect((await listProjectOverviews()).map((o) => o.id)).toEqual(['kept']);
  });

  it('reads the whole portfolio in parts, in key order, missing nothing', async () => {
    const { organisations, programmes, projects } = generatePortfolio({ projects: 23, seed: 5 });
    await putPortfolio({ organisations, programmes, projects }, { mode: 'replace' });
    const whole = byId(await listProjectOverviews());
    expect(whole).toHaveLength(23);
    for (const partSize of [1, 3, 5, 11, 100]) expect(await listProjectOverviews({ partSize })).toEqual(whole);
  });

  it('reads chosen projects in full, skipping ids that do not exist', async () => {
    await saveProject(makeProject({ id: 'x' }));
    await saveProject(makeProject({ id: 'y' }));
    expect((await getProjects(['y', 'gone', 'x', 'y'])).map((p) => p.id)).toEqual(['y', 'x']);
  });

  it('reads the newest projects first through the start index', async () => {
    for (const [id, start] of [['old', '2010-01-01'], ['new', '2030-01-01'], ['mid', '2020-01-01']] as const) {
      await saveProject(makeProject({ id, period: { start, end: null, lengthMonths: null } }));
    }
    expect((await listNewestOverviews(2)).map((o) => o.id)).toEqual(['new', 'mid']);
  });
});

describe('upgrade', () => {
  it('fills the overviews from the projects of a version-4 database', async () => {
    await upgradedFrom(4, { projects: samplePortfolio.projects.map((p) => ({ ...p, activeYears: [] })) });
    expect(database().verno).toBe(7);
    await expectInStep();
    expect(await listProjectOverviews()).toHaveLength(5);
  });
});
