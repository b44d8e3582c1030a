// Latvian strings of offline use and updates: every key of offline.en.ts (the type checker enforces it).
import type { offlineEn } from './offline.en';

export const offlineLv: Record<keyof typeof offlineEn, string> = {
  'update.ready': 'Ir gatava jauna versija — pārlādējiet',
  'update.reload': 'Pārlādēt',
  'update.unsaved': 'Vispirms saglabājiet vai atceliet izmaiņas: lapa netiek pārlādēta, kamēr formā ir nesaglabātas izmaiņas.',

  'settings.offline': 'Lietošana bezsaistē',
  'settings.offline.ready': 'Gatava: šis pārlūks glabā lietotnes kopiju, tāpēc tā atveras un pārlādējas arī bez tīkla.',
  'settings.offline.preparing': 'Vēl nav gatava: lietotne tiek saglabāta lietošanai bezsaistē. Brīdi paturiet šo lapu atvērtu ar ieslēgtu tīklu.',
  'settings.offline.unavailable': 'Nav pieejama: šis pārlūks (vai privātais logs) to neatļauj, vai lietotne darbojas izstrādes serverī. Lietotne darbojas, kamēr cilne ir atvērta.',
};
