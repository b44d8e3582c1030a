// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeProject } from '../test/factories';

// Each test reads the module afresh: the draft kept in memory is that of one page load.
const load = async () => {
  vi.resetModules();
  return import('./importDraft');
};

afterEach(() => sessionStorage.clear());

describe('the draft handed from Import to the project form', () => {
  it('survives a reload of the form (read back from this tab’s storage)', async () => {
    (await load()).keepImportDraft(makeProject({ id: 'project-draft', acronym: 'READ' }));
    expect((await load()).readImportDraft()?.acronym).toBe('READ');
  });

  it('still opens with a value the form refuses (an end before its start), for the form to say so', async () => {
    const draft = makeProject({ id: 'project-draft', period: { start: '2020-05-01', end: '2019-01-01', lengthMonths: null } });
    (await load()).keepImportDraft(draft);
    expect((await load()).readImportDraft()?.period.end).toBe('2019-01-01');
  });

  it('is refused when what is stored is not a project, and is gone once dropped', async () => {
    sessionStorage.setItem('eu-portfolio.importDraft', '{"acronym": 5}');
    expect((await load()).readImportDraft()).toBeNull();
    sessionStorage.setItem('eu-portfolio.importDraft', 'not json');
    expect((await load()).readImportDraft()).toBeNull();
    const module = await load();
    module.keepImportDraft(makeProject({ id: 'project-draft' }));
    module.dropImportDraft();
    expect(module.readImportDraft()).toBeNull();
    expect((await load()).readImportDraft()).toBeNull();
  });
});
