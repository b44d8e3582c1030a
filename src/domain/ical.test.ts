import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarDays, escapeText, foldLine, icsTimestamp, type CalendarEvent } from './ical';

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A small RFC 5545 reader: unfolds lines, splits name;params:value, unescapes TEXT. */
function parse(ics: string): { name: string; params: string; value: string }[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  // Every line break is CRLF: no bare LF or CR anywhere.
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
      if (!match) throw new Error(`not a content line: ${line}`);
      return { name: match[1] ?? '', params: match[2] ?? '', value: match[3] ?? '' };
    });
}

const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

const solidKickOff: CalendarEvent = {
  uid: 'sample-solid/sample-solid-e1@eu-projects-portfolio',
  summary: 'SOLID — project kick-off meeting',
  location: 'Jette, Belgium',
  description: 'Outgoing; 3 representatives.\nThe exact days are not known: the event is shown over its whole month.',
  start: '2018-03-01',
  end: '2018-03-31',
  categories: ['Outgoing'],
};

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\tstays, bell\u0007 goes')).toBe('tab\tstays\\, bell goes');
  });

  it('folds lines at 75 octets of UTF-8, never inside a character', () => {
    const ascii = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(ascii).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 60]); // 208 octets of content: 75, then 74 and 59 behind a space each
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    // "ā" is 2 octets, "€" 3: a line of them must break before a character that would not fit.
    const latvian = `LOCATION:${'ā'.repeat(40)}${'€'.repeat(30)}`;
    const lines = foldLine(latvian).split('\r\n');
    expect(lines.every((l) => octets(l) <= 75)).toBe(true);
    expect(lines[0] + lines.slice(1).map((l) => l.slice(1)).join('')).toBe(latvian);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('writes a UTC timestamp', () => {
    expect(icsTimestamp(new Date('2026-05-17T09:03:07.123Z'))).toBe('20260517T090307Z');
  });
});

describe('calendar days', () => {
  it('exports a month-precision event over its whole month, exact days as they are, and no undated event', () => {
    expect(calendarDays({ precision: 'month', month: '2019-02' })).toEqual({ start: '2019-02-01', end: '2019-02-28', wholeMonth: true });
    expect(calendarDays({ precision: 'day', start: '2018-11-08', end: '2018-11-12' })).toEqual({ start: '2018-11-08', end: '2018-11-12', wholeMonth: false });
    expect(calendarDays({ precision: 'unknown' })).toBeNull();
  });
});

describe('buildCalendar', () => {
  const ttchan: CalendarEvent = {
    uid: 'sample-ttchan/sample-ttchan-e1@eu-projects-portfolio',
    summary: 'TTChan — starptautiskā tikšanās; Daugavpilī, Latvijā',
    location: 'Daugavpils, Latvija',
    description: `Uzņemts Daugavpilī. ${'Garš apraksts ar garumzīmēm — ā, č, ē, ģ, ī, ķ, ļ, ņ, š, ū, ž. '.repeat(3)}`,
    start: '2018-11-08',
    end: '2018-11-12',
    categories: ['Uzņemts'],
  };
  const ics = buildCalendar([solidKickOff, ttchan], { name: 'Mobility events', now: new Date('2026-05-17T09:03:07Z') });
  const lines = parse(ics);

  it('is a VCALENDAR 2.0 with a product id and one VEVENT per event', () => {
    expect(lines[0]).toEqual({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(lines.find((l) => l.name === 'VERSION')?.value).toBe('2.0');
    expect(lines.find((l) => l.name === 'PRODID')?.value).toBe('-//Daugavpils City Council//EU Projects Portfolio//EN');
    expect(lines[lines.length - 1]).toEqual({ name: 'END', params: '', value: 'VCALENDAR' });
    expect(lines.filter((l) => l.name === 'BEGIN' && l.value === 'VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l.name === 'END' && l.value === 'VEVENT')).toHaveLength(2);
  });

  it('writes all-day dates with an exclusive end: March 2018 is 1 March to 1 April, 8–12 November ends on the 13th', () => {
    const starts = lines.filter((l) => l.name === 'DTSTART');
    const ends = lines.filter((l) => l.name === 'DTEND');
    expect(starts.map((l) => `${l.params}:${l.value}`)).toEqual([';VALUE=DATE:20180301', ';VALUE=DATE:20181108']);
    expect(ends.map((l) => `${l.params}:${l.value}`)).toEqual([';VALUE=DATE:20180401', ';VALUE=DATE:20181113']);
    expect(lines.filter((l) => l.name === 'DTSTAMP').map((l) => l.value)).toEqual(['20260517T090307Z', '20260517T090307Z']);
  });

  it('keeps every text, with its commas, semicolons, newlines and Latvian letters, through a round trip', () => {
    const summaries = lines.filter((l) => l.name === 'SUMMARY').map((l) => unescape(l.value));
    expect(summaries).toEqual([solidKickOff.summary, ttchan.summary]);
    expect(lines.filter((l) => l.name === 'LOCATION').map((l) => unescape(l.value))).toEqual(['Jette, Belgium', 'Daugavpils, Latvija']);
    expect(lines.filter((l) => l.name === 'DESCRIPTION').map((l) => unescape(l.value))).toEqual([solidKickOff.description, ttchan.description]);
    expect(lines.filter((l) => l.name === 'UID').map((l) => unescape(l.value))).toEqual([solidKickOff.uid, ttchan.uid]);
    expect(lines.filter((l) => l.name === 'CATEGORIES').map((l) => l.value)).toEqual(['Outgoing', 'Uzņemts']);
  });

  it('folds every physical line to at most 75 octets', () => {
    const physical = ics.split('\r\n').filter((l) => l !== '');
    expect(physical.some((l) => l.startsWith(' '))).toBe(true); // the long description was folded
    expect(Math.max(...physical.map(octets))).toBeLessThanOrEqual(75);
  });

  it('is an empty but valid calendar when there is nothing to export', () => {
    const empty = parse(buildCalendar([], { name: 'x', now: new Date(0) }));
    expect(empty.map((l) => l.name)).toEqual(['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'END']);
  });
});
