// Latvian strings of sharing: every key of sharing.en.ts (the type checker enforces it).
import type { LatvianOf } from '../plural';
import type { sharingEn } from './sharing.en';

export const sharingLv: LatvianOf<typeof sharingEn> = {
  'sharing.title': 'Koplietošana',
  'sharing.intro': 'Koplietojiet šo portfeli ar kolēģiem, izmantojot nodaļas serveri. Katram ir pilna kopija, kas darbojas arī bezsaistē. Bez servera viss paliek šajā pārlūkā.',
  'sharing.server': 'Servera adrese',
  'sharing.user': 'Lietotājvārds',
  'sharing.password': 'Parole',
  'sharing.connect': 'Pievienoties',
  'sharing.connecting': 'Pievienojas…',
  'sharing.disconnect': 'Atvienoties',
  'sharing.notes': 'Parole tiek nosūtīta tikai serverim un netiek saglabāta. Parauga projekti netiek augšupielādēti.',
  'sharing.connectedAs': 'Pievienots serverim {server} kā {user} ({role}).',
  'sharing.role.editor': 'redaktors',
  'sharing.role.reader': 'lasītājs: redz visu, neko nemaina',
  'sharing.role.none': 'nav piekļuves portfelim',
  'sharing.disconnectNote': 'Atvienojoties šī pārlūka kopija paliek nemainīta.',
  'sharing.signedOut': 'Sesija ir beigusies. Lai turpinātu koplietot, pierakstieties vēlreiz; šeit veiktās izmaiņas tikmēr gaida.',
  'sharing.error.unauthorized': 'Nepareizs lietotājvārds vai parole.',
  'sharing.error.forbidden': 'Šis lietotājs nevar atvērt koplietoto portfeli: {reason}',
  'sharing.error.unreachable': 'Serveris nav sasniedzams: {reason}',
  'sharing.error.not-set-up': 'Serverī vēl nav koplietotā portfeļa. Tā administrators veic iestatīšanu, kas aprakstīta README (“Sharing with colleagues”).',
  'sharing.error.server': 'Serveris atbildēja ar kļūdu: {reason}',

  'conflict.badge': 'Konflikts',

  'sync.label': 'Koplietošanas statuss',
  'sync.connecting': 'Pievienojas…',
  'sync.synced': 'Sinhronizēts',
  'sync.sending': 'Sūta…',
  'sync.waiting': { zero: '{count} izmaiņu gaida', one: '{count} izmaiņa gaida', other: '{count} izmaiņas gaida' },
  'sync.offline': 'Bezsaistē',
  'sync.denied': 'Serveris atteica: {reason}',
  'sync.error': 'Sinhronizācijas kļūda: {reason}',
  'sync.signedOut': 'Koplietošanas sesija beigusies',
  'sync.problems': { zero: '{count} ierakstu no servera netika pieņemti', one: '{count} ieraksts no servera netika pieņemts', other: '{count} ieraksti no servera netika pieņemti' },
};
