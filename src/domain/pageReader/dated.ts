// What the page says about when: the implementation period, the council decision that approved
// the project ("2018.gada 28.septembra lēmumam Nr.502") and "Pēdējo reizi informācija atjaunota".
import type { Project } from '../schema';
import { findDates, findDays, findLengthMonths } from './dates';
import { proposal } from './proposals';
import { linesOf, type Section } from './sections';
import { fold, squeeze, type Passage } from './text';
import type { Proposal } from './types';

type Read<T> = { value: T; proposals: Proposal[] };

/** The first two days under the period heading are its start and end; a length in months beside them. */
export function readPeriod(sections: readonly Section[]): Read<Project['period']> {
  const value: Project['period'] = { start: null, end: null, lengthMonths: null };
  const proposals: Proposal[] = [];
  for (const line of linesOf(sections, 'period')) {
    const at = (f: { start: number; end: number }): Passage => ({ start: line.start + f.start, end: line.start + f.end });
    const days = findDays(line.text);
    const [first, second] = days;
    if (value.start === null && value.end === null && first) {
      // "līdz 2020.gada 28.februārim" alone is an end, not a start.
      const onlyEnd = !second && /(?:lidz|until|to|till)\s*$/u.test(fold(line.text.slice(0, first.start)));
      if (onlyEnd) value.end = first.value;
      else value.start = first.value;
      proposals.push(proposal(onlyEnd ? 'period.end' : 'period.start', first.value, at(first)));
      if (second && second.value >= first.value) {
        value.end = second.value;
        proposals.push(proposal('period.end', second.value, at(second)));
      }
    }
    const length = findLengthMonths(line.text);
    if (value.lengthMonths === null && length) {
      value.lengthMonths = length.value;
      proposals.push(proposal('period.lengthMonths', length.value, at(length)));
    }
  }
  return { value, proposals };
}

const UPDATED = /(?:pedejo reizi )?informacija atjaunota|atjaunots|atjaunota|last updated|information updated|updated on|updated/g;

/** "Pēdējo reizi informācija atjaunota 21.05.2021, 11:02" → 2021-05-21T11:02. */
export function readUpdatedAt(text: string): Read<string | null> {
  const folded = fold(text);
  for (const m of folded.matchAll(UPDATED)) {
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 40);
    const day = findDays(window)[0];
    if (!day || /\S/.test(window.slice(0, day.start).replace(/[:\s-–]/g, ''))) continue;
    const time = /^\.?\s*,?\s*(?:plkst\.?\s*|at\s+)?([01]?\d|2[0-3])[:.]([0-5]\d)(?!\d)/.exec(window.slice(day.end));
    const end = from + day.end + (time ? time[0].length : 0);
    const passage = { start: from + day.start, end };
    if (time) {
      const value = `${day.value}T${(time[1] ?? '').padStart(2, '0')}:${time[2] ?? ''}`;
      return { value, proposals: [proposal('infoUpdatedAt', value, passage)] };
    }
    // A day without a time: midnight stands in for the time the page does not give.
    const value = `${day.value}T00:00`;
    return { value, proposals: [proposal('infoUpdatedAt', value, passage, 'partial')] };
  }
  return { value: null, proposals: [] };
}

const DECISION = /lemum\p{L}*\s+nr\.?\s*(\d+[\p{L}\d/-]*)|decision\s+no\.?\s*(\d+[\p{L}\d/-]*)/u;

/** The council decision's number and date, and who signed it where an annex ends with a signature. */
export function readDecision(text: string, sections: readonly Section[]): Read<Project['councilDecision']> {
  const folded = fold(text);
  const m = DECISION.exec(folded);
  if (!m) return { value: null, proposals: [] };
  const numberAt = m.index + m[0].length - (m[1] ?? m[2] ?? '').length;
  const number = text.slice(numberAt, m.index + m[0].length);
  const proposals: Proposal[] = [proposal('councilDecision.number', number, { start: numberAt, end: numberAt + number.length })];
  // The decision's date stands just before ("2018.gada 28.septembra lēmumam") or just after ("Nr. 502 (28.09.2018)").
  const from = Math.max(0, m.index - 60);
  const near = findDates(text.slice(from, m.index + m[0].length + 40)).filter((d) => d.value.precision === 'day');
  const before = near.filter((d) => from + d.end <= m.index).pop();
  const after = near.find((d) => from + d.start >= m.index + m[0].length);
  const date = before ?? after;
  if (date) proposals.push(proposal('councilDecision.date', date.value.iso, { start: from + date.start, end: from + date.end }));
  const signedBy = readSignature(sections);
  if (signedBy) proposals.push(proposal('councilDecision.signedBy', signedBy.value, signedBy.passage));
  return { value: { number, date: date?.value.iso ?? null, signedBy: signedBy?.value ?? null }, proposals };
}

/** "Domes priekšsēdētāja 1.vietnieks … I.Prelatovs" → "I. Prelatovs, Domes priekšsēdētāja 1. vietnieks". */
function readSignature(sections: readonly Section[]): { value: string; passage: Passage } | null {
  const blocks = sections.filter((s) => s.key === 'signature');
  const position = blocks.map((s) => s.heading).find((l) => !l.text.startsWith('('));
  const name = blocks.flatMap((s) => s.body).filter((l) => l.text !== '' && !l.text.startsWith('(')).pop();
  if (!position || !name) return null;
  const spaced = (s: string) => squeeze(s.replace(/([\p{Lu}\d])\.(?=\p{L})/gu, '$1. '));
  return { value: `${spaced(name.text)}, ${spaced(position.text)}`, passage: { start: position.start, end: name.end } };
}
