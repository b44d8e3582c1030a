// Matching what a page calls a partner against the organisation directory, across Latvian case
// forms and spellings: "Vänersborgas pašvaldība" ≈ "Vanersborg pašvaldība" ≈ Vänersborg
// Municipality; "Paņevēžas" ≈ Paņeveža ≈ Panevėžys; "Kauņa" ≈ Kaunas.
import type { Organisation, Programme } from '../schema';
import { fold } from './text';
import type { PartnerReading, ProgrammeReading } from './types';

// Words that say what kind of body it is, not which one: compared loosely, so left out.
const GENERIC = new Set([
  'pasvaldiba', 'pasvaldibas', 'dome', 'domes', 'pilsetas', 'municipality', 'municipal', 'city', 'council', 'town', 'of', 'the', 'un', 'and',
  'novada', 'novads', 'comune', 'kommun', 'gmina', 'stadt', 'miesto', 'de', 'la', 'di', 'der', 'fur',
]);

const words = (text: string): string[] =>
  fold(text)
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');

/** A name in one spelling: folded, punctuation gone ("Emilia – Romagna" = "Emilia-Romagna"). */
const exact = (text: string): string => words(text).join(' ');

// Case endings of Latvian and Lithuanian names, longest first: "vanersborgas" → "vanersborg",
// "paneveza" → "panevez", "panevezys" → "panevez", "kauna" and "kaunas" → "kaun".
const ENDINGS = ['iem', 'ai', 'ys', 'is', 'as', 'es', 'us', 'os', 'a', 'e', 'u', 'i', 's', 'o', 'y'];

function stem(word: string): string {
  for (const ending of ENDINGS) if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
  return word;
}

/** The words that name the body, stemmed, without the generic ones. */
const key = (text: string): Set<string> => new Set(words(text).filter((w) => !GENERIC.has(w)).map(stem));

const subset = (a: Set<string>, b: Set<string>) => a.size > 0 && [...a].every((w) => b.has(w));

type Candidate = Pick<PartnerReading, 'name' | 'city' | 'country'> & { otherNames?: readonly string[] };

/**
 * The directory's organisation for a partner read from a page. `certain` when a name is the
 * same (folded, punctuation aside) and the country does not contradict; a loose match (case
 * endings, generic words, the city written into the name) is never certain. Null when nothing fits.
 */
export function matchOrganisation(partner: Candidate, directory: readonly Organisation[]): { organisation: Organisation; certain: boolean } | null {
  const names = [partner.name, ...(partner.otherNames ?? [])].filter((n) => n.trim() !== '');
  let best: { organisation: Organisation; score: number } | null = null;
  let tie = false;
  for (const organisation of directory) {
    if (partner.country !== null && organisation.country !== null && partner.country !== organisation.country) continue;
    const score = scoreOf(names, partner.city, organisation);
    if (score === 0) continue;
    if (best === null || score > best.score) {
      best = { organisation, score };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  if (best === null) return null;
  return { organisation: best.organisation, certain: best.score >= EXACT && !tie };
}

const EXACT = 10;

function scoreOf(names: readonly string[], city: string | null, organisation: Organisation): number {
  const orgNames = [organisation.name, organisation.nameLv].filter((n): n is string => n !== null && n !== '');
  const orgCities = [organisation.city, organisation.cityLv].filter((n): n is string => n !== null && n !== '');
  const cityAgrees = city !== null && orgCities.some((c) => key(c).size > 0 && subset(key(c), key(city)));
  const bonus = cityAgrees ? 1 : 0;
  if (names.some((n) => orgNames.some((o) => exact(n) === exact(o)))) return EXACT + bonus;
  const cityWords = new Set(orgCities.flatMap((c) => [...key(c)]));
  for (const name of names) {
    const written = key(name);
    for (const orgName of orgNames) {
      const known = key(orgName);
      if (known.size === 0) continue;
      // The same words, or the directory's name and the city written after it ("EKOLOR" Indjija").
      const extra = [...written].filter((w) => !known.has(w));
      if (subset(known, written) && extra.every((w) => cityWords.has(w))) return 5 + bonus;
    }
  }
  return 0;
}

/**
 * The directory's programme for a funding source read from a page: the same name, and the same
 * measure and strand where the page gives them; where it gives none, the programme without them.
 */
export function matchProgramme(programme: NonNullable<ProgrammeReading>, programmes: readonly Programme[]): Programme | null {
  const same = (a: string, b: string) => a !== '' && b !== '' && [...key(a)].join(' ') === [...key(b)].join(' ');
  const named = programmes.filter((p) => same(p.name.lv, programme.name) || same(p.name.en, programme.name));
  const measured = named.filter((p) => {
    const measures = [p.measure.lv, p.measure.en].filter((m) => m !== '');
    return programme.measure === '' ? measures.length === 0 : measures.some((m) => same(m, programme.measure));
  });
  const stranded = measured.filter((p) => programme.strand === '' || strandNumber(p.strand.lv || p.strand.en) === strandNumber(programme.strand));
  return stranded[0] ?? null;
}

const strandNumber = (strand: string): string | null => /\d+/.exec(strand)?.[0] ?? null;
