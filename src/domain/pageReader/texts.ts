// Objectives, activities, a summary and results, from the description sections. List items
// become one entry each; a paragraph goes where its first sentence says ("Projekta mērķis ir …"
// is an objective, "… plānotās aktivitātes paredz …" an activity); a paragraph that mixes an
// objective with other sentences is left for the user rather than cut where the page does not.
import type { LocalizedText, Result } from '../schema';
import { readCount } from './numbers';
import { languageOf, locate, proposal } from './proposals';
import { listItems, paragraphsOf, type Section } from './sections';
import { fold, squeeze, type Line, type Passage } from './text';
import type { Proposal } from './types';

type Kind = 'objective' | 'activity' | 'summary' | 'results';
type Piece = { text: string; passage: Passage; kind: Kind; listed: boolean };

const OBJECTIVE = /(?:^|[^\p{L}])(?:merkis|merki|objectives?|aims?|goal)(?:[^\p{L}]|$)/u;
const ACTIVITY = /aktivitat|organize|organizet|aicinat\p{L}* piedalit|activit|will organi[sz]e|will be organi[sz]ed/u;

// A link's words left behind when a page is copied ("… Rīcības Plāns - skatīt šeit").
const LINK_WORDS = /\s*[-–—]?\s*(?:skatīt (?:šeit|dokumentu)|see (?:here|the document)|lasīt vairāk|read more)$/iu;

const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=[\p{Lu}“„"])/u);

/** A paragraph of three or more "; "-separated findings is a list of results written as one sentence. */
const resultParts = (text: string): string[] | null => {
  const parts = text.split(/;\s*/).map((p) => p.replace(/[.;\s]+$/, '').trim()).filter((p) => p !== '');
  return parts.length >= 3 ? parts : null;
};

function classify(paragraph: string, fallback: Kind): Kind {
  const first = fold(sentences(paragraph)[0] ?? paragraph);
  if (OBJECTIVE.test(first)) return 'objective';
  if (ACTIVITY.test(first)) return 'activity';
  return fallback;
}

const passageOf = (lines: readonly Line[]): Passage => ({ start: lines[0]?.start ?? 0, end: lines[lines.length - 1]?.end ?? 0 });

/** The pieces of one description section, each with where it goes. */
function piecesOf(section: Section, sectionKind: Kind): Piece[] {
  const pieces: Piece[] = [];
  for (const paragraph of paragraphsOf(section)) {
    const marked = listItems(paragraph);
    // A list (or, under "Projekta rezultāti", every line): one entry per line.
    if (sectionKind === 'results' || marked.some((i) => i.marked)) {
      for (const item of marked) {
        if (!item.marked && sectionKind !== 'results') {
          const line = paragraph.find((l) => l.start <= item.start && item.start <= l.end);
          if (line) pieces.push(...paragraphPieces([line], sectionKind));
          continue;
        }
        pieces.push({ text: item.text.replace(LINK_WORDS, ''), passage: { start: item.start, end: item.end }, kind: sectionKind === 'results' ? 'results' : classify(item.text, sectionKind), listed: true });
      }
      continue;
    }
    pieces.push(...paragraphPieces(paragraph, sectionKind));
  }
  return pieces;
}

function paragraphPieces(lines: readonly Line[], sectionKind: Kind): Piece[] {
  const text = squeeze(lines.map((l) => l.text).join(' '));
  const passage = passageOf(lines);
  const results = resultParts(text);
  if (results) return results.map((part) => ({ text: part, passage, kind: 'results' as const, listed: false }));
  const kind = classify(text, sectionKind === 'objective' ? 'summary' : sectionKind);
  if (kind !== 'objective') return [{ text, passage, kind, listed: false }];
  // "Projekta vispārīgais mērķis ir … Projekta specifiskais mērķis ir …": one objective per sentence that names one.
  const all = sentences(text);
  const aims = all.filter((s) => OBJECTIVE.test(fold(s)));
  if (aims.length !== all.length) return [];
  return aims.map((aim) => ({ text: aim, passage, kind: 'objective' as const, listed: false }));
}

const localized = (text: string): LocalizedText => ({ lv: languageOf(text) === 'lv' ? text : '', en: languageOf(text) === 'en' ? text : '' });

/** A countable result: "izpildītas 16 pašvaldības darbinieku mobilitātes", "organizēti divi … pasākumi Daugavpilī". */
export function indicatorOf(text: string): Result['indicator'] {
  const t = fold(text);
  const count = /(?:^|\s)(\d{1,3}|viens|viena|divi|divas|tris|cetri|cetras|pieci|piecas|sesi|sesas|septini|astoni|devini|desmit|one|two|three|four|five|six|seven|eight|nine|ten)\s/u.exec(t);
  const target = count ? readCount(wordIn(text, count)) : null;
  if (/mobilitat|mobilit(?:y|ies)/.test(t)) return { kind: 'staff-mobilities', target, achieved: null };
  if (/organiz|organis|noorganiz|held|rikot/.test(t) && /pasakum|event|tiksan|meeting/.test(t)) {
    // "organizēts starptautisks pasākums": one event, though no number is written.
    const singular = /pasakums(?!\p{L})|\ban event\b|\bone event\b/u.test(t);
    return { kind: /daugavpil/.test(t) ? 'hosted-events' : 'events', target: target ?? (singular ? 1 : null), achieved: null };
  }
  return null;
}

/** The word as written at a folded match (the folded one lost its diacritics). */
const wordIn = (text: string, m: RegExpExecArray): string => text.slice(m.index, m.index + m[0].length).trim();

type Read = { objectives: LocalizedText[]; activities: LocalizedText[]; summary: LocalizedText; results: Result[]; proposals: Proposal[] };

export function readTexts(text: string, sections: readonly Section[]): Read {
  const read: Read = { objectives: [], activities: [], summary: { lv: '', en: '' }, results: [], proposals: [] };
  const kindOfSection: Partial<Record<Section['key'], Kind>> = { objectives: 'objective', activities: 'activity', results: 'results' };
  for (const section of sections) {
    const sectionKind = kindOfSection[section.key];
    if (!sectionKind) continue;
    for (const found of piecesOf(section, sectionKind)) {
      // A sentence cut from a paragraph points at itself where it can be found as written.
      const piece = { ...found, passage: locate(text, found.text, found.passage) };
      const value = localized(piece.text);
      const lang = value.lv !== '' ? 'lv' : 'en';
      if (piece.kind === 'results') {
        const i = read.results.length;
        const indicator = indicatorOf(piece.text);
        read.results.push({ text: value, indicator });
        // Results cut from a running sentence are the reader's own cut: marked for a look.
        read.proposals.push(proposal(`results.${i}.text.${lang}`, piece.text, piece.passage, piece.listed && sectionKind === 'results' ? undefined : 'inferred'));
        if (indicator) {
          read.proposals.push(proposal(`results.${i}.indicator.kind`, indicator.kind, piece.passage));
          if (indicator.target !== null) read.proposals.push(proposal(`results.${i}.indicator.target`, indicator.target, piece.passage));
        }
      } else if (piece.kind === 'summary') {
        read.summary[lang] = read.summary[lang] === '' ? piece.text : `${read.summary[lang]}\n\n${piece.text}`;
        read.proposals.push(proposal(`summary.${lang}`, piece.text, piece.passage));
      } else {
        const list = piece.kind === 'objective' ? read.objectives : read.activities;
        read.proposals.push(proposal(`${piece.kind === 'objective' ? 'objectives' : 'activities'}.${list.length}.${lang}`, piece.text, piece.passage));
        list.push(value);
      }
    }
  }
  return read;
}
