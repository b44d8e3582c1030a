import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar, calendarDays, escapeText, eventUid, foldLine, icsTimestamp, type CalendarEvent } from './ical';

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

describe('eventUid', () => {
  /** Reads a UID back into its two ids: that it can be done at all is what makes it one to one. */
  function decodeUid(uid: string): [string, string] {
    const match = /^([^/@]*)\/([^/@]*)@eu-projects-portfolio$/.exec(uid);
    if (!match) throw new Error(`not an event UID: ${uid}`);
    const decode = (part: string) =>
      part
        .split(/(%u[0-9A-F]{4})/)
        .map((piece) => (piece.startsWith('%u') ? String.fromCharCode(parseInt(piece.slice(2), 16)) : decodeURIComponent(piece)))
        .join('');
    return [decode(match[1] ?? ''), decode(match[2] ?? '')];
  }

  // Ids from a handful of characters that could forge a separator or an escape, short enough
  // that pairs which would collide under a naive encoding come up often; and longer ids of any
  // UTF-16 unit, lone surrogates included.
  const id = fc.oneof(
    fc.string({ unit: fc.constantFrom('x', '/', '@', '%', '2', 'F', 'u'), maxLength: 4 }),
    fc.string({ unit: fc.oneof(fc.constantFrom(',', ';', '\\', ' ', 'ā', '😀'), fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u))), maxLength: 12 }),
  );

  it('keeps the UID of every id the app writes as it was before ids were encoded', () => {
    expect(eventUid('sample-solid', 'sample-solid-e1')).toBe('sample-solid/sample-solid-e1@eu-projects-portfolio');
    expect(eventUid('pārdaugava', 'event-1')).toBe('p%C4%81rdaugava/event-1@eu-projects-portfolio');
  });

  it('gives the two pairs of the bug report different UIDs', () => {
    expect(eventUid('x/y', 'z')).not.toBe(eventUid('x', 'y/z'));
    expect(eventUid('a@b', 'c')).not.toBe(eventUid('a', 'b@c'));
    expect(eventUid('\ud800', 'x')).toBe('%uD800/x@eu-projects-portfolio');
  });

  it('gives distinct pairs distinct UIDs, and the same pair the same UID on every call', () => {
    fc.assert(
      fc.property(id, id, id, id, (p1, e1, p2, e2) => {
        const same = p1 === p2 && e1 === e2;
        expect(eventUid(p1, e1) === eventUid(p2, e2)).toBe(same);
        expect(eventUid(p1, e1)).toBe(eventUid(p1, e1));
        expect(decodeUid(eventUid(p1, e1))).toEqual([p1, e1]);
      }),
      { numRuns: 2000 },
    );
    // Random pairs seldom come close to colliding; these are built to: the same three pieces
    // joined by a separator or by what an encoding might turn it into, in one id or the other
    // (the bug report's pairs are `x/y`, `z` and `x`, `y/z`).
    const separator = fc.constantFrom('/', '@', '%2F', '%40', '%', '%25');
    fc.assert(
      fc.property(id, id, id, separator, separator, fc.boolean(), fc.boolean(), (a, b, c, s1, s2, inProject1, inProject2) => {
        const pair = (s: string, inProject: boolean): [string, string] => (inProject ? [`${a}${s}${b}`, c] : [a, `${b}${s}${c}`]);
        const first = pair(s1, inProject1);
        const second = pair(s2, inProject2);
        const same = first[0] === second[0] && first[1] === second[1];
        expect(eventUid(...first) === eventUid(...second)).toBe(same);
      }),
      { numRuns: 2000 },
    );
  });

  it('is plain printable ASCII that RFC 5545 text needs no escape for, and fits on folded lines', () => {
    fc.assert(
      fc.property(id, id, (projectId, eventId) => {
        const uid = eventUid(projectId, eventId);
        expect(uid).toMatch(/^[\x21-\x7e]+$/);
        expect(escapeText(uid)).toBe(uid);
      }),
    );
    const longUid = eventUid('p'.repeat(100), '😀'.repeat(50));
    const ics = buildCalendar([{ ...solidKickOff, uid: longUid }], { name: 'x', now: new Date(0) });
    expect(ics.split('\r\n').every((line) => octets(line) <= 75)).toBe(true);
    expect(parse(ics).find((l) => l.name === 'UID')?.value).toBe(longUid);
  });
});
