import type { EventDate } from './schema';
import {
  addMonths,
  dayNumber,
  eventRange,
  eventSortKey,
  isWithinPeriod,
  lastDayOfMonth,
  monthOf,
  monthsBetween,
  parseLooseDate,
  parseLooseMonth,
} from './dates';

const day = (start: string, end = start): EventDate => ({ precision: 'day', start, end });
const month = (m: string): EventDate => ({ precision: 'month', month: m });
const unknown: EventDate = { precision: 'unknown' };

describe('days and months', () => {
  it('counts days in UTC and moves months across years', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2018-03-01') - dayNumber('2018-01-01')).toBe(59);
    expect(addMonths('2018-11', 3)).toBe('2019-02');
    expect(addMonths('2018-01', -1)).toBe('2017-12');
  });
});

describe('monthOf and lastDayOfMonth', () => {
  it('takes the month of a day', () => {
    expect(monthOf('2018-11-08')).toBe('2018-11');
  });

  it('knows month lengths and leap years', () => {
    expect(['2019-02', '2020-02', '2018-11', '2018-12'].map(lastDayOfMonth)).toEqual(['2019-02-28', '2020-02-29', '2018-11-30', '2018-12-31']);
  });
});

describe('eventSortKey', () => {
  it('orders days and months chronologically and unknown dates last', () => {
    const dates = [unknown, day('2019-03-14', '2019-03-15'), month('2018-10'), month('2019-03'), day('2018-03-14')];
    const sorted = [...dates].sort((a, b) => (eventSortKey(a) < eventSortKey(b) ? -1 : eventSortKey(a) > eventSortKey(b) ? 1 : 0));
    expect(sorted).toEqual([day('2018-03-14'), month('2018-10'), month('2019-03'), day('2019-03-14', '2019-03-15'), unknown]);
  });
});

describe('eventRange', () => {
  it('spans a whole month for a month', () => {
    expect(eventRange(month('2020-02'))).toEqual({ start: '2020-02-01', end: '2020-02-29' });
  });

  it('keeps exact days', () => {
    expect(eventRange(day('2018-11-08', '2018-11-12'))).toEqual({ start: '2018-11-08', end: '2018-11-12' });
  });

  it('is null for an unknown date', () => {
    expect(eventRange(unknown)).toBeNull();
  });
});

describe('isWithinPeriod', () => {
  const solid = { start: '2018-01-01', end: '2019-11-15' };

  it('accepts events inside the period', () => {
    expect(isWithinPeriod(month('2018-03'), solid)).toBe(true);
    expect(isWithinPeriod(day('2019-06-11', '2019-06-14'), solid)).toBe(true);
  });

  it('accepts a month that only partly overlaps the period', () => {
    expect(isWithinPeriod(month('2019-11'), solid)).toBe(true);
    expect(isWithinPeriod(month('2018-01'), { start: '2018-01-31', end: '2018-06-30' })).toBe(true);
  });

  it('rejects events wholly before or after the period', () => {
    expect(isWithinPeriod(month('2017-12'), solid)).toBe(false);
    expect(isWithinPeriod(month('2019-12'), solid)).toBe(false);
    expect(isWithinPeriod(day('2019-11-16'), solid)).toBe(false);
  });

  it('is null when the event date is unknown', () => {
    expect(isWithinPeriod(unknown, solid)).toBeNull();
  });

  it('is null when the period is unknown, or unknown on the side that matters', () => {
    expect(isWithinPeriod(month('2018-03'), { start: null, end: null })).toBeNull();
    expect(isWithinPeriod(month('2018-03'), { start: '2018-01-01', end: null })).toBeNull();
    expect(isWithinPeriod(month('2017-03'), { start: '2018-01-01', end: null })).toBe(false);
    expect(isWithinPeriod(month('2020-03'), { start: null, end: '2019-11-15' })).toBe(false);
  });
});

describe('monthsBetween', () => {
  it('counts the end day in', () => {
    expect(monthsBetween('2017-10-16', '2019-10-15')).toBe(24);
    expect(monthsBetween('2019-01-01', '2019-12-31')).toBe(12);
    expect(monthsBetween('2019-01-15', '2020-01-15')).toBeCloseTo(12.03, 2);
  });

  it('gives fractions for partial months', () => {
    expect(monthsBetween('2018-01-01', '2019-11-15')).toBeCloseTo(22.5, 5);
    expect(monthsBetween('2018-11-08', '2018-11-12')).toBeCloseTo(5 / 30, 5);
    expect(monthsBetween('2018-01-31', '2018-02-27')).toBeCloseTo(28 / 31, 5);
  });
});

// The two readers of dates as people type them: each reads its forms, takes an empty text as
// unknown, and refuses what is not a real day or month.
describe.each([
  {
    reader: 'parseLooseDate',
    parse: parseLooseDate,
    reads: [
      ['01/01/2018', '2018-01-01'],
      ['15/11/2019', '2019-11-15'],
      ['08.11.2018.', '2018-11-08'],
      ['08.11.2018', '2018-11-08'],
      ['8.11.2018', '2018-11-08'],
      ['15.01.2019.', '2019-01-15'],
      ['8. 11. 2018.', '2018-11-08'],
      ['08-11-2018', '2018-11-08'],
      ['08,11,2018', '2018-11-08'],
      ['2018-11-08', '2018-11-08'],
      ['2018-1-8', '2018-01-08'],
      ['  2018-11-08 ', '2018-11-08'],
      ['2017.gada 16.oktobra', '2017-10-16'],
      ['2017. gada 16. oktobris', '2017-10-16'],
      ['2019.gada 15.oktobrim', '2019-10-15'],
      ['28. septembris 2018', '2018-09-28'],
      ['29.02.2020', '2020-02-29'],
    ],
    empty: ['', '   '],
    rejects: ['31.02.2018', '29.02.2019', '13/13/2018', '2018-13-01', '08.11.18', '11/2018', 'yesterday', '2017.gada 16.brumaire', '8.11-2018', '8,11.2018', '01/01/1900'],
  },
  {
    reader: 'parseLooseMonth',
    parse: parseLooseMonth,
    reads: [
      ['03/2018', '2018-03'],
      ['2018-03', '2018-03'],
      ['3.2018', '2018-03'],
      ['03.2018.', '2018-03'],
      ['2018/3', '2018-03'],
      [' 12/2019 ', '2019-12'],
    ],
    empty: [' '],
    rejects: ['13/2018', '0/2018', '2018', '03/18', '2018-03-01', 'March'],
  },
])('$reader', ({ parse, reads, empty, rejects }) => {
  it.each(reads)('reads %j as %s', (text, iso) => {
    expect(parse(text)).toBe(iso);
  });

  it.each(empty)('reads the empty text %j as unknown', (text) => {
    expect(parse(text)).toBeNull();
  });

  it.each(rejects)('rejects %j', (text) => {
    expect(parse(text)).toBe('invalid');
  });
});
