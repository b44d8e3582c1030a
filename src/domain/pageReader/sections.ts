// A page cut into its sections by their headings ("Projekta partneri:", "Project partners",
// "FINANSĒŠANAS AVOTS"), in whatever order the page has them. A heading may stand on its own
// line, with or without a colon, or carry its value after a colon, a tab or a dash.
import { fold, splitLines, type Line } from './text';

export type SectionKey =
  | 'title' | 'acronym' | 'lead' | 'partners' | 'associated' | 'funding' | 'period' | 'costs' | 'cofinancing'
  | 'events' | 'objectives' | 'activities' | 'results' | 'contacts' | 'website' | 'press' | 'finalResult'
  | 'updated' | 'signature' | 'other';

export type Section = {
  key: SectionKey;
  heading: Line;
  /** The value written on the heading's own line, if any. */
  inline: Line | null;
  /** The lines up to the next heading, blank ones included (they separate paragraphs). */
  body: Line[];
};

/** Headings as folded phrases (see text.ts, fold); the first that fits wins, so longer come first. */
const HEADINGS: [SectionKey, string][] = [
  ['lead', String.raw`projekta iesniedzejs|vadosais partneris|lead partner|lead applicant|applicant|project coordinator`],
  ['associated', String.raw`(?:projekta )?sadarbibas partneri|asocietie partneri|associated partners|cooperation partners`],
  ['partners', String.raw`(?:projekta )?partneri|(?:project )?partners|partner organisations`],
  ['funding', String.raw`finansesanas avots|finansejuma avots|funding source|source of funding|funding programme|funding|programme`],
  ['period', String.raw`(?:projekta )?istenosanas (?:termins|laiks|periods)|(?:project )?implementation period|project period|(?:project )?duration`],
  ['cofinancing', String.raw`pasvaldibas lidzfinansejums un prieksfinansejums|(?:council |municipal )?co-?financing and pre-?financing|pre-?financing`],
  ['costs', String.raw`(?:projekta )?kopejas izmaksas|(?:projekta )?budzets|(?:total )?project costs|total costs|(?:total )?(?:project )?budget`],
  ['events', String.raw`(?:projekta )?starptautiskas mobilitates|(?:projekta )?pasakumi|(?:international )?mobilities|(?:project )?events|(?:project )?meetings`],
  ['activities', String.raw`(?:projekta ietvaros )?planotas (?:sekojosas )?aktivitates|(?:projekta )?aktivitates|(?:planned )?activities`],
  ['objectives', String.raw`(?:projekta )?merkis(?: un aktivitates)?|(?:projekta )?merki|(?:iss )?projekta apraksts|(?:project )?objectives?(?: and activities)?|(?:project )?aims?|(?:short )?(?:project )?description|summary`],
  ['results', String.raw`(?:projekta )?rezultati|(?:expected |project )?results|outputs`],
  ['contacts', String.raw`kontaktpersonas?|kontaktinformacija|kontakti|contact persons?|contacts?`],
  ['website', String.raw`(?:projekta )?majaslapa|timekla vietne|(?:project )?website|web ?page|homepage`],
  ['press', String.raw`preses relizes|preses relize|publikacijas|press releases?|news`],
  ['finalResult', String.raw`gala rezultats|final result`],
  ['title', String.raw`projekta nosaukums|(?:project )?title|project name`],
  ['acronym', String.raw`(?:projekta )?akronims|acronym`],
];
// Lines that start a section whatever follows them on the line.
const OPEN_HEADINGS: [SectionKey, string][] = [
  ['updated', String.raw`pedejo reizi informacija atjaunota|informacija atjaunota|(?:information )?last updated|updated on`],
  ['signature', String.raw`domes priekssedetaj|priekssedetaj|\(personiskais paraksts\)|\(paraksts\)|\(signature\)`],
  // The site's own buttons and footer, copied with the page: they end whatever list came before.
  ['other', String.raw`(?:atpakal|drukat|drukas versija|dalities|kopigot|uz augsu|print|back|share|©|\(c\) )(?:[^\p{L}]|$)`],
];

const NUMBERING = String.raw`^(?:\d{1,2}[.)]\s*|[ivx]{1,4}\.\s+)?`;
const phrase = (words: string) => words.replace(/ /g, String.raw`\s+`);
const CLOSED = HEADINGS.map(([key, words]) => [key, new RegExp(`${NUMBERING}(?:${phrase(words)})(?![\\p{L}])`, 'u')] as const);
const OPEN = OPEN_HEADINGS.map(([key, words]) => [key, new RegExp(`^(?:${phrase(words)})`, 'u')] as const);
// What may follow a heading's words: a note in brackets, then the end, or a separator and the value.
const AFTER_HEADING = /^\s*(?:\([^)]*\)|\/[^/]*\/)?\s*(?:$|[:：\t]|\s[–—-]\s)\s*/u;

/** What heading a line is, and where its value on the same line starts; null for a line of text. */
export function headingOf(line: Line): { key: SectionKey; valueAt: number | null } | null {
  const text = line.text;
  if (text === '') return null;
  const folded = fold(text);
  for (const [key, re] of OPEN) if (re.test(folded)) return { key, valueAt: null };
  for (const [key, re] of CLOSED) {
    const m = re.exec(folded);
    if (!m) continue;
    const rest = folded.slice(m[0].length);
    const after = AFTER_HEADING.exec(rest);
    if (!after) continue;
    const valueAt = m[0].length + after[0].length;
    return { key, valueAt: valueAt < text.length ? valueAt : null };
  }
  if (isOtherHeading(text)) return { key: 'other', valueAt: null };
  return null;
}

/** A heading the reader does not know: a short line ending in a colon, or a short line in capitals. */
function isOtherHeading(text: string): boolean {
  if (/^(?:\d{1,3}[.)](?!\d)|[-–—•·*▪◦●])/.test(text)) return false;
  const words = text.split(/\s+/).length;
  if (/:$/.test(text) && words <= 8 && !/[@]|\d{3}/.test(text)) return true;
  const letters = text.replace(/[^\p{L}]/gu, '');
  return words <= 8 && letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The page's sections in page order; lines before the first heading form a 'preamble' with no heading. */
export function readSections(text: string): { preamble: Line[]; sections: Section[] } {
  const preamble: Line[] = [];
  const sections: Section[] = [];
  for (const line of splitLines(text)) {
    const heading = headingOf(line);
    if (heading) {
      const inline = heading.valueAt === null ? null : { text: line.text.slice(heading.valueAt), start: line.start + heading.valueAt, end: line.end };
      sections.push({ key: heading.key, heading: line, inline, body: [] });
    } else {
      (sections[sections.length - 1]?.body ?? preamble).push(line);
    }
  }
  return { preamble, sections };
}

/** The non-blank lines of a section, its inline value first. */
export function sectionLines(section: Section): Line[] {
  return [...(section.inline ? [section.inline] : []), ...section.body.filter((line) => line.text !== '')];
}

/** The lines of every section with one of these keys, in page order. */
export const linesOf = (sections: readonly Section[], ...keys: SectionKey[]): Line[] =>
  sections.filter((s) => keys.includes(s.key)).flatMap(sectionLines);

/** Paragraphs of a section: runs of non-blank lines. */
export function paragraphsOf(section: Section): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of [...(section.inline ? [section.inline] : []), ...section.body]) {
    if (line.text === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

const MARKER = /^(?:(\d{1,3})\s*[.)](?!\d)|[-–—•·*▪◦●])\s*/u;

/** A list item: its text without the marker and the closing ";", "." or "," (and a link's "_"). */
export type Item = { text: string; start: number; end: number; number: number | null; marked: boolean };

/** Every non-blank line as a list item, marked ("1.", "1)", "-", "·", "•", "–") or not. */
export function listItems(lines: readonly Line[]): Item[] {
  return lines
    .filter((line) => line.text !== '')
    .map((line) => {
      const m = MARKER.exec(line.text);
      const offset = m ? m[0].length : 0;
      const raw = line.text.slice(offset);
      const text = raw.replace(/(?:\s+_)+$/u, '').replace(/[\s;,.]+$/u, '').replace(/\s+/g, ' ').trim();
      const start = line.start + offset;
      return { text, start, end: start + raw.replace(/(?:\s+_)+$/u, '').replace(/[\s;,.]+$/u, '').length, number: m?.[1] ? Number(m[1]) : null, marked: m !== null };
    })
    .filter((item) => item.text !== '');
}
