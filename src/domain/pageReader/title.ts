// The acronym and the Latvian and English titles. A page gives them in one of a few places:
// "Projekta nosaukums:", the description line "Projekta “…” ACR (“…”) apraksts", or the page's
// own heading "Title ACR (English title)" above "Pēdējo reizi informācija atjaunota".
import type { LocalizedText } from '../schema';
import { countryCode } from './countries';
import { languageOf, locate, proposal } from './proposals';
import { type Section, sectionLines } from './sections';
import { fold, squeeze, type Line, type Passage } from './text';
import type { Proposal } from './types';

type Title = { acronym: string; title: LocalizedText };
type Source = Title & { passage: Passage; guessed?: boolean };

const QUOTES = /^[“”„"«»‘’']+|[“”„"«»‘’']+$/g;
const unquote = (text: string) => squeeze(text.replace(QUOTES, ''));

/** "TTChan", "DeCoDe", "WIR": one word with at least two capitals, and no country or year. */
export function isAcronym(word: string): boolean {
  const w = word.replace(QUOTES, '');
  return /^[\p{L}\d&+-]{2,20}$/u.test(w) && (w.match(/\p{Lu}/gu)?.length ?? 0) >= 2 && countryCode(w) === null;
}

/** `“LV” ACR (“EN”)`, `LV ACR (EN)`, `“LV” (“ACR”)`, `LV (EN)` → acronym and titles. */
export function readTitleValue(value: string): Title {
  let s = squeeze(value).replace(/^projekt[as]?\s+(?=[“”„"«])/iu, '').replace(/\s+(?:apraksts|description)$/iu, '');
  let inner = '';
  const bracket = /\(([^()]+)\)$/.exec(s);
  if (bracket) {
    inner = unquote(bracket[1] ?? '');
    s = s.slice(0, bracket.index).trim();
  }
  let acronym = '';
  let head = s;
  const quoted = /^[“„"«]([^”"»“]+)[”"»“]\s*(.*)$/u.exec(s);
  if (quoted) {
    head = squeeze(quoted[1] ?? '');
    if (isAcronym(quoted[2] ?? '')) acronym = unquote(quoted[2] ?? '');
  } else {
    const words = s.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length > 1 && isAcronym(last)) {
      acronym = unquote(last);
      head = words.slice(0, -1).join(' ');
    }
  }
  head = unquote(head);
  if (inner !== '' && acronym === '' && isAcronym(inner)) {
    acronym = inner;
    inner = '';
  }
  if (inner === '') return { acronym, title: head === '' ? { lv: '', en: '' } : { lv: languageOf(head) === 'lv' ? head : '', en: languageOf(head) === 'en' ? head : '' } };
  // A title and its translation in brackets: Latvian first, as the council writes, unless the words say otherwise.
  const swapped = languageOf(head) === 'en' && languageOf(inner) === 'lv';
  return { acronym, title: swapped ? { lv: inner, en: head } : { lv: head, en: inner } };
}

/** The description line, which may run over a few lines: "Projekta “…” SOLID" … "(“…”) apraksts". */
function descriptionLine(lines: readonly Line[]): Source | null {
  for (let i = 0; i < lines.length; i += 1) {
    const first = lines[i];
    if (!first || !/^projekta\s+[“„"«]/u.test(fold(first.text))) continue;
    const run = lines.slice(i, i + 4).filter((l) => l.text !== '');
    const end = run.findIndex((l) => /(?:apraksts|description)$/u.test(fold(l.text)));
    if (end < 0) continue;
    const last = run[end] ?? first;
    return { ...readTitleValue(run.slice(0, end + 1).map((l) => l.text).join(' ')), passage: { start: first.start, end: last.end } };
  }
  return null;
}

/** The page's heading: the last line before "Pēdējo reizi informācija atjaunota" that is not the site's breadcrumb. */
function pageHeading(preamble: readonly Line[], sections: readonly Section[]): Source | null {
  const lines = preamble.filter((l) => l.text !== '' && !/^sobrid daugavpili$/.test(fold(l.text)));
  if (sections[0]?.key === 'updated') {
    const line = lines[lines.length - 1];
    return line ? { ...readTitleValue(line.text), passage: { start: line.start, end: line.end } } : null;
  }
  // Without that line to go by, the page's first line is its heading only if it names an acronym.
  const first = lines[0];
  const read = first && first.text.length <= 250 ? readTitleValue(first.text) : null;
  return first && read && read.acronym !== '' ? { ...read, passage: { start: first.start, end: first.end }, guessed: true } : null;
}

export function readTitle(text: string, preamble: readonly Line[], sections: readonly Section[]): Title & { proposals: Proposal[] } {
  const sources: Source[] = [];
  const titled = sections.find((s) => s.key === 'title');
  if (titled) {
    const lines = sectionLines(titled);
    const first = lines[0];
    const last = lines[lines.length - 1];
    if (first && last) sources.push({ ...readTitleValue(lines.map((l) => l.text).join(' ')), passage: { start: first.start, end: last.end } });
  }
  const allLines = [...preamble, ...sections.flatMap((s) => [s.heading, ...s.body])];
  const description = descriptionLine(allLines);
  if (description) sources.push(description);
  const heading = pageHeading(preamble, sections);
  if (heading) sources.push(heading);

  const result: Title = { acronym: '', title: { lv: '', en: '' } };
  const proposals: Proposal[] = [];
  const acronymLine = sections.find((s) => s.key === 'acronym');
  if (acronymLine?.inline && isAcronym(acronymLine.inline.text.split(' ')[0] ?? '')) {
    result.acronym = unquote(acronymLine.inline.text.split(' ')[0] ?? '');
    proposals.push(proposal('acronym', result.acronym, locate(text, result.acronym, acronymLine.inline)));
  }
  const take = (field: 'acronym' | 'title.lv' | 'title.en', get: (s: Title) => string) => {
    const found = sources.filter((s) => get(s) !== '');
    const source = found[0];
    if (!source) return;
    const value = get(source);
    // The same title written differently elsewhere on the page: shown, but marked.
    const differs = found.some((s) => fold(get(s)) !== fold(value));
    if (field === 'acronym') {
      if (result.acronym !== '') return;
      result.acronym = value;
    } else result.title[field === 'title.lv' ? 'lv' : 'en'] = value;
    proposals.push(proposal(field, value, locate(text, value, source.passage), differs ? 'several' : source.guessed ? 'inferred' : undefined));
  };
  take('acronym', (s) => s.acronym);
  take('title.lv', (s) => s.title.lv);
  take('title.en', (s) => s.title.en);
  return { ...result, proposals };
}
