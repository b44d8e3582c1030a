import { euros, languageOf, locate, proposal } from './proposals';

describe('proposal helpers', () => {
  it('marks a proposal only with a reason', () => {
    expect(proposal('acronym', 'WIR', { start: 1, end: 4 })).toEqual({ field: 'acronym', value: 'WIR', passage: { start: 1, end: 4 }, unsure: false });
    expect(proposal('budget.councilCofinancing', 0, { start: 0, end: 1 }, 'inferred')).toMatchObject({ value: '0', unsure: true, reason: 'inferred' });
  });

  it('shows cents as euros', () => {
    expect([euros(1460000), euros(392050), euros(0)]).toEqual(['14600', '3920.50', '0']);
  });

  it('locates a value inside its passage, or keeps the passage', () => {
    const text = 'Tālr: 6 54 76064; e-pasts: a@b.lv';
    expect(locate(text, 'a@b.lv', { start: 0, end: text.length })).toEqual({ start: 27, end: 33 });
    expect(locate(text, 'zzz', { start: 0, end: 5 })).toEqual({ start: 0, end: 5 });
  });

  it('tells Latvian from English', () => {
    expect([languageOf('Pašvaldību sadarbība'), languageOf('Town Twinning'), languageOf('projekta partneri'), languageOf('5 international events')]).toEqual(['lv', 'en', 'lv', 'en']);
  });
});
