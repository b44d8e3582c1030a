// The events list: "1.pasākums – Jette, Beļģija – projekta atklāšanas tikšanās (kick-off)
// 03/2018 (3 pārstāvji)": order, place, title, date or month, and representatives sent.
// Events a page only counts ("9 starptautiski pasākumi") are not listed, so none are made up.
import type { EventDate, MobilityEvent, Organisation } from '../schema';
import { countryCode } from './countries';
import { findDates, isMonthName } from './dates';
import { readCount } from './numbers';
import { languageOf, locate, proposal } from './proposals';
import { linesOf, listItems, type Section } from './sections';
import { fold, squeeze, type Passage } from './text';
import type { PartnerReading, Proposal } from './types';

const HOME_CITY = /^daugavpil/;
const REPRESENTATIVES = /\(?\s*(\d{1,4}|\p{L}+)\s+(?:pārstāv\p{L}*|representatives?|persons?|people|cilvēk\p{L}*|dalībniek\p{L}*|darbiniek\p{L}*)\s*\)?/iu;
const LEADING_WORD = /^(?:pasākums|pasākumi|event|tikšanās|meeting)\s*[:–—-]?\s*/iu;
const QUOTES = /[“”„"«»]/g;

function kindOf(text: string): MobilityEvent['kind'] | null {
  const t = fold(text);
  if (/kick-?off|atklasanas/.test(t)) return 'kick-off';
  if (/(?:gala|nosleguma|final|closing)\s.*(?:konferenc|conference)|final conference|nosleguma konferenc/.test(t)) return 'final-conference';
  if (/konferenc|conference/.test(t)) return 'conference';
  if (/seminar|workshop|darbnic/.test(t)) return 'seminar';
  if (/macibu vizit|pieredzes apmainas (?:vizit|brauc)|study visit/.test(t)) return 'study-visit';
  if (/tiksan|meeting|sanaksm/.test(t)) return 'meeting';
  return null;
}

type Options = { partners: readonly PartnerReading[]; organisations?: readonly Organisation[] };
type Read = { events: MobilityEvent[]; proposals: Proposal[] };

export function readEvents(text: string, sections: readonly Section[], options: Options): Read {
  const read: Read = { events: [], proposals: [] };
  for (const item of listItems(linesOf(sections, 'events'))) {
    const i = read.events.length;
    const field = (name: string) => `events.${i}.${name}`;
    const whole: Passage = { start: item.start, end: item.end };
    const add = (name: string, value: string | number, at: Passage = whole, reason?: Proposal['reason']) => read.proposals.push(proposal(field(name), value, at, reason));

    let rest = item.text.replace(LEADING_WORD, '');
    const reps = REPRESENTATIVES.exec(rest);
    const representatives = reps ? readCount(reps[1] ?? '') : null;
    if (reps) rest = rest.replace(reps[0], ' ');
    const dates = findDates(rest);
    const date = eventDate(rest, dates);
    for (const d of [...dates].reverse()) rest = `${rest.slice(0, d.start)} ${rest.slice(d.end)}`;
    // What removing the dates left between the parts ("seminārs . - .") is no part.
    const parts = rest
      .split(/\s[–—-]\s|\s[–—]|[–—]\s/)
      .map((p) => squeeze(p).replace(/^[,;:.\s]+|[,;:.\s]+$/g, ''))
      .filter((p) => /[\p{L}\d]/u.test(p));
    const place = readPlace(parts[0] ?? '');
    const titleParts = place ? [...(place.before ? [place.before] : []), ...parts.slice(1)] : parts;
    const title = squeeze(titleParts.join(' – ').replace(QUOTES, ''));
    const kind = kindOf(title) ?? kindOf(item.text);
    const titleLang = languageOf(title);

    let hostCity = place?.city ?? null;
    let hostCityLv: string | null = null;
    let hostCountry = place?.country ?? null;
    let countryInferred = false;
    if (hostCity !== null && hostCountry === null) {
      // "Kauņa, Septembris": the country is the one the partner list gives the same city.
      hostCountry = options.partners.find((p) => p.country !== null && [p.name, p.city].some((n) => n !== null && fold(n) === fold(hostCity ?? '')))?.country ?? null;
      countryInferred = hostCountry !== null;
    }
    const known = hostCity === null ? null : directoryCity(hostCity, hostCountry, options.organisations ?? []);
    if (known && hostCity !== null) {
      if (fold(known.city) !== fold(hostCity)) hostCityLv = hostCity;
      hostCity = known.city;
      if (hostCountry === null && known.country !== null) {
        hostCountry = known.country;
        countryInferred = true;
      }
    }
    const direction = hostCity !== null && HOME_CITY.test(fold(hostCity)) ? 'hosted' : 'outgoing';

    read.events.push({
      id: `read-event-${i + 1}`,
      order: item.number,
      kind: kind ?? 'meeting',
      title: { lv: titleLang === 'lv' ? title : '', en: titleLang === 'en' ? title : '' },
      hostCity,
      hostCityLv,
      hostCountry,
      placeAsWritten: place?.written ?? null,
      date,
      direction,
      representatives,
      notes: { lv: '', en: '' },
    });
    if (item.number !== null) add('order', item.number);
    add('kind', kind ?? 'meeting', whole, kind === null ? 'inferred' : undefined);
    if (title !== '') add(`title.${titleLang}`, title, locate(text, titleParts[0] ?? title, whole));
    if (place) add('placeAsWritten', place.written, locate(text, place.written, whole));
    if (hostCity !== null) add('hostCity', hostCity, locate(text, place?.city ?? hostCity, whole), hostCityLv !== null ? 'inferred' : undefined);
    if (hostCityLv !== null) add('hostCityLv', hostCityLv, locate(text, hostCityLv, whole));
    if (hostCountry !== null) add('hostCountry', hostCountry, whole, countryInferred ? 'inferred' : undefined);
    if (date.precision !== 'unknown') add('date', eventDateValue(date), whole);
    if (place) add('direction', direction, whole);
    if (representatives !== null) add('representatives', representatives, whole);
  }
  return read;
}

/** An event date as a proposal shows it: '2018-03', '2018-11-08', '2018-11-08/2018-11-12'; '' when unknown. */
export function eventDateValue(date: EventDate): string {
  if (date.precision === 'unknown') return '';
  if (date.precision === 'month') return date.month;
  return date.start === date.end ? date.start : `${date.start}/${date.end}`;
}

/** "08.11.2018 - 12.11.2018" is a span of days, "03/2018" a month; none is unknown. */
function eventDate(text: string, dates: ReturnType<typeof findDates>): EventDate {
  const [first, second] = dates;
  if (!first) return { precision: 'unknown' };
  if (first.value.precision === 'month') return { precision: 'month', month: first.value.iso };
  const joined = second && second.value.precision === 'day' && /^\.?\s*[–—-]\s*$/.test(text.slice(first.end, second.start)) && second.value.iso >= first.value.iso;
  return { precision: 'day', start: first.value.iso, end: joined ? second.value.iso : first.value.iso };
}

/**
 * "Jette, Beļģija", "Itālija", "Kauņa, Septembris", "Kick-off meeting, Riga, Latvia" → the place
 * (the city is the part before the country) and the words before it; null for what is no place.
 */
function readPlace(part: string): { written: string; city: string | null; country: string | null; before: string } | null {
  const parts = part.split(',').map(squeeze).filter((p) => p !== '');
  const countryAt = parts.findIndex((p) => countryCode(p) !== null);
  const country = countryAt < 0 ? null : countryCode(parts[countryAt] ?? '');
  // Without a country, a place is one or two capitalised names ("Kauņa, Septembris").
  const placeFrom = countryAt < 0 ? 0 : Math.max(0, countryAt - 1);
  const place = countryAt < 0 ? parts : parts.slice(placeFrom, countryAt + 1);
  if (place.length === 0 || place.length > 2 || place.some((p) => !/^\p{Lu}/u.test(p) || p.split(' ').length > 3)) return null;
  const city = place.find((p) => countryCode(p) === null && !isMonthName(p)) ?? null;
  if (country === null && city === null) return null;
  const before = parts.slice(0, countryAt < 0 ? 0 : placeFrom).join(', ');
  return { written: place.join(', '), city, country, before };
}

/** A city the directory knows, under its own name ("Kauņa" → Kaunas). */
function directoryCity(city: string, country: string | null, organisations: readonly Organisation[]): { city: string; country: string | null } | null {
  const key = fold(city);
  for (const o of organisations) {
    if (o.city === null || (country !== null && o.country !== null && o.country !== country)) continue;
    const names = [o.city, o.cityLv, o.kind === 'municipality' ? o.nameLv : null].filter((n): n is string => n !== null);
    if (names.some((n) => fold(n) === key)) return { city: o.city, country: o.country };
  }
  return null;
}
