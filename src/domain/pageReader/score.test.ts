import { samplePortfolio } from '../sample';
import type { Project } from '../schema';
import { flattenProject, flattenRecord, scoreReading } from './score';

const wir = samplePortfolio.projects.find((p) => p.id === 'sample-wir') as Project;

describe('flattenProject', () => {
  it('gives the values as dotted paths, without unknown ones, translations or bookkeeping', () => {
    const flat = flattenProject(wir);
    expect(flat.get('budget.councilBudget')).toBe('1460000');
    expect(flat.get('budget.payments.1.dueCondition')).toBe('after-completion');
    expect(flat.get('contacts.0.phone')).toBe('6 54 76064');
    expect(flat.has('budget.totalBudget')).toBe(false);
    expect(flat.has('objectives.0.en')).toBe(false);
    expect([...flat.keys()].some((k) => /^(?:id|notes|links|createdAt|origin)/.test(k))).toBe(false);
  });

  it('keeps 0, a known amount', () => {
    const ttchan = samplePortfolio.projects.find((p) => p.id === 'sample-ttchan') as Project;
    expect(flattenProject(ttchan).get('budget.councilCofinancing')).toBe('0');
  });
});

describe('scoreReading', () => {
  const expected = flattenRecord(wir);

  it('counts right, missed and invented values', () => {
    const read = new Map([
      ['acronym', 'WIR'],
      ['budget.councilBudget', '1460000'],
      ['budget.euCofinancing', '1'],
      ['budget.totalBudget', '1460000'],
    ]);
    const score = scoreReading(read, expected);
    expect([score.right, score.invented]).toEqual([2, 2]);
    expect(score.wrong.map((w) => w.field)).toEqual(['budget.euCofinancing', 'budget.totalBudget']);
    expect(score.stated).toBe(expected.size);
    expect(score.missed).toContain('title.lv');
  });

  it('leaves out of the stated values what a person added', () => {
    const all = scoreReading(new Map(), expected);
    const less = scoreReading(new Map(), expected, ['title.en', 'events']);
    expect(all.stated - less.stated).toBe(1 + [...expected.keys()].filter((k) => k.startsWith('events.')).length);
  });

  it('counts the partners and the programme of a record', () => {
    expect([expected.get('partners.0.organisationId'), expected.get('partners.0.role'), expected.get('programmeId')]).toEqual(['org-vanersborg', 'lead', 'prog-efc']);
  });
});
