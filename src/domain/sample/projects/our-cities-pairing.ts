// Our Cities Pairing on Environment Issues — seed page 003
// ("Pilsētu sadarbība vides problēmu risināšanā").
import type { MobilityEvent, Project } from '../../schema';
import { SAMPLE_TIMESTAMP } from '../organisations';
import { PROGRAMME_IDS } from '../programmes';

const hostedMeeting = (n: number): MobilityEvent => ({
  id: `sample-our-cities-pairing-e${n}`,
  order: n,
  kind: 'meeting',
  title: { lv: 'starptautiskā tikšanās Daugavpilī', en: 'international meeting in Daugavpils' },
  hostCity: 'Daugavpils',
  hostCityLv: null,
  hostCountry: 'LV',
  placeAsWritten: null,
  date: { precision: 'unknown' },
  direction: 'hosted',
  representatives: null,
  notes: {
    lv: `Viena no 5 starptautiskajām tikšanās reizēm Daugavpilī, uz kurām ieradīsies Suluovas un Amasjas pilsētu pārstāvji (${n}. no 5). Lapā tikšanās nav uzskaitītas; datums nav zināms, kārtas numurs ir tikai ieraksta numurs.`,
    en: `One of the 5 international meetings in Daugavpils attended by representatives of Suluova and Amasya (${n} of 5). The page does not list the meetings; the date is unknown and the order number is only a record number.`,
  },
});

const visitToTurkey = (n: number, of: number): MobilityEvent => ({
  id: `sample-our-cities-pairing-e${n}`,
  order: n,
  kind: 'meeting',
  title: { lv: 'starptautiskā tikšanās (darba grupa) Turcijā', en: 'international meeting (working group) in Turkey' },
  hostCity: null,
  hostCityLv: null,
  hostCountry: 'TR',
  placeAsWritten: null,
  date: { precision: 'unknown' },
  direction: 'outgoing',
  representatives: null,
  notes: {
    lv: `Viena no 3 starptautiskajām tikšanās reizēm (darba grupām) Turcijā, kurās Daugavpils pilsētas dome tiks aicināta piedalīties (${of}. no 3). Pilsēta, datums un pārstāvju skaits nav zināmi; kārtas numurs ir tikai ieraksta numurs.`,
    en: `One of the 3 international meetings (working groups) in Turkey that Daugavpils City Council will be invited to (${of} of 3). The city, date and number of representatives are unknown; the order number is only a record number.`,
  },
});

export const ourCitiesPairing: Project = {
  id: 'sample-our-cities-pairing',
  acronym: '',
  title: {
    lv: 'Pilsētu sadarbība vides problēmu risināšanā',
    en: 'Our Cities Pairing on Environment Issues',
  },
  councilRole: 'partner',
  partners: [
    {
      organisationId: 'org-suluova-governorship',
      role: 'lead',
      nameAsWritten: 'Suluova Apgabala Valdība, Turcija /Suluova District Governorship, Turkey/',
    },
    { organisationId: 'org-daugavpils-council', role: 'partner', nameAsWritten: 'Daugavpils pilsētas dome, Daugavpils, Latvija' },
    { organisationId: 'org-suluova-chamber', role: 'partner', nameAsWritten: 'Suluovas Tirdzniecības un Rūpniecības Kamera, Turcija' },
    { organisationId: 'org-amasya-governorship', role: 'associated', nameAsWritten: 'Amasjas Valdība' },
    {
      organisationId: 'org-amasya-suluova-education',
      role: 'associated',
      nameAsWritten: 'Amasjas - Suluovas Nacionālās Izglītības Direktorāts',
    },
    {
      organisationId: 'org-amasya-environment',
      role: 'associated',
      nameAsWritten: 'Amasjas Provinces Vides un Urbanizācijas Direkcija',
    },
    { organisationId: 'org-suluova-municipality', role: 'associated', nameAsWritten: 'Suluova pašvaldība' },
  ],
  programmeId: PROGRAMME_IDS.ttgs,
  period: { start: '2019-01-15', end: '2020-01-15', lengthMonths: 12 },
  summary: { lv: '', en: '' },
  objectives: [
    {
      lv: 'Projekta vispārējais mērķis ir izveidot ilgtspējīgu sadarbības tīklu, lai veicinātu apmaiņu starp vietējām pārvaldes iestādēm Turcijā un vietējām pašvaldībām ES dalībvalstīs dažādās jomās, kas saistītas ar Turcijas pievienošanos ES, sekmējot pilsētu sadraudzības pasākumus.',
      en: 'The general objective of the project is to build a sustainable cooperation network to foster exchange between local administrations in Turkey and local authorities in EU Member States in various fields related to Turkey’s accession to the EU, by promoting town twinning activities.',
    },
    {
      lv: 'Projekta specifiskais mērķis ir sekmēt sadarbību ar Turcijas pilsētām Amasja un Suluova vides problēmu risināšanā, kā arī pašvaldību administrācijas kapacitātes paaugstināšanai. Projekta ietvaros pilsētas apmainīsies ar labākajām praksēm vides jautājumu risināšanā.',
      en: 'The specific objective of the project is to promote cooperation with the Turkish cities of Amasya and Suluova in solving environmental problems and in building the capacity of municipal administrations. Within the project the cities will exchange best practices in dealing with environmental issues.',
    },
  ],
  activities: [
    {
      lv: 'Projekta ietvaros plānotās aktivitātes paredz sadarboties ar projekta partneriem starptautiskā līmenī, piedalīties darba semināros un darba grupās, praktiskajās nodarbībās, organizēt mācību vizītes un tikšanās. Projekts paredz vietējo administrāciju, nevalstisko organizāciju un sabiedrības izglītošanu par vides jautājumiem.',
      en: 'The activities planned within the project include cooperating with the project partners at international level, taking part in workshops, working groups and practical sessions, and organising study visits and meetings. The project provides for educating local administrations, non-governmental organisations and the public on environmental issues.',
    },
    {
      lv: 'Projekta īstenošanas laikā Daugavpils pilsētas dome kā projekta partneris organizēs 5 starptautiskās tikšanās Daugavpilī, uz kurām ieradīsies Suluovas un Amasjas pilsētu pārstāvji.',
      en: 'During the project, Daugavpils City Council as a project partner will organise 5 international meetings in Daugavpils, to be attended by representatives of the cities of Suluova and Amasya.',
    },
    {
      lv: 'Daugavpils pilsētas dome kā projekta partneris tiks aicināta piedalīties 3 starptautiskajās tikšanās (darba grupās) Turcijā, kas sniegs iespēju iepazīt Turcijas pieeju vides jautājumu risināšanai.',
      en: 'Daugavpils City Council as a project partner will be invited to take part in 3 international meetings (working groups) in Turkey, which will give an opportunity to learn about Turkey’s approach to environmental issues.',
    },
  ],
  results: [
    {
      text: { lv: 'Nodibināti jauni kontakti pašvaldību sadarbībai', en: 'New contacts established for cooperation between municipalities' },
      indicator: null,
    },
    {
      text: {
        lv: 'Paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze',
        en: 'The staff’s level of knowledge and competence raised, international experience gained',
      },
      indicator: null,
    },
    {
      text: { lv: 'Popularizēta Daugavpils pilsēta', en: 'The city of Daugavpils promoted' },
      indicator: null,
    },
    {
      text: {
        lv: 'Panākta starpkultūru sinerģija un veicināta solidaritāte starp vietējiem iedzīvotājiem un projekta partneriem',
        en: 'Intercultural synergy achieved and solidarity promoted between local residents and the project partners',
      },
      indicator: null,
    },
    {
      text: {
        lv: 'Veicināta vietējo iedzīvotāju līdzdalība un paaugstinātas zināšanas par vides jautājumiem',
        en: 'Local residents’ participation promoted and their knowledge of environmental issues raised',
      },
      indicator: null,
    },
    {
      text: { lv: 'Noorganizēti 5 starptautiskie pasākumi Daugavpilī', en: '5 international events organised in Daugavpils' },
      indicator: { kind: 'hosted-events', target: 5, achieved: null },
    },
    {
      text: { lv: 'Izpildītas Daugavpils pašvaldības darbinieku mobilitātes', en: 'Daugavpils municipal staff mobilities carried out' },
      indicator: { kind: 'staff-mobilities', target: null, achieved: null },
    },
  ],
  budget: {
    totalBudget: 13800000,
    councilBudget: null,
    euCofinancing: null,
    euCofinancingPercent: null,
    councilCofinancing: 467300,
    otherCofinancing: null,
    otherCofinancingSource: '',
    prefinancingTotal: null,
    prefinancingPercent: null,
    payments: [],
    prefinancingByYear: [],
    cofinancingByYear: [],
    note: {
      lv: 'Lapā norādīts tikai kopējais projekta budžets (138 000 EUR) un domes līdzfinansējums (4673 EUR). Domes budžets, ES līdzfinansējums, maksājumi un priekšfinansējums nav norādīti. Programmu finansē ES un Turcijas Republika.',
      en: 'The page gives only the total project budget (EUR 138,000) and the council’s co-financing (EUR 4,673). The council’s budget, EU co-financing, payments and pre-financing are not stated. The programme is funded by the EU and the Republic of Turkey.',
    },
  },
  events: [
    hostedMeeting(1),
    hostedMeeting(2),
    hostedMeeting(3),
    hostedMeeting(4),
    hostedMeeting(5),
    visitToTurkey(6, 1),
    visitToTurkey(7, 2),
    visitToTurkey(8, 3),
  ],
  contacts: [],
  website: null,
  links: [
    {
      kind: 'presentation',
      label: {
        lv: 'Daugavpils Universitātes lektors Mg.vid.plān. Dainis Lazdāns',
        en: 'Dainis Lazdāns, Mg.vid.plān. (Master of Environmental Planning), lecturer at Daugavpils University',
      },
      url: null,
    },
    {
      kind: 'presentation',
      label: {
        lv: 'Komunālās saimniecības pārvaldes vides inženieris Kaspars Laizāns',
        en: 'Kaspars Laizāns, environmental engineer at the Municipal Services Department',
      },
      url: null,
    },
  ],
  pressReleases: [
    {
      title: {
        lv: 'Partneri no Turcijas iepazīst Daugavpils pieredzi ekoloģijas jomā',
        en: 'Partners from Turkey learn about Daugavpils’ experience in ecology',
      },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'Projekta ietvaros 29.augustā notiks seminārs par sadzīves atkritumu apsaimniekošanu',
        en: 'A seminar on household waste management will take place on 29 August within the project',
      },
      url: null,
      date: null,
    },
    {
      title: { lv: 'Parakstīts memorands par sadarbību vides jomā', en: 'Memorandum on cooperation in the field of the environment signed' },
      url: null,
      date: null,
    },
    {
      title: {
        lv: '“PILSĒTU SADARBĪBA VIDES PROBLĒMU RISINĀŠANĀ” PROJEKTA IETVAROS NOTIKA NOSLĒGUMA PIEREDZES APMAIŅAS BRAUCIENS DAUGAVPILĪ',
        en: 'FINAL EXPERIENCE-EXCHANGE VISIT TO DAUGAVPILS TOOK PLACE WITHIN THE PROJECT “OUR CITIES PAIRING ON ENVIRONMENT ISSUES”',
      },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'Parakstīts sadarbības memorands izglītības un zinātnes jomā - Daugavpils pilsētas Izglītības pārvaldes ziņa',
        en: 'Memorandum of cooperation in education and science signed – news from the Daugavpils City Education Department',
      },
      url: null,
      date: null,
    },
    {
      title: {
        lv: '“PILSĒTU SADARBĪBA VIDES PROBLĒMU RISINĀŠANĀ” PROJEKTA IETVAROS NOTIKA NOSLĒGUMA PIEREDZES APMAIŅAS BRAUCIENS - Daugavpils Universitātes ziņa',
        en: 'FINAL EXPERIENCE-EXCHANGE VISIT TOOK PLACE WITHIN THE PROJECT “OUR CITIES PAIRING ON ENVIRONMENT ISSUES” – news from Daugavpils University',
      },
      url: null,
      date: null,
    },
  ],
  councilDecision: null,
  infoUpdatedAt: '2020-01-07T11:46',
  notes: {
    lv: [
      'Lapas sākumā: „SEMINĀRS PAR SADZĪVES ATKRITUMU APSAIMNIEKOŠANU: PREZENTĀCIJAS:” – Daugavpils Universitātes lektora Mg.vid.plān. Daiņa Lazdāna un Komunālās saimniecības pārvaldes vides inženiera Kaspara Laizāna prezentācijas (saites lapā nav dotas).',
      'Preses relīze vēsta, ka projekta ietvaros 29. augustā notiks seminārs par sadzīves atkritumu apsaimniekošanu; gads nav norādīts, tāpēc seminārs nav ierakstīts kā pasākums.',
      'Lapā nav uzskaitītas ne 5 tikšanās Daugavpilī, ne 3 tikšanās (darba grupas) Turcijā; pasākumu ieraksti izveidoti no norādītajiem skaitiem, bez datumiem. Preses relīzes vēsta par noslēguma pieredzes apmaiņas braucienu Daugavpilī.',
      'Sadaļā „Projekta sadarbības partneri” uzskaitītās 4 organizācijas ierakstītas kā asociētie partneri.',
      'Projektam lapā nav akronīma.',
    ].join('\n'),
    en: [
      'At the top of the page: “SEMINAR ON HOUSEHOLD WASTE MANAGEMENT: PRESENTATIONS:” – presentations by Daugavpils University lecturer Mg.vid.plān. Dainis Lazdāns and by Kaspars Laizāns, environmental engineer at the Municipal Services Department (no addresses given on the page).',
      'A press release says a seminar on household waste management will take place on 29 August within the project; no year is given, so the seminar is not recorded as an event.',
      'The page lists neither the 5 meetings in Daugavpils nor the 3 meetings (working groups) in Turkey; the event records come from the stated counts and have no dates. Press releases report a final experience-exchange visit in Daugavpils.',
      'The 4 organisations under “Project cooperation partners” are recorded as associated partners.',
      'The page gives no acronym for the project.',
    ].join('\n'),
  },
  origin: 'sample',
  createdAt: SAMPLE_TIMESTAMP,
  updatedAt: SAMPLE_TIMESTAMP,
  revision: 1,
};
