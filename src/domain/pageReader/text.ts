// The text every passage points into: pasted text with its line ends and odd spaces made plain,
// HTML reduced to text, and a folded copy of the same length for matching words whatever their
// case or diacritics.

/** Offsets into the normalised text, end exclusive. */
export type Passage = { start: number; end: number };

/** One line of the text, trimmed, with where its trimmed content lies. */
export type Line = { text: string; start: number; end: number };

// No-break, narrow and thin spaces: pages copied from a browser use them between thousands.
const ODD_SPACES = /[\u00A0\u2007\u2009\u202F\u200B\uFEFF]/g;

/** CRLF and CR become LF, odd spaces become spaces; a pasted text keeps its words where they were. */
export function normaliseText(input: string): string {
  return input.replace(/\r\n?/g, '\n').replace(ODD_SPACES, (c) => (c === '\u200B' || c === '\uFEFF' ? '' : ' '));
}

/** Whether a paste is HTML rather than text copied from the rendered page. */
export function looksLikeHtml(input: string): boolean {
  return /<(?:html|body|p|div|li|ul|ol|br|h[1-6]|table|td|span|strong|a)\b[^>]*>/i.test(input);
}

// Tags after which the rendered page starts a new line.
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'table', 'tr', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'address', 'hr', 'title',
]);
// Code, and the site's own menus and footer around the article: none of it is the project's.
const DROPPED = /<(script|style|noscript|template|head|nav|footer|aside)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', bdquo: '„', lsquo: '‘', rsquo: '’', euro: '€', middot: '·', bull: '•', shy: '',
};

/** Decodes the HTML entities a council page uses: named ones, `&#8211;` and `&#x2013;`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * HTML to the text a browser would show, one block per line: block tags and `<br>` end lines,
 * `<li>` becomes a "- " list line, table cells are separated by tabs, scripts and styles go.
 * Written by hand so it runs in Node and in a worker, where there is no DOM.
 */
export function htmlToText(html: string): string {
  const withoutCode = html.replace(/<!--[\s\S]*?-->/g, '').replace(DROPPED, '');
  const text = withoutCode.replace(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/gi, (_tag, closing: string, rawName: string) => {
    const name = rawName.toLowerCase();
    if (name === 'br') return '\n';
    if (name === 'li') return closing ? '\n' : '\n- ';
    if (name === 'td' || name === 'th') return closing ? '\t' : '';
    return BLOCK_TAGS.has(name) ? '\n' : '';
  });
  const lines = decodeEntities(text.replace(/<[^>]*>/g, ''))
    .replace(ODD_SPACES, ' ')
    .split(/\r\n?|\n/)
    // Source indentation and line wrapping are not the page's: collapse runs of spaces.
    .map((line) => line.replace(/[ \t]+/g, (run) => (run.includes('\t') ? '\t' : ' ')).trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The lines of a text with their offsets; blank lines are kept (as empty text) so paragraphs show. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    lines.push({ text: trimmed, start: at + lead, end: at + lead + trimmed.length });
    at += raw.length + 1;
  }
  return lines;
}

// Letters that NFD does not take apart.
const UNDECOMPOSED: Record<string, string> = { ł: 'l', đ: 'd', ø: 'o', æ: 'a', œ: 'o', ß: 's', ı: 'i', þ: 't', ð: 'd' };

/**
 * The text in lower case without diacritics, one character for each character, so an offset in
 * the folded text is the same offset in the original ("Pēdējo" → "pedejo").
 */
export function fold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const base = UNDECOMPOSED[lower] ?? lower.normalize('NFD')[0] ?? c;
    // A character outside the BMP is two code units: keep the count equal.
    out += c.length === 2 ? `${base}_`.slice(0, 2) : base;
  }
  return out;
}

/** Runs of white space made one space, as a value shown to the user ("pasākumos  un" → "pasākumos un"). */
export const squeeze = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A passage for a part of a line: `part` found in `line.text` from `from`. */
export function passageIn(line: Line, part: string, from = 0): Passage {
  const index = line.text.indexOf(part, from);
  if (index < 0) return { start: line.start, end: line.end };
  return { start: line.start + index, end: line.start + index + part.length };
}
