// Latvian strings of the project fact sheet and the council-decision annex: every key of factSheet.en.ts.
import type { LatvianOf } from '../plural';
import type { factSheetEn } from './factSheet.en';

export const factSheetLv: LatvianOf<typeof factSheetEn> = {
  'factSheet.link': 'Projekta apraksts',
  'factSheet.title': 'Projekta apraksts: {name}',
  'factSheet.intro': 'Projekta lapas teksts domes tīmekļa vietnei, izveidots no ieraksta. Nezināmās vērtības nav norādītas.',
  'factSheet.language': 'Teksta valoda',
  'factSheet.lang.lv': 'Latviešu',
  'factSheet.lang.en': 'Angļu',
  'factSheet.copy': 'Kopēt tīmekļa vietnei',
  'factSheet.copied': 'Nokopēts: starpliktuvē ir formatēts un vienkāršs teksts.',
  'factSheet.copiedPlain': 'Nokopēts kā vienkāršs teksts (šī pārlūkprogramma nekopē formatētu tekstu).',
  'factSheet.copyFailed': 'Neizdevās nokopēt: {reason}. Atlasiet tekstu zemāk un nokopējiet to paši.',
  'factSheet.copyUnavailable': 'šī pārlūkprogramma neļauj šeit kopēt',
  'factSheet.copyNotAllowed': 'pārlūkprogramma neatļāva šai lapai izmantot starpliktuvi',
  'factSheet.print': 'Drukāt',
  'factSheet.document': 'Projekta apraksta teksts',
  'factSheet.back': 'Atpakaļ uz projektu',
  'factSheet.notFound': 'Projekts nav atrasts',
  'annex.link': 'Domes lēmuma pielikums',
  'annex.title': 'Domes lēmuma pielikums: {name}',
  'annex.intro': 'Projekta budžets, kā to ietver domes lēmums, latviešu valodā, gatavs drukāšanai.',
  'annex.noDecision': 'Projekta ierakstā nav domes lēmuma, tāpēc pielikumā nav lēmuma numura un datuma. Pievienojiet lēmumu projektam, lai tas būtu šeit.',
  'annex.document': 'Pielikuma teksts',
};
