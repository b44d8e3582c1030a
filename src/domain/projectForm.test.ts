import { describe, expect, it } from 'vitest';
import { samplePortfolio } from './sample';
import { ttchan } from './sample/projects/ttchan';
import { solid } from './sample/projects/solid';
import { endFromLength, parseDateTime, parseEventDate } from './dates';
import { duplicateFormValues, emptyFormValues, emptyRow, periodYears, toFormValues, type ProjectFormValues, type ProjectMeta } from './projectForm';
import { readForm, validateForm } from './projectFormReading';
import type { Project } from './schema';

const metaOf = (p: Project): ProjectMeta => ({ id: p.id, origin: p.origin, createdAt: p.createdAt, updatedAt: p.updatedAt, revision: p.revision });
const newMeta: ProjectMeta = { id: 'new-1', origin: 'user', createdAt: '2026-02-01T10:00:00.000Z', updatedAt: '2026-02-01T10:00:00.000Z', revision: 1 };

function minimal(patch: (v: ProjectFormValues) => ProjectFormValues = (v) => v): ProjectFormValues {
  return patch({ ...emptyFormValues(), acronym: 'NEW', councilRole: 'lead' });
}

describe('project form conversions', () => {
  it.each(samplePortfolio.projects.map((p) => [p.acronym, p] as const))('%s survives the round trip through the form unchanged', (_name, project) => {
    for (const decimal of ['.', ','] as const) {
      const outcome = validateForm(toFormValues(project, decimal), metaOf(project));
      expect(outcome.ok ? [] : outcome.errors).toEqual([]);
      expect(outcome.project).toEqual(project);
    }
  });

  it('shows amounts without grouping, with the decimal separator asked for', () => {
    const values = toFormValues({ ...ttchan, budget: { ...ttchan.budget, otherCofinancing: 392050 } }, ',');
    expect(values.budget.totalBudget).toBe('10080');
    expect(values.budget.otherCofinancing).toBe('3920,50');
    expect(values.period).toEqual({ start: '08.11.2018', end: '12.11.2018', lengthMonths: '' });
    expect(values.events[0]?.date).toBe('08.11.2018 – 12.11.2018');
    expect(values.councilDecision).toEqual({ number: '502', date: '28.09.2018', signedBy: 'I. Prelatovs, Domes priekšsēdētāja 1. vietnieks' });
  });

  it('reads money as people type it, and keeps an empty amount unknown', () => {
    const values = minimal((v) => ({
      ...v,
      budget: { ...v.budget, totalBudget: '10 080', councilBudget: '3920,00', euCofinancing: '4 160,50 €', councilCofinancing: '10,080.00', otherCofinancing: '' },
    }));
    const outcome = validateForm(values, newMeta);
    expect(outcome.ok).toBe(true);
    expect(outcome.project.budget).toMatchObject({ totalBudget: 1008000, councilBudget: 392000, euCofinancing: 416050, councilCofinancing: 1008000, otherCofinancing: null });
  });

  it('refuses a negative or unreadable amount, beside its field, and keeps the rest', () => {
    const values = minimal((v) => ({ ...v, budget: { ...v.budget, totalBudget: '-5', councilBudget: '12,3456', payments: [{ ...emptyRow.payment(), amount: 'abc' }] } }));
    const outcome = validateForm(values, newMeta);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual({
      'budget.totalBudget': { code: 'money' },
      'budget.councilBudget': { code: 'money' },
      'budget.payments.0.amount': { code: 'money' },
    });
  });

  it('requires an acronym or a title, a council role, and a period that does not end before it starts', () => {
    const values = { ...emptyFormValues(), period: { start: '01.02.2019', end: '31.01.2019', lengthMonths: '' } };
    const outcome = validateForm(values, newMeta);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual({
      acronym: { code: 'identity-required' },
      councilRole: { code: 'role-required' },
      'period.end': { code: 'period-order' },
    });
    // A title alone is enough identity.
    const titled = validateForm({ ...values, councilRole: 'partner', title: { lv: 'Nosaukums', en: '' }, period: { start: '', end: '', lengthMonths: '' } }, newMeta);
    expect(titled.ok).toBe(true);
  });

  it('checks e-mail, phone, link schemes, whole numbers, percentages and countries', () => {
    const values = minimal((v) => ({
      ...v,
      website: 'javascript:alert(1)',
      contacts: [{ ...emptyRow.contact(), name: 'Jolanta', email: 'not-an-address', phone: 'call me' }, { ...emptyRow.contact(), name: '' }],
      links: [{ ...emptyRow.link(), url: 'ftp://example.org/file' }],
      events: [{ ...emptyRow.event('e1'), representatives: '2.5', hostCountry: 'Latvia', date: '32.13.2018' }],
      results: [{ ...emptyRow.result(), indicatorKind: 'staff-mobilities', target: '-1' }],
      budget: { ...v.budget, euCofinancingPercent: '140' },
      partners: [emptyRow.partner()],
    }));
    const outcome = validateForm(values, newMeta);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual({
      website: { code: 'url' },
      'contacts.0.email': { code: 'email' },
      'contacts.0.phone': { code: 'phone' },
      'contacts.1.name': { code: 'required' },
      'links.0.url': { code: 'url' },
      'events.0.representatives': { code: 'whole-number' },
      'events.0.hostCountry': { code: 'country' },
      'events.0.date': { code: 'event-date' },
      'results.0.target': { code: 'whole-number' },
      'budget.euCofinancingPercent': { code: 'percent' },
      'partners.0.organisationId': { code: 'organisation-required' },
    });
  });

  it('accepts a mailto link and an e-mail with spaces around it', () => {
    const outcome = validateForm(minimal((v) => ({ ...v, website: ' mailto:info@daugavpils.lv ', contacts: [{ ...emptyRow.contact(), name: 'A', email: ' a@b.lv ', phone: '+371 654 04344' }] })), newMeta);
    expect(outcome.ok).toBe(true);
    expect(outcome.project.website).toBe('mailto:info@daugavpils.lv');
    expect(outcome.project.contacts[0]).toMatchObject({ email: 'a@b.lv', phone: '+371 654 04344' });
  });

  it('takes a period as a start and a length in months', () => {
    expect(endFromLength('2019-01-15', 12)).toBe('2020-01-14');
    expect(endFromLength('2018-01-01', 1)).toBe('2018-01-31');
    const outcome = validateForm(minimal((v) => ({ ...v, period: { start: '15.01.2019', end: '', lengthMonths: '12' } })), newMeta);
    expect(outcome.project.period).toEqual({ start: '2019-01-15', end: '2020-01-14', lengthMonths: 12 });
  });

  it('reads event dates as a month, a day or a range of days', () => {
    expect(parseEventDate('03/2018')).toEqual({ precision: 'month', month: '2018-03' });
    expect(parseEventDate('8.11.2018')).toEqual({ precision: 'day', start: '2018-11-08', end: '2018-11-08' });
    expect(parseEventDate('08.11.2018. – 12.11.2018.')).toEqual({ precision: 'day', start: '2018-11-08', end: '2018-11-12' });
    expect(parseEventDate('2018-11-08 - 2018-11-12')).toEqual({ precision: 'day', start: '2018-11-08', end: '2018-11-12' });
    expect(parseEventDate('')).toEqual({ precision: 'unknown' });
    expect(parseEventDate('Septembris')).toBe('invalid');
    const backwards = validateForm(minimal((v) => ({ ...v, events: [{ ...emptyRow.event('e1'), date: '12.11.2018 – 08.11.2018' }] })), newMeta);
    expect(backwards.ok ? null : backwards.errors['events.0.date']).toEqual({ code: 'date-order' });
  });

  it('reads "information last updated" as typed', () => {
    expect(parseDateTime('21.05.2021 11:03')).toBe('2021-05-21T11:03');
    expect(parseDateTime('2021-05-21T11:03')).toBe('2021-05-21T11:03');
    expect(parseDateTime('21.05.2021')).toBe('2021-05-21T00:00');
    expect(parseDateTime('21.05.2021 25:03')).toBe('invalid');
    expect(parseDateTime('')).toBeNull();
  });

  it('gives live warnings a best-effort project even while a field cannot be read', () => {
    const { project, errors } = readForm(
      minimal((v) => ({ ...v, budget: { ...v.budget, councilBudget: '4160', euCofinancing: '1500', councilCofinancing: '2 66x' } })),
      newMeta,
    );
    expect(errors['budget.councilCofinancing']).toEqual({ code: 'money' });
    expect(project.budget.councilCofinancing).toBeNull();
    expect(project.budget.euCofinancing).toBe(150000);
  });

  it('duplicates a project: keeps partners, programme and structure; clears dates, money and events', () => {
    const values = duplicateFormValues(solid);
    expect(values.partners.map((p) => p.organisationId)).toEqual(solid.partners.map((p) => p.organisationId));
    expect(values.programmeId).toBe(solid.programmeId);
    expect(values.objectives).toHaveLength(solid.objectives.length);
    expect(values.results.map((r) => r.text)).toEqual(solid.results.map((r) => r.text));
    expect(values.period).toEqual({ start: '', end: '', lengthMonths: '' });
    expect(values.events).toEqual([]);
    expect(values.budget.councilBudget).toBe('');
    expect(values.budget.prefinancingByYear).toEqual([]);
    expect(values.budget.payments.every((p) => p.amount === '' && p.expectedDate === '')).toBe(true);
    expect(values.pressReleases).toEqual([]);
    const outcome = validateForm({ ...values, acronym: 'SOLID 2' }, newMeta);
    expect(outcome.ok ? [] : outcome.errors).toEqual([]);
    expect(outcome.project.budget.totalBudget).toBeNull();
  });

  it('offers the years of the period', () => {
    expect(periodYears({ ...emptyFormValues(), period: { start: '16.10.2017', end: '15.10.2019', lengthMonths: '' } })).toEqual([2017, 2018, 2019]);
    expect(periodYears({ ...emptyFormValues(), period: { start: '15.01.2019', end: '', lengthMonths: '12' } })).toEqual([2019, 2020]);
    expect(periodYears(emptyFormValues())).toEqual([]);
  });
});
