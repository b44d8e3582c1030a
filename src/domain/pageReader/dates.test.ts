import { findDates, findDays, findLengthMonths, isMonthName } from './dates';

const dates = (text: string) => findDates(text).map((f) => `${f.value.precision}:${f.value.iso}`);

describe('findDates', () => {
  it.each([
    ['2018.gada 15.janvārī', 'day:2018-01-15'],
    ['2018. gada 15. janvārī', 'day:2018-01-15'],
    ['2018.gada 28.septembra', 'day:2018-09-28'],
    ['2018. g. 3. martā', 'day:2018-03-03'],
    ['15. janvārī 2018', 'day:2018-01-15'],
    ['08.11.2018', 'day:2018-11-08'],
    ['08.11.2018.', 'day:2018-11-08'],
    ['8.11.2018', 'day:2018-11-08'],
    ['01/01/2018', 'day:2018-01-01'],
    ['2018-11-08', 'day:2018-11-08'],
    ['15 January 2018', 'day:2018-01-15'],
    ['1st of March, 2019', 'day:2019-03-01'],
    ['January 15, 2018', 'day:2018-01-15'],
    ['2019. gada septembrī', 'month:2019-09'],
    ['2019.gada jūnijā', 'month:2019-06'],
    ['MARCH 2019', 'month:2019-03'],
    ['septembris, 2019', 'month:2019-09'],
    ['03/2018', 'month:2018-03'],
    ['10/2019 (3 pārstāvji)', 'month:2019-10'],
  ])('reads "%s"', (text, expected) => {
    expect(dates(text)).toEqual([expected]);
  });

  it('reads every month name in its case forms', () => {
    const forms = ['janvārī', 'februārim', 'martā', 'aprīlis', 'maijā', 'jūnija', 'jūlijā', 'augustā', 'septembrī', 'oktobrim', 'novembris', 'decembrī'];
    expect(forms.map((form) => dates(`2020.gada 1.${form}`)[0])).toEqual(forms.map((_f, i) => `day:2020-${String(i + 1).padStart(2, '0')}-01`));
  });

  it('reads a period written in words, in order', () => {
    expect(dates('no 2019.gada 1.marta līdz 2020.gada 28.februārim')).toEqual(['day:2019-03-01', 'day:2020-02-28']);
    expect(dates('No 2017.gada 16.oktobra līdz 2019.gada 15.oktobrim')).toEqual(['day:2017-10-16', 'day:2019-10-15']);
    expect(dates('08.11.2018. -  12.11.2018.')).toEqual(['day:2018-11-08', 'day:2018-11-12']);
    expect(dates('12 mēneši (15.01.2019.-15.01.2020.)')).toEqual(['day:2019-01-15', 'day:2020-01-15']);
  });

  it.each([
    ['a day without a year', '14.-15. martā'],
    ['a day that does not exist', '31.02.2019'],
    ['a month that does not exist', '13/2019'],
    ['a year alone', '2018.gadā'],
    ['a month name alone', 'Kauņa, Septembris'],
    ['an amount', '3920,00 EUR'],
    ['a phone number', '6 54 76064'],
    ['a year out of range', '01.01.1850'],
  ])('finds no date in %s', (_what, text) => {
    expect(dates(text)).toEqual([]);
  });

  it('gives where each date stands in the text', () => {
    const [found] = findDates('Termiņš: 01/03/2018 - 01/02/2020');
    expect(found).toMatchObject({ start: 9, end: 19 });
  });
});

describe('findDays', () => {
  it('keeps days and leaves months out', () => {
    expect(findDays('03/2018 un 08.11.2018').map((f) => f.value)).toEqual(['2018-11-08']);
  });
});

describe('isMonthName', () => {
  it('knows a month name in Latvian or English, and nothing else', () => {
    expect([isMonthName('Septembris'), isMonthName('March'), isMonthName('Lietuva'), isMonthName('Mayo')]).toEqual([true, true, false, false]);
  });
});

describe('findLengthMonths', () => {
  it('reads a length', () => {
    expect(findLengthMonths('12 mēneši (15.01.2019.-15.01.2020.)')?.value).toBe(12);
    expect(findLengthMonths('24 months')?.value).toBe(24);
  });
  it('finds none without one', () => {
    expect(findLengthMonths('01/01/2018 - 15/11/2019')).toBeNull();
  });
});
