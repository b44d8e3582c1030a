import { readDecision, readPeriod, readUpdatedAt } from './dated';
import { readSections } from './sections';

const period = (text: string) => readPeriod(readSections(text).sections).value;

describe('readPeriod', () => {
  it.each([
    ['Projekta īstenošanas termiņš:\n01/01/2018 - 15/11/2019', { start: '2018-01-01', end: '2019-11-15', lengthMonths: null }],
    ['Projekta īstenošanas termiņš:\nNo 2017.gada 16.oktobra līdz 2019.gada 15.oktobrim', { start: '2017-10-16', end: '2019-10-15', lengthMonths: null }],
    ['Projekta īstenošanas termiņš: no 2019.gada 1.marta līdz 2020.gada 28.februārim', { start: '2019-03-01', end: '2020-02-28', lengthMonths: null }],
    ['Projekta īstenošanas termiņš:\n12 mēneši (15.01.2019.-15.01.2020.)', { start: '2019-01-15', end: '2020-01-15', lengthMonths: 12 }],
    ['Implementation period: 1 March 2018 – 1 February 2020 (24 months)', { start: '2018-03-01', end: '2020-02-01', lengthMonths: 24 }],
    ['Projekta īstenošanas termiņš:\nlīdz 2020.gada 28.februārim', { start: null, end: '2020-02-28', lengthMonths: null }],
  ])('%s', (text, expected) => {
    expect(period(text)).toEqual(expected);
  });

  it('leaves the period empty where no day is written', () => {
    expect(period('Projekta īstenošanas termiņš:\n2019. gada septembris – 2020. gada marts')).toEqual({ start: null, end: null, lengthMonths: null });
    expect(period('Projekta partneri:\n1. Kauņa, Lietuva')).toEqual({ start: null, end: null, lengthMonths: null });
  });
});

describe('readUpdatedAt', () => {
  it('reads the day and time', () => {
    const text = 'Pēdējo reizi informācija atjaunota 21.05.2021, 11:02\n';
    const found = readUpdatedAt(text);
    expect(found.value).toBe('2021-05-21T11:02');
    expect(found.proposals.map((p) => [text.slice(p.passage.start, p.passage.end), p.unsure])).toEqual([['21.05.2021, 11:02', false]]);
  });
  it('marks a day without a time', () => {
    expect(readUpdatedAt('Last updated: 7 January 2020').proposals).toMatchObject([{ value: '2020-01-07T00:00', unsure: true, reason: 'partial' }]);
  });
  it('reads a short form', () => {
    expect(readUpdatedAt('Atjaunots: 21.05.2021 11:03').value).toBe('2021-05-21T11:03');
  });
  it('is null without one', () => {
    expect(readUpdatedAt('Projekta īstenošanas termiņš: 01/01/2018 - 15/11/2019').value).toBeNull();
    expect(readUpdatedAt('Atjaunots parks 2019.gadā, 01.06.2019').value).toBeNull();
  });
});

describe('readDecision', () => {
  const decision = (text: string) => readDecision(text, readSections(text).sections).value;
  it('reads the number, the date before it and the signature of an annex', () => {
    expect(decision('Pielikums\nDaugavpils pilsētas domes\n2018.gada 28.septembra\n\nlēmumam Nr.502\nTeksts.\n\nDomes priekšsēdētāja 1.vietnieks\n(personiskais paraksts)\n          I.Prelatovs\n')).toEqual({
      number: '502',
      date: '2018-09-28',
      signedBy: 'I. Prelatovs, Domes priekšsēdētāja 1. vietnieks',
    });
  });
  it('reads a date after the number, and English', () => {
    expect(decision('Apstiprināts ar domes lēmumu Nr. 14/3 (18.01.2019.)')).toEqual({ number: '14/3', date: '2019-01-18', signedBy: null });
    expect(decision('Approved by council decision No. 77 of 3 May 2019.')).toEqual({ number: '77', date: '2019-05-03', signedBy: null });
  });
  it('is null on a page without a decision', () => {
    expect(decision('Projekta rezultāti:\n- organizēti 5 pasākumi 2019.gadā')).toBeNull();
  });
});
