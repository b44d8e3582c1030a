// iCalendar (RFC 5545) export of mobility events, so calendar programs can import them.
//
// Events are exported as all-day events (VALUE=DATE): the portfolio keeps days, never hours.
// A month-precision event ("03/2018") is exported as an all-day event over its whole month
// (DTSTART the 1st, DTEND the 1st of the next month, which RFC 5545 makes exclusive), and
// its description says the exact days are not known. An event with no date cannot be placed
// in a calendar and is left out (the events list says how many).
import type { EventDate } from './schema';
import { eventRange } from './dates';
import { dayNumber, isoFromDayNumber } from './dates';

export type CalendarEvent = {
  /** Stable across exports, so importing the file again updates rather than duplicates. */
  uid: string;
  summary: string;
  location: string | null;
  description: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, included, `YYYY-MM-DD`. */
  end: string;
  categories: string[];
};

const UID_DOMAIN = 'eu-projects-portfolio';

/**
 * Percent-encodes a UID part as encodeURIComponent does, so the result holds no `/` or `@`
 * (nor anything RFC 5545 TEXT would escape). A lone surrogate, which encodeURIComponent
 * refuses, is written `%uD800`: encodeURIComponent never writes `%u`, so the encoding stays
 * one to one.
 */
function encodeUidPart(text: string): string {
  let encoded = '';
  for (const ch of text) {
    const unit = ch.charCodeAt(0);
    const lone = ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff;
    encoded += lone ? `%u${unit.toString(16).toUpperCase()}` : encodeURIComponent(ch);
  }
  return encoded;
}

/**
 * An event's UID: `project/event@eu-projects-portfolio`, each id percent-encoded first. Joining
 * the raw ids would let two different pairs share a UID (project `x/y` with event `z`, project
 * `x` with event `y/z`), and a calendar would then merge two events into one. Ids made of
 * letters, digits and `-` (every id the app writes) keep the UID they had before the encoding.
 */
export function eventUid(projectId: string, eventId: string): string {
  return `${encodeUidPart(projectId)}/${encodeUidPart(eventId)}@${UID_DOMAIN}`;
}

export const ICS_PRODUCT_ID = '-//Daugavpils City Council//EU Projects Portfolio//EN';
export const ICS_MEDIA_TYPE = 'text/calendar;charset=utf-8';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** The days an event covers in a calendar; null when its date is unknown (it cannot be exported). */
export function calendarDays(date: EventDate): { start: string; end: string; wholeMonth: boolean } | null {
  const range = eventRange(date);
  if (!range) return null;
  return { ...range, wholeMonth: date.precision === 'month' };
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // Other control characters are not allowed in a TEXT value (§3.1: only HTAB is).
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

function utf8Length(codePoint: string): number {
  const cp = codePoint.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so that no line is longer than 75 octets of UTF-8 (RFC 5545 §3.1):
 * continuation lines begin with a space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch);
    // Continuation lines carry a leading space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `2018-11-08` → `20181108`. */
export function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** A moment as UTC `YYYYMMDDTHHMMSSZ`. */
export function icsTimestamp(moment: Date): string {
  return moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** A whole VCALENDAR with one VEVENT per event, CRLF line ends, ready to save as UTF-8. */
export function buildCalendar(events: readonly CalendarEvent[], options: { name: string; now: Date }): string {
  const stamp = icsTimestamp(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', ICS_PRODUCT_ID),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeText(options.name)),
  ];
  for (const event of events) {
    const dayAfter = isoFromDayNumber(dayNumber(event.end) + 1);
    lines.push(
      'BEGIN:VEVENT',
      property('UID', escapeText(event.uid)),
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      // DTEND of an all-day event is the day after its last day (exclusive).
      `DTEND;VALUE=DATE:${icsDate(dayAfter)}`,
      property('SUMMARY', escapeText(event.summary)),
    );
    if (event.location) lines.push(property('LOCATION', escapeText(event.location)));
    if (event.description) lines.push(property('DESCRIPTION', escapeText(event.description)));
    if (event.categories.length > 0) lines.push(property('CATEGORIES', event.categories.map(escapeText).join(',')));
    // All-day events that do not block the calendar as busy.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join(CRLF) + CRLF;
}
