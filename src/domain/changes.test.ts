import { describe, expect, it } from 'vitest';
import { makeProject } from '../test/factories';
import { changedFields } from './changes';

describe('changedFields', () => {
  it('lists nothing for a new project or an unchanged one', () => {
    const p = makeProject();
    expect(changedFields(null, p)).toEqual([]);
    expect(changedFields(p, { ...p, revision: 2, updatedAt: '2027-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('names budget figures one by one and lists as a whole', () => {
    const p = makeProject();
    const q = {
      ...p,
      acronym: 'NEW',
      budget: { ...p.budget, euCofinancing: 100, councilCofinancing: 0 },
      events: [{ id: 'e', order: 1, kind: 'meeting' as const, title: { lv: '', en: '' }, hostCity: null, hostCityLv: null, hostCountry: null, placeAsWritten: null, date: { precision: 'unknown' as const }, direction: 'outgoing' as const, representatives: null, notes: { lv: '', en: '' } }],
      title: { ...p.title, en: 'Other' },
    };
    expect(changedFields(p, q)).toEqual(['acronym', 'title.en', 'budget.euCofinancing', 'budget.councilCofinancing', 'events']);
  });

  it('tells null from 0', () => {
    const p = makeProject();
    expect(changedFields(p, { ...p, budget: { ...p.budget, totalBudget: 0 } })).toEqual(['budget.totalBudget']);
  });
});
