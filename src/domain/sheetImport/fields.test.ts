import { describe, expect, it } from 'vitest';
import { headerKey, readDate, readMoney, readNames, readRole, readText, suggestMapping } from './fields';

describe('column suggestions', () => {
  it('knows the app’s own headings in both languages', () => {
    const lv = ['ID', 'Akronīms', 'Nosaukums (latviski)', 'Nosaukums (angliski)', 'Domes loma', 'Programma', 'Vadošais partneris', 'Partneri', 'Valstis', 'Sākums', 'Beigas', 'Statuss', 'Kopējais budžets, EUR', 'Domes budžets, EUR', 'ES līdzfinansējums, EUR', 'Domes līdzfinansējums, EUR', 'Priekšfinansējums, EUR', 'Pasākumi'];
    const en = ['ID', 'Acronym', 'Title (Latvian)', 'Title (English)', 'Council’s role', 'Programme', 'Lead partner', 'Partners', 'Countries', 'Start', 'End', 'Status', 'Total budget, EUR', 'Council budget, EUR', 'EU co-financing, EUR', 'Council co-financing, EUR', 'Pre-financing, EUR', 'Events'];
    const expected = ['id', 'acronym', 'titleLv', 'titleEn', 'councilRole', 'programme', 'leadPartner', null, null, 'start', 'end', null, 'totalBudget', 'councilBudget', 'euCofinancing', 'councilCofinancing', 'prefinancingTotal', null];
    // The app's "Partners" column is a count: not names.
    const counts = [['p', 'A', '', '', '', '', '', 6]];
    expect(suggestMapping(lv, counts)).toEqual(expected);
    expect(suggestMapping(en, counts)).toEqual(expected);
  });

  it('suggests partner names from a column of names, and each field once', () => {
    expect(suggestMapping(['Project title', 'Partners', 'Title'], [['T', 'Rīga; Tartu', 'x']])).toEqual(['titleEn', 'partnerNames', null]);
  });

  it('leaves unknown headers unmapped', () => {
    expect(suggestMapping(['Piezīmes', ''], [])).toEqual([null, null]);
    expect(headerKey('Kopējais budžets, EUR')).toBe('kopejais budzets');
  });
});

describe('reading cells', () => {
  it('reads amounts from numbers and from text as people write them, in cents', () => {
    expect(readMoney(21500)).toEqual({ ok: true, value: 2_150_000 });
    expect(readMoney(1500.5)).toEqual({ ok: true, value: 150_050 });
    expect(readMoney('21 500 EUR')).toEqual({ ok: true, value: 2_150_000 });
    expect(readMoney('1500,00 €')).toEqual({ ok: true, value: 150_000 });
    expect(readMoney('10,080.00')).toEqual({ ok: true, value: 1_008_000 });
    expect(readMoney(null)).toEqual({ ok: true, value: null });
    expect(readMoney('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not an amount rather than guessing', () => {
    for (const bad of ['abc', '-5', '12,3456', '1.2.3,4,5', 'EUR']) expect(readMoney(bad)).toEqual({ ok: false, problem: 'money' });
    expect(readMoney(-1)).toEqual({ ok: false, problem: 'money' });
    expect(readMoney(1.234)).toEqual({ ok: false, problem: 'money' });
    expect(readMoney(true)).toEqual({ ok: false, problem: 'money' });
    expect(readMoney(new Date())).toEqual({ ok: false, problem: 'money' });
  });

  it('reads days from Excel dates and from text, and refuses days that do not exist', () => {
    expect(readDate(new Date(Date.UTC(2018, 10, 8)))).toEqual({ ok: true, value: '2018-11-08' });
    expect(readDate('08.11.2018')).toEqual({ ok: true, value: '2018-11-08' });
    expect(readDate('2018-11-08')).toEqual({ ok: true, value: '2018-11-08' });
    expect(readDate('2017. gada 16. oktobris')).toEqual({ ok: true, value: '2017-10-16' });
    for (const bad of ['30.02.2018', 'next spring', '2018-13-01']) expect(readDate(bad)).toEqual({ ok: false, problem: 'date' });
    expect(readDate(43412)).toEqual({ ok: false, problem: 'date' });
    expect(readDate(new Date(Number.NaN))).toEqual({ ok: false, problem: 'date' });
  });

  it('reads the council’s role in either language', () => {
    expect(readRole('Vadošais partneris')).toEqual({ ok: true, value: 'lead' });
    expect(readRole('Lead partner')).toEqual({ ok: true, value: 'lead' });
    expect(readRole('partneris')).toEqual({ ok: true, value: 'partner' });
    expect(readRole('sponsor')).toEqual({ ok: false, problem: 'role' });
  });

  it('splits names at semicolons and line breaks; a number is text, a date is not', () => {
    expect(readNames('Panevėžys; Motala;\nRadom ;')).toEqual({ ok: true, value: ['Panevėžys', 'Motala', 'Radom'] });
    expect(readNames(' ; ')).toEqual({ ok: true, value: null });
    expect(readText(502)).toEqual({ ok: true, value: '502' });
    expect(readText(new Date())).toEqual({ ok: false, problem: 'text' });
  });
});
