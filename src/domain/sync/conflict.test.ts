import { describe, expect, it } from 'vitest';
import { makeProject } from '../../test/factories';
import { projectSchema } from '../schema';
import { combineVersions, compareVersions, keptFields, valueAt } from './conflict';

const base = makeProject({ id: 'p-c', acronym: 'BASE', revision: 3 });
/** Colleague A changed the acronym and the English title; B the acronym and the EU co-financing. */
const fromA = { ...base, acronym: 'FROM-A', title: { ...base.title, en: 'Title of A' }, updatedAt: '2026-03-01T10:00:00.000Z', revision: 4 };
const fromB = { ...base, acronym: 'FROM-B', budget: { ...base.budget, euCofinancing: 12_345_00 }, updatedAt: '2026-03-01T11:00:00.000Z', revision: 4 };

describe('compareVersions', () => {
  it('lists each field where the versions differ, with every version’s value, in the record’s order', () => {
    expect(compareVersions([fromA, fromB])).toEqual([
      { field: 'acronym', values: ['FROM-A', 'FROM-B'] },
      { field: 'title.en', values: ['Title of A', base.title.en] },
      { field: 'budget.euCofinancing', values: [base.budget.euCofinancing, 12_345_00] },
    ]);
  });

  it('lists nothing when only the bookkeeping differs, or for one version', () => {
    expect(compareVersions([fromA, { ...fromA, revision: 9, updatedAt: '2027-01-01T00:00:00.000Z' }])).toEqual([]);
    expect(compareVersions([fromA])).toEqual([]);
  });

  it('takes a field as a whole when one version holds it whole (a cleared council decision)', () => {
    const decided = { ...base, councilDecision: { number: '12', date: '2026-01-05', signedBy: null } };
    const other = { ...base, councilDecision: { number: '13', date: '2026-01-05', signedBy: null } };
    const cleared = { ...base, councilDecision: null };
    expect(compareVersions([decided, other]).map((d) => d.field)).toEqual(['councilDecision.number']);
    expect(compareVersions([decided, other, cleared]).map((d) => d.field)).toEqual(['councilDecision']);
  });
});

describe('combineVersions', () => {
  it('keeps the shown version where nothing is chosen', () => {
    expect(combineVersions([fromA, fromB], {})).toEqual(fromA);
  });

  it('takes each chosen field from the chosen version, and the rest from the shown one', () => {
    const combined = combineVersions([fromA, fromB], { acronym: 1, 'budget.euCofinancing': 1 });
    expect(combined.acronym).toBe('FROM-B');
    expect(combined.title.en).toBe('Title of A');
    expect(combined.budget.euCofinancing).toBe(12_345_00);
    expect(combined.budget.councilBudget).toBe(fromA.budget.councilBudget);
    expect(projectSchema.safeParse(combined).success).toBe(true);
    expect(compareVersions([combined, fromA]).map((d) => d.field)).toEqual(['acronym', 'budget.euCofinancing']);
  });

  it('can take the other version’s value back out of the shown one (an unchanged field of B)', () => {
    expect(combineVersions([fromA, fromB], { 'title.en': 1 }).title.en).toBe(base.title.en);
  });

  it('refuses a version that does not exist', () => {
    expect(() => combineVersions([fromA, fromB], { acronym: 2 })).toThrow(/no version 2/);
    expect(() => combineVersions([], {})).toThrow();
  });
});

describe('keptFields', () => {
  it('says which version was kept for every differing field', () => {
    expect(keptFields([fromA, fromB], { acronym: 1 })).toEqual([
      { field: 'acronym', version: 1 },
      { field: 'title.en', version: 0 },
      { field: 'budget.euCofinancing', version: 0 },
    ]);
  });
});

describe('valueAt', () => {
  it('reads a dotted path, and undefined past a null', () => {
    expect(valueAt(fromB, 'budget.euCofinancing')).toBe(12_345_00);
    expect(valueAt({ ...base, councilDecision: null }, 'councilDecision.number')).toBeUndefined();
  });
});
