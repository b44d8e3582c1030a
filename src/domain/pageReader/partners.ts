// The lead partner, partners and associated partners of a page, each list item read into its
// organisation name, city and country ("Collecchio pašvaldība, Collechio, Itālija").
import { countryCode } from './countries';
import { linesOf, listItems, type Item, type Section, type SectionKey } from './sections';
import { fold, squeeze } from './text';
import type { PartnerReading } from './types';

// The council the app is kept for, in the forms its pages name it.
const COUNCIL = /\bdaugavpils\s+(?:pilsetas\s+dome|pilsetas\s+pasvaldiba|valstspilsetas\s+pasvaldiba|city\s+council|city\s+municipality|municipality)\b/;

export const isCouncilName = (name: string): boolean => COUNCIL.test(fold(name));

type NameParts = Pick<PartnerReading, 'name' | 'city' | 'country' | 'otherNames'>;

/** "Jette kultūras centrs /Le Centre Culturel de Jette/, Jette, Beļģija" → name, city, country, other names. */
export function readPartnerName(written: string): NameParts {
  const otherNames: string[] = [];
  // Names in slashes or brackets are the same organisation named another way.
  let bracketedCountry: string | null = null;
  const main = written.replace(/\/([^/]+)\/|\(([^)]+)\)/g, (_m, slashed?: string, bracketed?: string) => {
    const other = squeeze(slashed ?? bracketed ?? '');
    // "Kaunas (Lithuania)": a country in brackets is the country, not another name.
    const country = countryCode(other);
    if (country !== null) bracketedCountry ??= country;
    else if (other !== '') otherNames.push(splitPlace(other).name);
    return ' ';
  });
  const parts = splitPlace(main);
  return { ...parts, country: parts.country ?? bracketedCountry, otherNames: otherNames.filter((n) => n !== '') };
}

function splitPlace(text: string): Omit<NameParts, 'otherNames'> {
  const parts = text.split(',').map(squeeze).filter((p) => p !== '');
  let country: string | null = null;
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last !== undefined) {
    country = countryCode(last);
    if (country !== null) parts.pop();
  }
  // A second-to-last part of a few capitalised words is the city.
  let city: string | null = null;
  const place = parts[parts.length - 1];
  if (parts.length > 1 && place !== undefined && /^\p{Lu}[\p{L}'’ -]*$/u.test(place) && place.split(' ').length <= 3) {
    city = place;
    parts.pop();
  }
  return { name: parts.join(', '), city, country };
}

/** "Kauņa, Lietuva; Lodza, Polija": several partners written on one line. */
function splitRun(item: Item): Item[] {
  if (!item.text.includes(';')) return [item];
  const items: Item[] = [];
  let at = 0;
  for (const part of item.text.split(';')) {
    const text = part.trim();
    const start = item.start + at + (part.length - part.trimStart().length);
    if (text !== '') items.push({ ...item, text, start, end: start + text.length });
    at += part.length + 1;
  }
  return items;
}

const ROLES = [['lead', 'lead'], ['partners', 'partner'], ['associated', 'associated']] as const satisfies readonly (readonly [SectionKey, PartnerReading['role']])[];

/** Every partner the page lists: the lead first, then partners and associated partners, in page order. */
export function readPartners(sections: readonly Section[]): PartnerReading[] {
  const readings: PartnerReading[] = [];
  for (const [key, role] of ROLES) {
    const lines = linesOf(sections, key);
    if (lines.length === 0) continue;
    // The lead is one organisation, however many lines the page gives it (a name and its translation).
    const items =
      key === 'lead'
        ? [{ text: squeeze(listItems(lines).map((i) => i.text).join(' ')), start: lines[0]?.start ?? 0, end: lines[lines.length - 1]?.end ?? 0 }]
        : listItems(lines).flatMap(splitRun);
    for (const item of items) {
      const parts = readPartnerName(item.text);
      if (parts.name === '') continue;
      readings.push({
        nameAsWritten: item.text,
        ...parts,
        role,
        isCouncil: isCouncilName(parts.name) || parts.otherNames.some(isCouncilName),
        passage: { start: item.start, end: item.end },
        // Several lines read as one lead, or no country found: worth a look.
        unsure: parts.country === null,
      });
    }
  }
  return readings;
}
