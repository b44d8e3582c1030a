// A deterministic generator of large, realistic portfolios, for performance work and tests:
// the same seed always gives the same portfolio, and every record is valid against the schemas.
import type {
  CouncilRole,
  EventDate,
  EventKind,
  LocalizedText,
  MobilityEvent,
  Organisation,
  OrganisationKind,
  Payment,
  Programme,
  Project,
  ProjectPartner,
  Result,
  YearAmount,
} from './schema';
import { daysInMonth } from './dates';
import { sumKnown } from './money';

// ---------------------------------------------------------------- random numbers

/** mulberry32: a small, fast 32-bit PRNG; good enough for test data, deterministic by seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const a = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = a;
    }
    return copy.slice(0, count);
  }
}

// ---------------------------------------------------------------- reference lists

type City = { name: string; nameLv: string | null; country: string };

// Real European towns, with the Latvian form where Latvian writes it differently.
const CITIES: readonly City[] = [
  { name: 'Panevėžys', nameLv: 'Paņeveža', country: 'LT' },
  { name: 'Kaunas', nameLv: 'Kauņa', country: 'LT' },
  { name: 'Vilnius', nameLv: 'Viļņa', country: 'LT' },
  { name: 'Klaipėda', nameLv: 'Klaipēda', country: 'LT' },
  { name: 'Šiauliai', nameLv: 'Šauļi', country: 'LT' },
  { name: 'Alytus', nameLv: null, country: 'LT' },
  { name: 'Łódź', nameLv: 'Lodza', country: 'PL' },
  { name: 'Radom', nameLv: 'Radoma', country: 'PL' },
  { name: 'Kraków', nameLv: 'Krakova', country: 'PL' },
  { name: 'Gdańsk', nameLv: 'Gdaņska', country: 'PL' },
  { name: 'Wrocław', nameLv: 'Vroclava', country: 'PL' },
  { name: 'Lublin', nameLv: 'Ļubļina', country: 'PL' },
  { name: 'Białystok', nameLv: 'Belostoka', country: 'PL' },
  { name: 'Magdeburg', nameLv: 'Magdeburga', country: 'DE' },
  { name: 'Kassel', nameLv: null, country: 'DE' },
  { name: 'Dietzenbach', nameLv: null, country: 'DE' },
  { name: 'Leipzig', nameLv: 'Leipciga', country: 'DE' },
  { name: 'Dresden', nameLv: 'Drēzdene', country: 'DE' },
  { name: 'Rostock', nameLv: null, country: 'DE' },
  { name: 'Erfurt', nameLv: null, country: 'DE' },
  { name: 'Motala', nameLv: null, country: 'SE' },
  { name: 'Vänersborg', nameLv: 'Venersborga', country: 'SE' },
  { name: 'Uppsala', nameLv: 'Upsala', country: 'SE' },
  { name: 'Malmö', nameLv: 'Malme', country: 'SE' },
  { name: 'Umeå', nameLv: 'Ūmeo', country: 'SE' },
  { name: 'Rēzekne', nameLv: null, country: 'LV' },
  { name: 'Jelgava', nameLv: null, country: 'LV' },
  { name: 'Liepāja', nameLv: null, country: 'LV' },
  { name: 'Ventspils', nameLv: null, country: 'LV' },
  { name: 'Tartu', nameLv: 'Tartu', country: 'EE' },
  { name: 'Narva', nameLv: null, country: 'EE' },
  { name: 'Pärnu', nameLv: 'Pērnava', country: 'EE' },
  { name: 'Seinäjoki', nameLv: null, country: 'FI' },
  { name: 'Tampere', nameLv: null, country: 'FI' },
  { name: 'Oulu', nameLv: null, country: 'FI' },
  { name: 'Turku', nameLv: null, country: 'FI' },
  { name: 'Palermo', nameLv: null, country: 'IT' },
  { name: 'Ravenna', nameLv: null, country: 'IT' },
  { name: 'Collecchio', nameLv: null, country: 'IT' },
  { name: 'Bologna', nameLv: 'Boloņa', country: 'IT' },
  { name: 'Torino', nameLv: 'Turīna', country: 'IT' },
  { name: 'Bari', nameLv: null, country: 'IT' },
  { name: 'Cuenca', nameLv: 'Kuenka', country: 'ES' },
  { name: 'Alicante', nameLv: 'Alikante', country: 'ES' },
  { name: 'Valencia', nameLv: 'Valensija', country: 'ES' },
  { name: 'Sevilla', nameLv: 'Sevilja', country: 'ES' },
  { name: 'Bilbao', nameLv: null, country: 'ES' },
  { name: 'Oradea', nameLv: null, country: 'RO' },
  { name: 'Cluj-Napoca', nameLv: 'Kluža-Napoka', country: 'RO' },
  { name: 'Iași', nameLv: 'Jaši', country: 'RO' },
  { name: 'Timișoara', nameLv: 'Timišoara', country: 'RO' },
  { name: 'Veliko Tarnovo', nameLv: 'Veliko Tirnova', country: 'BG' },
  { name: 'Plovdiv', nameLv: 'Plovdiva', country: 'BG' },
  { name: 'Varna', nameLv: null, country: 'BG' },
  { name: 'Vejle', nameLv: null, country: 'DK' },
  { name: 'Aarhus', nameLv: 'Orhūsa', country: 'DK' },
  { name: 'Odense', nameLv: null, country: 'DK' },
  { name: 'Jette', nameLv: 'Žete', country: 'BE' },
  { name: 'Gent', nameLv: 'Gente', country: 'BE' },
  { name: 'Liège', nameLv: 'Ljēža', country: 'BE' },
  { name: 'Utrecht', nameLv: 'Utrehta', country: 'NL' },
  { name: 'Groningen', nameLv: 'Groningena', country: 'NL' },
  { name: 'Lyon', nameLv: 'Liona', country: 'FR' },
  { name: 'Lille', nameLv: 'Lille', country: 'FR' },
  { name: 'Nantes', nameLv: 'Nante', country: 'FR' },
  { name: 'Sződliget', nameLv: null, country: 'HU' },
  { name: 'Debrecen', nameLv: 'Debrecena', country: 'HU' },
  { name: 'Szeged', nameLv: 'Segeda', country: 'HU' },
  { name: 'Alimos', nameLv: null, country: 'GR' },
  { name: 'Thessaloniki', nameLv: 'Saloniki', country: 'GR' },
  { name: 'Patras', nameLv: 'Patra', country: 'GR' },
  { name: 'Raška', nameLv: 'Raska', country: 'RS' },
  { name: 'Inđija', nameLv: 'Indjija', country: 'RS' },
  { name: 'Novi Sad', nameLv: null, country: 'RS' },
  { name: 'Kavadarci', nameLv: null, country: 'MK' },
  { name: 'Bitola', nameLv: null, country: 'MK' },
  { name: 'Malé Dvorníky', nameLv: null, country: 'SK' },
  { name: 'Košice', nameLv: null, country: 'SK' },
  { name: 'Žilina', nameLv: null, country: 'SK' },
  { name: 'Brno', nameLv: null, country: 'CZ' },
  { name: 'Olomouc', nameLv: 'Olomouca', country: 'CZ' },
  { name: 'Ostrava', nameLv: null, country: 'CZ' },
  { name: 'Linz', nameLv: 'Linca', country: 'AT' },
  { name: 'Graz', nameLv: 'Graca', country: 'AT' },
  { name: 'Suluova', nameLv: null, country: 'TR' },
  { name: 'Amasya', nameLv: 'Amasja', country: 'TR' },
  { name: 'Eskişehir', nameLv: 'Eskišehira', country: 'TR' },
  { name: 'İzmir', nameLv: 'Izmira', country: 'TR' },
  { name: 'Maribor', nameLv: null, country: 'SI' },
  { name: 'Celje', nameLv: null, country: 'SI' },
  { name: 'Rijeka', nameLv: null, country: 'HR' },
  { name: 'Osijek', nameLv: null, country: 'HR' },
  { name: 'Porto', nameLv: null, country: 'PT' },
  { name: 'Braga', nameLv: null, country: 'PT' },
  { name: 'Cork', nameLv: 'Korka', country: 'IE' },
  { name: 'Galway', nameLv: 'Golveja', country: 'IE' },
];

const COUNTRY_LV: Readonly<Record<string, string>> = {
  LT: 'Lietuva', PL: 'Polija', DE: 'Vācija', SE: 'Zviedrija', LV: 'Latvija', EE: 'Igaunija', FI: 'Somija',
  IT: 'Itālija', ES: 'Spānija', RO: 'Rumānija', BG: 'Bulgārija', DK: 'Dānija', BE: 'Beļģija', NL: 'Nīderlande',
  FR: 'Francija', HU: 'Ungārija', GR: 'Grieķija', RS: 'Serbija', MK: 'Ziemeļmaķedonija', SK: 'Slovākija',
  CZ: 'Čehija', AT: 'Austrija', TR: 'Turcija', SI: 'Slovēnija', HR: 'Horvātija', PT: 'Portugāle', IE: 'Īrija',
};

const HOME: City = { name: 'Daugavpils', nameLv: null, country: 'LV' };

const lt = (lv: string, en: string): LocalizedText => ({ lv, en });

type ProgrammeSeed = { name: LocalizedText; strand: LocalizedText; measure: LocalizedText; funders: LocalizedText[] };
const EU = lt('Eiropas Savienība', 'European Union');
const PROGRAMMES: readonly ProgrammeSeed[] = [
  { name: lt('Eiropa pilsoņiem', 'Europe for Citizens'), strand: lt('2. sadaļa: Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība', 'Strand 2: Democratic engagement and civic participation'), measure: lt('Pašvaldību tīklojumi', 'Networks of Towns'), funders: [EU] },
  { name: lt('Eiropa pilsoņiem', 'Europe for Citizens'), strand: lt('2. sadaļa: Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība', 'Strand 2: Democratic engagement and civic participation'), measure: lt('Pašvaldību sadraudzība', 'Town Twinning'), funders: [EU] },
  { name: lt('Eiropa pilsoņiem', 'Europe for Citizens'), strand: lt('1. sadaļa: Eiropas vēstures piemiņa', 'Strand 1: European remembrance'), measure: lt('', ''), funders: [EU] },
  { name: lt('Pilsoņi, vienlīdzība, tiesības un vērtības (CERV)', 'Citizens, Equality, Rights and Values (CERV)'), strand: lt('Pilsoņu iesaistīšanās un līdzdalība', 'Citizens’ engagement and participation'), measure: lt('Pašvaldību sadraudzība', 'Town Twinning'), funders: [EU] },
  { name: lt('Pilsoņi, vienlīdzība, tiesības un vērtības (CERV)', 'Citizens, Equality, Rights and Values (CERV)'), strand: lt('Pilsoņu iesaistīšanās un līdzdalība', 'Citizens’ engagement and participation'), measure: lt('Pašvaldību tīklojumi', 'Networks of Towns'), funders: [EU] },
  { name: lt('Erasmus+', 'Erasmus+'), strand: lt('2. pamatdarbība', 'Key Action 2'), measure: lt('Sadarbības partnerības', 'Cooperation partnerships'), funders: [EU] },
  { name: lt('Interreg Latvijas–Lietuvas programma', 'Interreg Latvia–Lithuania Programme'), strand: lt('', ''), measure: lt('', ''), funders: [lt('Eiropas Reģionālās attīstības fonds', 'European Regional Development Fund')] },
  { name: lt('Interreg Baltijas jūras reģiona programma', 'Interreg Baltic Sea Region'), strand: lt('', ''), measure: lt('', ''), funders: [lt('Eiropas Reģionālās attīstības fonds', 'European Regional Development Fund')] },
  { name: lt('Interreg Igaunijas–Latvijas programma', 'Interreg Estonia–Latvia Programme'), strand: lt('', ''), measure: lt('', ''), funders: [lt('Eiropas Reģionālās attīstības fonds', 'European Regional Development Fund')] },
  { name: lt('Turcijas un ES pilsētu sadraudzības grantu shēma (TTGS)', 'Town Twinning Action between Turkey and the EU Grant Scheme (TTGS)'), strand: lt('', ''), measure: lt('', ''), funders: [EU, lt('Turcijas Republika', 'Republic of Turkey')] },
];

const THEMES: readonly LocalizedText[] = [
  lt('Vietējā solidaritāte – globālās solidaritātes tīkls', 'Local solidarity – global solidarity network'),
  lt('Demokrātiskās iesaistīšanās veicināšana', 'Promoting democratic engagement'),
  lt('Depopulācija – reģionālo centru izaicinājums', 'Depopulation: a challenge for regional centres'),
  lt('Pilsētu sadarbība vides problēmu risināšanā', 'Cities pairing on environmental issues'),
  lt('Jaunieši pilsētas nākotnei', 'Young people for the city’s future'),
  lt('Zaļā pilsēta', 'The green city'),
  lt('Kultūras mantojums kā attīstības resurss', 'Cultural heritage as a resource for development'),
  lt('Senioru aktīva novecošana', 'Active ageing of seniors'),
  lt('Digitālā pašvaldība', 'The digital municipality'),
  lt('Integrācija un daudzveidība', 'Integration and diversity'),
  lt('Ilgtspējīga mobilitāte pilsētās', 'Sustainable urban mobility'),
  lt('Pašvaldību sadraudzība kā solidaritātes kanāls', 'Town twinning as a channel of solidarity'),
  lt('Eiropas atmiņa un vēsture', 'European remembrance and history'),
  lt('Sociālā iekļaušana vietējās kopienās', 'Social inclusion in local communities'),
  lt('Energoefektivitāte publiskajās ēkās', 'Energy efficiency in public buildings'),
];

const ACRONYM_PARTS = ['SOL', 'ID', 'CIT', 'NET', 'GREEN', 'DEM', 'YOU', 'TWIN', 'CO', 'RE', 'ACT', 'LINK', 'BRIDGE', 'MOVE', 'VAL', 'PART', 'EU', 'DE', 'CODE', 'AGE', 'DIGI', 'HER', 'INC', 'EN'] as const;

const FIRST_NAMES = ['Jolanta', 'Anna', 'Inese', 'Kristīne', 'Jānis', 'Andris', 'Oļegs', 'Ilze', 'Sergejs', 'Līga', 'Mārtiņš', 'Žanna', 'Natālija', 'Aleksandrs'] as const;
const LAST_NAMES = ['Reča', 'Bērziņa', 'Kalniņa', 'Ozols', 'Ivanovs', 'Petrova', 'Liepiņš', 'Krūmiņa', 'Zariņš', 'Šmite', 'Vasiļjeva', 'Grišāne'] as const;
const POSITIONS: readonly LocalizedText[] = [
  lt('projekta koordinators', 'project coordinator'),
  lt('projektu vadītāja', 'project manager'),
  lt('starptautisko projektu speciālists', 'international projects officer'),
];

const OBJECTIVES: readonly LocalizedText[] = [
  lt('Sekmēt starptautisko sadarbību Eiropas Savienības valstu vidū.', 'To foster international cooperation among EU member states.'),
  lt('Veicināt Daugavpils atpazīstamību ES kontekstā.', 'To raise the profile of Daugavpils in the EU.'),
  lt('Sekmēt pilsoņu izpratni par ES, tās vēsturi un dažādību.', 'To improve citizens’ understanding of the EU, its history and diversity.'),
  lt('Izveidot ilgtspējīgu sadarbības tīklu starp pilsētām.', 'To build a lasting network of cooperating cities.'),
];
const ACTIVITIES: readonly LocalizedText[] = [
  lt('Piedalīties darba semināros un darba grupās.', 'Take part in workshops and working groups.'),
  lt('Prezentēt Daugavpils pieredzi partneriem.', 'Present the experience of Daugavpils to the partners.'),
  lt('Apkopot labās prakses piemērus.', 'Collect examples of good practice.'),
  lt('Organizēt mācību vizītes un tikšanās.', 'Organise study visits and meetings.'),
];

const EVENT_KINDS: readonly EventKind[] = ['meeting', 'seminar', 'study-visit', 'conference', 'other'];
const EVENT_TITLES: Readonly<Record<EventKind, LocalizedText>> = {
  'kick-off': lt('Projekta atklāšanas tikšanās', 'Kick-off meeting'),
  meeting: lt('Partneru tikšanās', 'Partner meeting'),
  seminar: lt('Darba seminārs', 'Workshop'),
  'study-visit': lt('Mācību vizīte', 'Study visit'),
  conference: lt('Starptautiska konference', 'International conference'),
  'final-conference': lt('Gala rezultātu izplatīšanas konference', 'Final dissemination conference'),
  other: lt('Pasākums', 'Event'),
};

// ---------------------------------------------------------------- records

const EPOCH = Date.UTC(2024, 0, 1);
const stamp = (offsetMinutes: number): string => new Date(EPOCH + offsetMinutes * 60_000).toISOString();
const iso = (y: number, m: number, d: number): string =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const empty = (): LocalizedText => ({ lv: '', en: '' });

/** A project with every field empty or unknown: the start of a new project, and of test fixtures. */
export function makeEmptyProject(id: string, now: string): Project {
  return {
    id,
    acronym: '',
    title: empty(),
    councilRole: 'partner',
    partners: [],
    programmeId: null,
    period: { start: null, end: null, lengthMonths: null },
    summary: empty(),
    objectives: [],
    activities: [],
    results: [],
    budget: {
      totalBudget: null,
      councilBudget: null,
      euCofinancing: null,
      euCofinancingPercent: null,
      councilCofinancing: null,
      otherCofinancing: null,
      otherCofinancingSource: '',
      prefinancingTotal: null,
      prefinancingPercent: null,
      payments: [],
      prefinancingByYear: [],
      cofinancingByYear: [],
      note: empty(),
    },
    events: [],
    contacts: [],
    website: null,
    links: [],
    pressReleases: [],
    councilDecision: null,
    infoUpdatedAt: null,
    notes: empty(),
    origin: 'user',
    createdAt: now,
    updatedAt: now,
    revision: 1,
  };
}

export type GeneratedPortfolio = {
  organisations: Organisation[];
  programmes: Programme[];
  projects: Project[];
  /** The council itself (Daugavpils), present in the organisations. */
  homeOrganisationId: string;
};

export type GeneratorOptions = {
  projects: number;
  seed: number;
  /** Events per project; random 0–8 when not given. */
  eventsPerProject?: number;
};

export function generatePortfolio(options: GeneratorOptions): GeneratedPortfolio {
  const random = new Random(options.seed);
  const { organisations, homeOrganisationId } = makeOrganisations(random);
  const programmes = PROGRAMMES.map(
    (p, i): Programme => ({ id: `gen-prog-${i + 1}`, name: p.name, strand: p.strand, measure: p.measure, funders: p.funders, createdAt: stamp(i), updatedAt: stamp(i) }),
  );
  const others = organisations.filter((o) => o.id !== homeOrganisationId);
  const home = organisations.find((o) => o.id === homeOrganisationId);
  if (home === undefined) throw new Error('the home organisation is missing');
  const othersById = new Map(others.map((o) => [o.id, o]));
  const projects: Project[] = [];
  for (let i = 1; i <= options.projects; i += 1) {
    projects.push(makeProject(random, i, { home, others, othersById, programmes, eventsPerProject: options.eventsPerProject }));
  }
  return { organisations, programmes, projects, homeOrganisationId };
}

function makeOrganisations(random: Random): { organisations: Organisation[]; homeOrganisationId: string } {
  const organisations: Organisation[] = [];
  const add = (city: City, kind: OrganisationKind, name: string, nameLv: string | null): void => {
    const n = organisations.length + 1;
    organisations.push({
      id: `gen-o-${n}`,
      name,
      nameLv,
      city: city.name,
      cityLv: city.nameLv,
      country: city.country,
      kind,
      notes: '',
      createdAt: stamp(n),
      updatedAt: stamp(n),
    });
  };
  add(HOME, 'municipality', 'Daugavpils pilsētas dome', null);
  for (const city of CITIES) {
    add(city, 'municipality', `${city.name} Municipality`, `${city.nameLv ?? city.name} pašvaldība`);
    if (random.chance(0.35)) add(city, 'university', `University of ${city.name}`, `${city.nameLv ?? city.name} Universitāte`);
    if (random.chance(0.3)) add(city, 'ngo', `${city.name} Civic Association`, null);
    if (random.chance(0.1)) add(city, 'chamber', `${city.name} Chamber of Commerce and Industry`, `${city.nameLv ?? city.name} Tirdzniecības un rūpniecības kamera`);
  }
  return { organisations, homeOrganisationId: 'gen-o-1' };
}

type Context = {
  home: Organisation;
  others: readonly Organisation[];
  othersById: ReadonlyMap<string, Organisation>;
  programmes: readonly Programme[];
  eventsPerProject: number | undefined;
};

function maybeNull<T>(random: Random, p: number, value: T): T | null {
  return random.chance(p) ? null : value;
}

/** Euro amount rounded to whole tens of euros, in cents. */
const euros = (random: Random, min: number, max: number): number => random.int(min / 10, max / 10) * 1000;

function makeProject(random: Random, index: number, ctx: Context): Project {
  const now = stamp(10_000 + index);
  const project = makeEmptyProject(`gen-p-${index}`, now);
  project.origin = 'sample';
  const theme = random.pick(THEMES);
  project.acronym = random.chance(0.97) ? `${random.pick(ACRONYM_PARTS)}${random.pick(ACRONYM_PARTS)}` : '';
  project.title = random.chance(0.9) ? { ...theme } : { lv: theme.lv, en: '' };
  const councilRole: CouncilRole = random.chance(0.35) ? 'lead' : 'partner';
  project.councilRole = councilRole;
  project.partners = makePartners(random, councilRole, ctx);
  project.programmeId = random.chance(0.95) ? random.pick(ctx.programmes).id : null;

  // Period: 2014–2030, 3–36 months, the end day the day before the same date `length` months on.
  const startYear = random.int(2014, 2028);
  const startMonth = random.int(1, 12);
  const startDay = random.chance(0.6) ? 1 : random.int(1, 28);
  const length = random.int(3, 36);
  const endMonthIndex = startYear * 12 + (startMonth - 1) + length;
  const endDate = new Date(Date.UTC(Math.floor(endMonthIndex / 12), endMonthIndex % 12, startDay - 1));
  const fullEnd = iso(endDate.getUTCFullYear(), endDate.getUTCMonth() + 1, endDate.getUTCDate());
  // Nothing runs past 2030; a clipped period no longer has its stated length.
  const clipped = fullEnd > '2030-12-31';
  const end = clipped ? '2030-12-31' : fullEnd;
  const start = iso(startYear, startMonth, startDay);
  const bothUnknown = random.chance(0.02);
  project.period = {
    start: bothUnknown || random.chance(0.04) ? null : start,
    end: bothUnknown || random.chance(0.04) ? null : end,
    lengthMonths: !clipped && random.chance(0.3) ? length : null,
  };
  const years: number[] = [];
  for (let y = startYear; y <= Number(end.slice(0, 4)); y += 1) years.push(y);

  // Budget: the council's budget is EU co-financing plus its own; the rest is sometimes unknown.
  const councilBudget = euros(random, 2_000, 200_000);
  const euPercent = random.pick([100, 100, 90, 80, 75, 60]);
  const eu = Math.round((councilBudget * euPercent) / 100 / 100) * 100;
  const own = councilBudget - eu;
  const budget = project.budget;
  budget.councilBudget = maybeNull(random, 0.08, councilBudget);
  budget.euCofinancing = maybeNull(random, 0.08, eu);
  budget.euCofinancingPercent = random.chance(0.5) ? euPercent : null;
  budget.councilCofinancing = maybeNull(random, 0.1, own);
  budget.totalBudget = random.chance(0.5) ? null : councilBudget * random.int(2, 15);
  if (random.chance(0.05)) {
    budget.otherCofinancing = 0;
    budget.otherCofinancingSource = 'Valsts reģionālās attīstības aģentūra';
  }
  if (random.chance(0.6)) {
    const advance = Math.round(eu * 0.4);
    budget.payments = [
      payment('advance', 40, maybeNull(random, 0.05, advance), 'at-start', project.period.start),
      payment('balance', 60, maybeNull(random, 0.05, eu - advance), 'after-completion', null),
    ];
  }
  if (random.chance(0.7) && years.length > 0) {
    const prefinancing = eu - Math.round(eu * 0.4);
    budget.prefinancingByYear = splitOverYears(random, prefinancing, years.slice(-2));
    budget.prefinancingTotal = random.chance(0.5) ? prefinancing : null;
    budget.prefinancingPercent = random.chance(0.3) ? 60 : null;
  } else if (random.chance(0.2)) {
    budget.prefinancingTotal = euros(random, 1_000, 50_000);
  }
  if (own > 0 && random.chance(0.7) && years.length > 0) budget.cofinancingByYear = splitOverYears(random, own, years);

  project.events = makeEvents(random, project, ctx, years);
  project.results = makeResults(random, project);
  project.summary = { lv: `${theme.lv}: starptautiskās sadarbības projekts.`, en: `${theme.en}: an international cooperation project.` };
  project.objectives = random.sample(OBJECTIVES, random.int(1, 3)).map((o) => ({ ...o }));
  project.activities = random.sample(ACTIVITIES, random.int(1, 4)).map((a) => ({ ...a }));

  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  project.contacts = random.chance(0.8)
    ? [{ name: `${first} ${last}`, position: { ...random.pick(POSITIONS) }, phone: random.chance(0.8) ? `+371 654 ${random.int(10000, 99999)}` : null, email: random.chance(0.8) ? `${ascii(first)}.${ascii(last)}@example.lv` : null }]
    : [];
  const slug = ascii(project.acronym || `project${index}`);
  project.website = random.chance(0.4) ? `https://example.eu/${slug}` : null;
  project.links = random.chance(0.5) ? [{ kind: 'final-result', label: lt('Gala rezultāts', 'Final result'), url: maybeNull(random, 0.3, `https://example.eu/${slug}/final.pdf`) }] : [];
  project.pressReleases = Array.from({ length: random.int(0, 4) }, (_, k) => ({
    title: lt(`${project.acronym} – ${k + 1}. partneru tikšanās`, `${project.acronym}: partner meeting ${k + 1}`),
    url: maybeNull(random, 0.4, `https://example.lv/news/${slug}-${k + 1}`),
    date: null,
  }));
  project.councilDecision = councilRole === 'lead' && random.chance(0.6) && project.period.start !== null
    ? { number: String(random.int(1, 900)), date: iso(startYear - (startMonth === 1 ? 1 : 0), startMonth === 1 ? 12 : startMonth - 1, random.int(1, 28)), signedBy: null }
    : null;
  project.infoUpdatedAt = random.chance(0.5) ? stamp(random.int(0, 500_000)) : null;
  return project;
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function payment(kind: Payment['kind'], share: number, amount: number | null, due: Payment['dueCondition'], expectedDate: string | null): Payment {
  return { kind, sharePercent: share, amount, dueCondition: due, expectedDate, receivedDate: null, receivedAmount: null, note: '' };
}

/** Splits an amount over years, in whole euros, the last year taking the remainder. */
function splitOverYears(random: Random, amount: number, years: readonly number[]): YearAmount[] {
  let left = amount;
  return years.map((year, i) => {
    const part = i === years.length - 1 ? left : Math.round((left * random.int(20, 70)) / 100 / 100) * 100;
    left -= part;
    return { year, amount: maybeNull(random, 0.03, part) };
  });
}

function makePartners(random: Random, role: CouncilRole, ctx: Context): ProjectPartner[] {
  const count = random.int(2, 12);
  const chosen = random.sample(ctx.others, count);
  const asWritten = (org: Organisation): string | null => {
    if (!random.chance(0.4)) return null;
    return `${org.cityLv ?? org.city ?? org.name}, ${COUNTRY_LV[org.country ?? ''] ?? org.country ?? ''}`;
  };
  const partners: ProjectPartner[] = chosen.map((org, i) => ({
    organisationId: org.id,
    role: role === 'partner' && i === 0 ? 'lead' : i > 0 && random.chance(0.1) ? 'associated' : 'partner',
    nameAsWritten: asWritten(org),
  }));
  if (role === 'lead') partners.unshift({ organisationId: ctx.home.id, role: 'lead', nameAsWritten: null });
  else if (random.chance(0.85)) partners.splice(1, 0, { organisationId: ctx.home.id, role: 'partner', nameAsWritten: 'Daugavpils pilsētas dome, Latvija' });
  return partners;
}

function makeEventDate(random: Random, years: readonly number[], period: Project['period']): EventDate {
  const roll = random.float();
  if (roll < 0.1 || years.length === 0) return { precision: 'unknown' };
  const year = random.pick(years);
  let month = random.int(1, 12);
  // Keep inside the period's months where the period is known.
  const key = `${year}-${String(month).padStart(2, '0')}`;
  if (period.start !== null && key < period.start.slice(0, 7)) month = Number(period.start.slice(5, 7));
  if (period.end !== null && key > period.end.slice(0, 7)) month = Number(period.end.slice(5, 7));
  const ym = `${year}-${String(month).padStart(2, '0')}`;
  if (roll < 0.7) return { precision: 'month', month: ym };
  // Exact days stay inside the period too, where it starts or ends within this month.
  const firstDay = period.start !== null && period.start.startsWith(ym) ? Number(period.start.slice(8, 10)) : 1;
  const lastDay = period.end !== null && period.end.startsWith(ym) ? Number(period.end.slice(8, 10)) : daysInMonth(year, month);
  if (firstDay > lastDay) return { precision: 'month', month: ym };
  const startDay = random.int(firstDay, lastDay);
  const endDay = Math.min(lastDay, startDay + random.int(0, 3));
  return { precision: 'day', start: `${ym}-${String(startDay).padStart(2, '0')}`, end: `${ym}-${String(endDay).padStart(2, '0')}` };
}

function makeEvents(random: Random, project: Project, ctx: Context, years: readonly number[]): MobilityEvent[] {
  const count = ctx.eventsPerProject ?? random.int(0, 8);
  const partnerOrgs = project.partners
    .map((p) => ctx.othersById.get(p.organisationId))
    .filter((o): o is Organisation => o !== undefined);
  const events: MobilityEvent[] = [];
  for (let k = 0; k < count; k += 1) {
    const kind: EventKind = k === 0 ? 'kick-off' : k === count - 1 ? 'final-conference' : random.pick(EVENT_KINDS);
    const hosted = (project.councilRole === 'lead' && (k === 0 || k === count - 1)) || random.chance(0.15);
    const host = hosted ? ctx.home : partnerOrgs.length > 0 ? random.pick(partnerOrgs) : ctx.home;
    events.push({
      id: `${project.id}-e-${k + 1}`,
      order: k + 1,
      kind,
      title: { ...EVENT_TITLES[kind] },
      hostCity: host.city,
      hostCityLv: host.cityLv,
      hostCountry: host.country,
      placeAsWritten: random.chance(0.3) ? `${host.cityLv ?? host.city ?? ''}, ${COUNTRY_LV[host.country ?? ''] ?? ''}` : null,
      date: makeEventDate(random, years, project.period),
      direction: host.id === ctx.home.id ? 'hosted' : 'outgoing',
      representatives: host.id === ctx.home.id || random.chance(0.3) ? null : random.int(1, 6),
      notes: empty(),
    });
  }
  return events;
}

function makeResults(random: Random, project: Project): Result[] {
  const results: Result[] = [
    { text: lt('Iegūta starptautiska pieredze un zināšanas.', 'International experience and knowledge gained.'), indicator: null },
  ];
  const events = project.events.length;
  if (events > 0 || random.chance(0.3)) {
    const target = random.chance(0.85) ? events : events + random.int(-1, 2);
    const t = Math.max(0, target);
    results.push({ text: lt(`Organizēti ${t} starptautiski pasākumi.`, `${t} international events organised.`), indicator: { kind: 'events', target: maybeNull(random, 0.1, t), achieved: null } });
  }
  const sent = sumKnown(project.events.map((e) => e.representatives)).total;
  if (sent !== null && random.chance(0.7)) {
    // Mostly as planned; sometimes, as in SOLID, one more or fewer person travelled.
    const target = random.chance(0.85) ? sent : Math.max(0, sent + random.pick([-1, 1, 2]));
    results.push({ text: lt(`Izpildītas ${target} pašvaldības darbinieku mobilitātes.`, `${target} staff mobilities completed.`), indicator: { kind: 'staff-mobilities', target, achieved: null } });
  }
  const hosted = project.events.filter((e) => e.direction === 'hosted').length;
  if (hosted > 0) {
    results.push({ text: lt(`Organizēti ${hosted} pasākumi Daugavpilī.`, `${hosted} events held in Daugavpils.`), indicator: { kind: 'hosted-events', target: hosted, achieved: null } });
  }
  return results;
}
