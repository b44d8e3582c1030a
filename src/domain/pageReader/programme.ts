// The funding source: programme, strand and measure ("Eiropas Savienības “Eiropa pilsoņiem”
// programmas 2.sadaļa Demokrātiskā iesaistīšanās …, apakšpasākums “Pašvaldību tīklojumi”").
import { findAmounts, findPercents } from './numbers';
import { span } from './proposals';
import { sectionLines, type Section } from './sections';
import { fold, squeeze } from './text';
import type { ProgrammeReading } from './types';

const QUOTED = /[“„"«]([^”"»“]{2,120})[”"»“]/u;

export function readProgramme(sections: readonly Section[]): ProgrammeReading {
  const section = sections.find((s) => s.key === 'funding');
  if (!section) return null;
  // The source's own lines, before the money said beside it ("(avanss 40% …)").
  const lines = sectionLines(section);
  const money = lines.findIndex((l) => l.text.startsWith('(') || findAmounts(l.text).length > 0 || findPercents(l.text).length > 0);
  const own = money < 0 ? lines : lines.slice(0, Math.max(1, money));
  const first = own[0];
  const last = own[own.length - 1];
  if (!first || !last || own.every((l) => l.text.startsWith('('))) return null;
  const text = squeeze(own.map((l) => l.text).join(' '));
  const folded = fold(text);

  const measureAt = /apakspasakum\p{L}*|(?:^|\s)measure(?!\p{L})/u.exec(folded);
  const measure = measureAt ? (QUOTED.exec(text.slice(measureAt.index))?.[1] ?? '') : '';
  const strandMatch = /(\d+)\.\s*sada[lļ]\p{L}*\s*:?\s*([^,]*)|strand\s*(\d+)\s*[:–-]?\s*([^,]*)/iu.exec(text);
  const strand = strandMatch ? squeeze(strandMatch[0].replace(/[“”„"]/g, '')) : '';
  const beforeMeasure = measureAt ? text.slice(0, measureAt.index) : text;
  let name = QUOTED.exec(beforeMeasure)?.[1] ?? '';
  // No name in quotes: the words before a dash that starts an explanation ("… (TTGS) – programmu finansē …").
  if (name === '') name = squeeze(text.split(/\s[–—-]\s/)[0] ?? '').replace(/^(?:eiropas savienības|the european union'?s?)\s+/iu, '');
  if (name === '') return null;
  const unsure = !QUOTED.test(beforeMeasure);
  return { name: squeeze(name), strand, measure: squeeze(measure), passage: span(first, last), unsure };
}
