// Storage tests for the directories: real Dexie over fake-indexeddb, no mocks.
import { describe, expect, it } from 'vitest';
import { freshDatabaseEachTest } from '../test/database';
import { makeOrganisation, makeProgramme, makeProject } from '../test/factories';
import { setAuthor } from './historyEntry';
import { setSharing } from './sync/outbox';
import { createOrganisation, createProgramme, mergeOrganisations, repointPartners, updateOrganisation, updateProgramme } from './directoryRepository';
import { getProject, getSettings, listHistory, listOrganisations, listProgrammes, putPortfolio, updateSettings } from './portfolioRepository';

const database = freshDatabaseEachTest();

const magdeburga = makeOrganisation({ id: 'org-magdeburga', name: 'Magdeburga', nameLv: null, city: null, cityLv: null });
const magdeburg = makeOrganisation({ id: 'org-magdeburg', name: 'Magdeburg' });
const home = makeOrganisation({ id: 'org-home', name: 'Daugavpils City Council', country: 'LV' });

async function seed() {
  await putPortfolio(
    {
      organisations: [magdeburga, magdeburg, home],
      programmes: [makeProgramme()],
      projects: [
        makeProject({ id: 'p-a', partners: [{ organisationId: 'org-home', role: 'lead', nameAsWritten: null }, { organisationId: 'org-magdeburga', role: 'partner', nameAsWritten: 'Magdeburga, Vācija' }] }),
        makeProject({ id: 'p-b', partners: [{ organisationId: 'org-magdeburg', role: 'partner', nameAsWritten: null }, { organisationId: 'org-magdeburga', role: 'lead', nameAsWritten: 'Magdeburga' }] }),
        makeProject({ id: 'p-c', partners: [{ organisationId: 'org-home', role: 'lead', nameAsWritten: null }] }),
      ],
    },
    { mode: 'replace' },
  );
}

describe('organisations', () => {
  it('creates one with a fresh id and timestamps, and refuses one without a name', async () => {
    const created = await createOrganisation({ name: 'Motala kommun', nameLv: 'Motala', city: 'Motala', cityLv: null, country: 'SE', kind: 'municipality', notes: '' });
    expect(created.id).toMatch(/^org-/);
    expect(await listOrganisations()).toEqual([created]);
    await expect(createOrganisation({ name: '', nameLv: null, city: null, cityLv: null, country: null, kind: 'other', notes: '' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(createOrganisation({ name: 'X', nameLv: null, city: null, cityLv: null, country: 'Sweden', kind: 'other', notes: '' })).rejects.toMatchObject({ kind: 'invalid' });
    expect(await listOrganisations()).toHaveLength(1);
  });

  it('edits one, keeping when it was created', async () => {
    await seed();
    const updated = await updateOrganisation({ ...magdeburg, city: 'Magdeburg an der Elbe', createdAt: '2030-01-01T00:00:00.000Z' });
    expect(updated.createdAt).toBe(magdeburg.createdAt);
    expect((await listOrganisations()).find((o) => o.id === 'org-magdeburg')?.city).toBe('Magdeburg an der Elbe');
    await expect(updateOrganisation({ ...magdeburg, id: 'org-missing' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('merges two records: every project points to the kept one, the other is deleted, history says so', async () => {
    await seed();
    expect(await mergeOrganisations('org-magdeburg', 'org-magdeburga')).toEqual({ projectsChanged: 2 });
    expect((await listOrganisations()).map((o) => o.id).sort()).toEqual(['org-home', 'org-magdeburg']);
    const a = await getProject('p-a');
    expect(a?.partners).toEqual([
      { organisationId: 'org-home', role: 'lead', nameAsWritten: null },
      { organisationId: 'org-magdeburg', role: 'partner', nameAsWritten: 'Magdeburga, Vācija' },
    ]);
    expect(a?.revision).toBe(2);
    // p-b named both records: they become one row, with the stronger role and the source's wording.
    expect((await getProject('p-b'))?.partners).toEqual([{ organisationId: 'org-magdeburg', role: 'lead', nameAsWritten: 'Magdeburga' }]);
    expect((await getProject('p-c'))?.revision).toBe(1);
    const history = await listHistory('p-a');
    expect(history.map((h) => [h.action, h.changedFields])).toEqual([['update', ['partners']]]);
  });

  it('while shared, the merge’s history entries name the signed-in user', async () => {
    await seed();
    setSharing(true);
    setAuthor('editor');
    try {
      await mergeOrganisations('org-magdeburg', 'org-magdeburga');
    } finally {
      setSharing(null);
      setAuthor(undefined);
    }
    expect((await listHistory('p-a')).map((h) => [h.action, h.author])).toEqual([['update', 'editor']]);
  });

  it('moves the home organisation to the kept record', async () => {
    await seed();
    await updateSettings({ homeOrganisationId: 'org-magdeburga' });
    await mergeOrganisations('org-magdeburg', 'org-magdeburga');
    expect((await getSettings()).homeOrganisationId).toBe('org-magdeburg');
  });

  it('changes nothing when the merge fails part-way (one transaction)', async () => {
    await seed();
    // A project that will not validate once repointed makes the whole merge fail.
    await database().projects.update('p-b', { acronym: 'x'.repeat(60) });
    await expect(mergeOrganisations('org-magdeburg', 'org-magdeburga')).rejects.toMatchObject({ kind: 'invalid' });
    expect((await getProject('p-a'))?.partners[1]?.organisationId).toBe('org-magdeburga');
    expect((await listOrganisations()).map((o) => o.id).sort()).toEqual(['org-home', 'org-magdeburg', 'org-magdeburga']);
    expect(await listHistory('p-a')).toEqual([]);
  });

  it('refuses to merge a record into itself or into a missing one', async () => {
    await seed();
    await expect(mergeOrganisations('org-magdeburg', 'org-magdeburg')).rejects.toMatchObject({ kind: 'invalid' });
    await expect(mergeOrganisations('org-missing', 'org-magdeburga')).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('repoints partner rows without duplicating the kept organisation', () => {
    expect(
      repointPartners(
        [
          { organisationId: 'keep', role: 'associated', nameAsWritten: null },
          { organisationId: 'other', role: 'partner', nameAsWritten: null },
          { organisationId: 'gone', role: 'partner', nameAsWritten: 'as written' },
        ],
        'gone',
        'keep',
      ),
    ).toEqual([
      { organisationId: 'keep', role: 'partner', nameAsWritten: 'as written' },
      { organisationId: 'other', role: 'partner', nameAsWritten: null },
    ]);
  });
});

describe('programmes', () => {
  it('creates and edits a programme, validated', async () => {
    const created = await createProgramme({ name: { lv: 'Eiropa pilsoņiem', en: 'Europe for Citizens' }, strand: { lv: '', en: '' }, measure: { lv: 'Pašvaldību sadraudzība', en: 'Town Twinning' }, funders: [{ lv: 'Eiropas Savienība', en: 'European Union' }] });
    expect(created.id).toMatch(/^prog-/);
    const updated = await updateProgramme({ ...created, strand: { lv: '2. sadaļa', en: 'Strand 2' } });
    expect((await listProgrammes())[0]?.strand).toEqual({ lv: '2. sadaļa', en: 'Strand 2' });
    expect(updated.createdAt).toBe(created.createdAt);
    await expect(updateProgramme({ ...created, funders: Array.from({ length: 21 }, () => ({ lv: 'a', en: 'a' })) })).rejects.toMatchObject({ kind: 'invalid' });
  });
});
