// Contact persons (name, position, phone, e-mail), the project's website and the titles of its
// press releases.
import type { Contact, PressRelease } from '../schema';
import { languageOf, locate, proposal } from './proposals';
import { linesOf, listItems, type Section } from './sections';
import { squeeze, type Line } from './text';
import type { Proposal } from './types';

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/u;
const PHONE = /(?:tālr(?:unis)?|tel(?:efons)?|phone|mob(?:ile)?|t)\.?\s*:?\s*(\+?\d[\d ()./-]{4,}\d)/iu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”,;]+/iu;
// "Vārds Uzvārds" (two or more capitalised words, hyphenated ones too) before the position.
const NAME = /^(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)+)\s*[,–—-]?\s*(.*)$/u;
// "Projekta vadītāja: Anna Bērziņa": the position first.
const POSITION_NAME = /^([^:]{3,60}):\s*(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)+)\s*[,;]?\s*$/u;

type Read = { contacts: Contact[]; website: string | null; pressReleases: PressRelease[]; proposals: Proposal[] };

/** "www.wirproject.eu/" → "http://www.wirproject.eu/": the form stores links with their scheme. */
const withScheme = (url: string) => (/^https?:\/\//i.test(url) ? url : `http://${url}`);

export function readContacts(text: string, sections: readonly Section[], allLines: readonly Line[]): Read {
  const read: Read = { contacts: [], website: null, pressReleases: [], proposals: [] };
  let current: { contact: Contact; index: number } | null = null;
  for (const line of linesOf(sections, 'contacts')) {
    let rest = line.text;
    const email = EMAIL.exec(rest);
    const phone = PHONE.exec(rest);
    const url = URL.exec(rest.replace(EMAIL, ' '));
    for (const found of [email, phone, url]) if (found) rest = rest.replace(found[0], ' ');
    rest = squeeze(rest.replace(/(?:e-?pasts?|e-?mail|tālr\.?|tel\.?)\s*:?/giu, ' ').replace(/[;,\s]+$/u, '').replace(/^[;,\s]+/u, ''));
    const reversed = POSITION_NAME.exec(rest);
    const name = reversed ? [reversed[0], reversed[2], reversed[1]] : NAME.exec(rest);
    if (name && !URL.test(line.text.slice(0, 4))) {
      const index = read.contacts.length;
      const position = squeeze((name[2] ?? '').replace(/[,;]+$/, ''));
      current = { contact: { name: name[1] ?? '', position: { lv: '', en: '' }, phone: null, email: null }, index };
      read.contacts.push(current.contact);
      read.proposals.push(proposal(`contacts.${index}.name`, current.contact.name, locate(text, current.contact.name, line)));
      if (position !== '') {
        const lang = languageOf(position);
        current.contact.position[lang] = position;
        read.proposals.push(proposal(`contacts.${index}.position.${lang}`, position, locate(text, position, line)));
      }
    }
    if (current && phone && current.contact.phone === null) {
      current.contact.phone = squeeze(phone[1] ?? '');
      read.proposals.push(proposal(`contacts.${current.index}.phone`, current.contact.phone, locate(text, phone[1] ?? '', line)));
    }
    if (current && email && current.contact.email === null) {
      current.contact.email = email[0];
      read.proposals.push(proposal(`contacts.${current.index}.email`, email[0], locate(text, email[0], line)));
    }
  }
  readWebsite(text, sections, allLines, read);
  readPress(text, sections, read);
  return read;
}

/** The website: under its own heading, or a line that is only an address. */
function readWebsite(text: string, sections: readonly Section[], allLines: readonly Line[], read: Read) {
  const press = new Set(sections.filter((s) => s.key === 'press').flatMap((s) => s.body));
  const candidates = [...linesOf(sections, 'website'), ...allLines.filter((l) => !press.has(l) && /^(?:https?:\/\/|www\.)\S+$/iu.test(l.text))];
  for (const line of candidates) {
    const url = URL.exec(line.text);
    if (!url || EMAIL.test(url[0])) continue;
    read.website = withScheme(url[0]);
    read.proposals.push(proposal('website', read.website, locate(text, url[0], line)));
    return;
  }
}

/** Press releases: one title per line, without its number and the "_" a link icon leaves. */
function readPress(text: string, sections: readonly Section[], read: Read) {
  for (const item of listItems(linesOf(sections, 'press'))) {
    const title = item.text;
    if (title === '' || /^(?:nav|none|—|-)$/iu.test(title)) continue;
    const lang = languageOf(title);
    const index = read.pressReleases.length;
    read.pressReleases.push({ title: { lv: lang === 'lv' ? title : '', en: lang === 'en' ? title : '' }, url: null, date: null });
    read.proposals.push(proposal(`pressReleases.${index}.title.${lang}`, title, { start: item.start, end: item.end }));
  }
}
