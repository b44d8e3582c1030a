// Latvian strings of conflicts and of the reader's view: every key of conflicts.en.ts (the type checker enforces it).
import type { LatvianOf } from '../plural';
import type { conflictsEn } from './conflicts.en';

export const conflictsLv: LatvianOf<typeof conflictsEn> = {
  'conflict.badgeTitle': 'Kolēģi šo projektu mainīja, nebūdami savienoti, un abas versijas ir saglabātas: salīdziniet tās un izvēlieties',
  'conflict.title': 'Konflikts: {name}',
  'conflict.intro': 'Kolēģi šo projektu mainīja, nebūdami savienoti, un visas versijas tiek glabātas, līdz kāds izvēlas. Šeit ir lauki, kuros versijas atšķiras. Katram izvēlieties, kuru versiju paturēt, un saglabājiet kombināciju: tā tiek saglabāta kā jauna versija, kopīgota ar visiem, un pārējās versijas tiek dzēstas no visām kopijām.',
  'conflict.col.field': 'Lauks',
  'conflict.version.shown': 'Rādītā versija',
  'conflict.version.other': 'Otra versija',
  'conflict.version.otherN': 'Cita versija {n}',
  'conflict.keepVersion': 'Paturēt: {version}',
  'conflict.keep': 'Saglabāt šo kombināciju',
  'conflict.keeping': 'Saglabā…',
  'conflict.cancel': 'Atpakaļ uz projektu',
  'conflict.onlyBookkeeping': 'Versijas atšķiras tikai ar saglabāšanas laiku. Saglabājot kombināciju, konflikts tiek slēgts.',
  'conflict.resolved': 'Konflikts atrisināts. Kombinācija ir kopīgota ar kolēģiem.',
  'conflict.cannot.newer': 'Kādu versiju ir rakstījusi jaunāka lietotnes versija ({detail}). Pārlādējiet lapu, lai to salīdzinātu.',
  'conflict.cannot.invalid': 'Kādu versiju nevarēja nolasīt ({detail}), tāpēc to šeit nevar salīdzināt.',
  'conflict.cannot.resolved': 'Šim projektam vairs nav konflikta: visās kopijās ir viena versija.',
  'conflict.readerCannot': 'Lasītājs konfliktu redz, bet nevar to atrisināt: izvēlas redaktors.',
  'conflict.history.resolved': 'Konflikts atrisināts',
  'conflict.history.resolvedBy': 'Konfliktu atrisināja {author}',
  'conflict.history.by': '({author})',
  'conflict.history.kept': '{field}: {version}',
  'conflict.history.keptShown': 'paturēta rādītā versija',
  'conflict.history.keptOther': 'paturēta otra versija',
  'conflict.history.keptOtherN': 'paturēta cita versija {n}',
  'conflict.directory.title': 'Konflikti katalogos',
  'conflict.directory.intro': 'Kolēģi šīs organizācijas vai programmas mainīja, nebūdami savienoti. Paturiet katrai vienu versiju: tā tiek kopīgota ar visiem.',
  'conflict.directory.organisation': 'Organizācija',
  'conflict.directory.programme': 'Programma',
  'conflict.directory.keepShown': 'Paturēt rādīto versiju',
  'conflict.directory.keepOther': 'Paturēt otru versiju',
  'conflict.directory.resolved': 'Konflikts atrisināts.',

  'sync.conflicts': { zero: '{count} konfliktu', one: '{count} konflikts', other: '{count} konflikti' },

  'reader.notice': 'Jūs varat skatīt, bet ne mainīt šo portfeli (lasītājs).',
  'reader.badge': 'Lasītājs',
  'reader.cannotEdit': 'Jūs varat skatīt, bet ne mainīt šo portfeli (lasītājs). Lūdziet redaktoram veikt šo izmaiņu.',
};
