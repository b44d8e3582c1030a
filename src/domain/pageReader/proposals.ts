// Small helpers every part of the reader uses to say what it found and where.
import type { Passage } from './text';
import type { Proposal, UnsureReason } from './types';

/** A proposed value; with a reason it is marked for the user to check. */
export function proposal(field: string, value: string | number, passage: Passage, reason?: UnsureReason): Proposal {
  return reason === undefined ? { field, value: String(value), passage, unsure: false } : { field, value: String(value), passage, unsure: true, reason };
}

/** Cents as the euros a user types: 1460000 → '14600', 392050 → '3920.50'. */
export const euros = (cents: number): string => (cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2));

/** Where `value` stands inside `within` (searching from its start), or `within` itself. */
export function locate(text: string, value: string, within: Passage): Passage {
  const at = text.indexOf(value, within.start);
  return at >= 0 && at + value.length <= within.end ? { start: at, end: at + value.length } : within;
}

/** A passage from the start of the first to the end of the last. */
export const span = (first: Passage, last: Passage = first): Passage => ({ start: first.start, end: last.end });

/** Latvian or English, for a piece of text that must go into `lv` or `en`. */
export function languageOf(text: string): 'lv' | 'en' {
  if (/[āēīūčšžņļķģ]/i.test(text)) return 'lv';
  return /\b(?:un|ar|par|projekta|ir|kas|tiks|uz|no|lai)\b/i.test(text) ? 'lv' : 'en';
}
