// Country names as council pages write them, in Latvian (any case form of "-ija" names folds to
// the same word) and in English, to ISO 3166-1 alpha-2 codes.
import { fold } from './text';

const NAMES: Record<string, string> = {
  LV: 'latvija|latvia', LT: 'lietuva|lietuvas|lithuania', EE: 'igaunija|estonia', PL: 'polija|poland', DE: 'vacija|germany',
  SE: 'zviedrija|sweden', FI: 'somija|finland', DK: 'danija|denmark', NO: 'norvegija|norway', IS: 'islande|iceland',
  IT: 'italija|italy', ES: 'spanija|spain', PT: 'portugale|portugal', FR: 'francija|france', BE: 'belgija|belgium',
  NL: 'niderlande|holande|netherlands|the netherlands', LU: 'luksemburga|luxembourg', AT: 'austrija|austria', CH: 'sveice|switzerland',
  CZ: 'cehija|czechia|czech republic', SK: 'slovakija|slovakia', HU: 'ungarija|hungary', SI: 'slovenija|slovenia', HR: 'horvatija|croatia',
  RS: 'serbija|serbia', BA: 'bosnija un hercegovina|bosnia and herzegovina', ME: 'melnkalne|montenegro', AL: 'albanija|albania',
  MK: 'makedonija|ziemelmakedonija|macedonia|north macedonia', BG: 'bulgarija|bulgaria', RO: 'rumanija|romania', MD: 'moldova|moldavija',
  UA: 'ukraina|ukraine', BY: 'baltkrievija|belarus', RU: 'krievija|russia', GR: 'grieķija|griekija|greece', CY: 'kipra|cyprus',
  MT: 'malta', TR: 'turcija|turkey|turkiye', IE: 'irija|ireland', GB: 'lielbritanija|apvienota karaliste|united kingdom|great britain|uk',
  GE: 'gruzija|georgia', AM: 'armenija|armenia', AZ: 'azerbaidzana|azerbaijan', XK: 'kosova|kosovo', IL: 'izraela|israel',
  US: 'asv|amerikas savienotas valstis|usa|united states', CA: 'kanada|canada', NZ: 'jaunzelande|new zealand',
};

const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) for (const name of names.split('|')) BY_NAME.set(fold(name), code);

/** The ISO code of a country name ("Itālija", "Itālijā", "Italy"), or null when the text is no country. */
export function countryCode(name: string): string | null {
  const key = fold(name).replace(/[^\p{L} ]/gu, ' ').replace(/\s+/g, ' ').trim();
  return BY_NAME.get(key) ?? null;
}
