// DeCoDe — seed page 004 ("Depopulācija – reģionālo centru izaicinājums").
import type { Project } from '../../schema';
import { SAMPLE_TIMESTAMP } from '../organisations';
import { PROGRAMME_IDS } from '../programmes';

export const decode: Project = {
  id: 'sample-decode',
  acronym: 'DeCoDe',
  title: {
    lv: 'Depopulācija – reģionālo centru izaicinājums',
    en: 'Challenges of Regional Centres: Depopulation Control, Development – best practices',
  },
  councilRole: 'lead',
  partners: [
    { organisationId: 'org-daugavpils-council', role: 'lead', nameAsWritten: 'Daugavpils pilsētas dome, Daugavpils, Latvija' },
    { organisationId: 'org-kaunas', role: 'partner', nameAsWritten: 'Kauņa, Lietuva' },
    { organisationId: 'org-lodz', role: 'partner', nameAsWritten: 'Lodza, Polija' },
    { organisationId: 'org-magdeburg', role: 'partner', nameAsWritten: 'Magdeburga, Vācija' },
    { organisationId: 'org-oradea', role: 'partner', nameAsWritten: 'Oradea, Rumānija' },
    { organisationId: 'org-palermo', role: 'partner', nameAsWritten: 'Palermo, Itālija' },
    { organisationId: 'org-vejle', role: 'partner', nameAsWritten: 'Vejle, Dānija' },
    { organisationId: 'org-cuenca', role: 'partner', nameAsWritten: 'Cuenca, Spānija' },
  ],
  programmeId: PROGRAMME_IDS.efcNetworksOfTowns,
  period: { start: '2018-03-01', end: '2020-02-01', lengthMonths: null },
  summary: {
    lv: 'Projekta ietvaros tiks apkopoti priekšlikumi depopulācijas kontrolei, ko pilsētas varēs izmantot un integrēt savos plānošanas dokumentos. Ir paredzēts iekļaut situācijas novērtējumu dalībvalstīs un pilsētās, izstrādāt stingru vietējās ekonomikas struktūru un veicināt iedzīvotāju izpratni par mobilitāti Eiropas pilsētās.',
    en: 'Within the project, proposals for depopulation control will be collected that the cities will be able to use and integrate into their planning documents. It is planned to include an assessment of the situation in the member states and cities, to develop a strong local economic structure and to raise residents’ awareness of mobility in European cities.',
  },
  objectives: [
    {
      lv: 'Projekta mērķis ir izveidot starptautisku, ilgtspējīgu tīklu starp Eiropas pilsētām, kuras ir reģionālie centri savās valstīs un/vai reģionos, lai varētu dalīties savā pieredzē par depopulācijas un reemigrācijas procesiem un ietekmi.',
      en: 'The objective of the project is to create an international, sustainable network of European cities that are regional centres in their countries and/or regions, so that they can share their experience of depopulation and re-emigration processes and their impact.',
    },
  ],
  activities: [
    {
      lv: 'Projekta ietvaros plānotās aktivitātes paredz sadarboties ar projekta partneriem starptautiskā līmenī, piedalīties darba semināros un darba grupās un praktiskās nodarbībās, lai izstrādātu vienotu, ilgtspējīgu tīklu starp dalībpilsētām depopulācijas kontroles jomā.',
      en: 'The activities planned within the project include cooperating with the project partners at international level and taking part in workshops, working groups and practical sessions in order to develop a common, sustainable network of the participating cities in the field of depopulation control.',
    },
    {
      lv: 'Projekta īstenošanas laikā Daugavpils pilsētas dome kā vadošais partneris organizēs pirmo starptautisko tikšanos un gala rezultātu izplatīšanas konferenci.',
      en: 'During the project, Daugavpils City Council as the lead partner will organise the first international meeting and the final results dissemination conference.',
    },
  ],
  results: [
    {
      text: {
        lv: 'Iegūta pieredze un zināšanas par depopulācijas un reemigrācijas procesiem un ietekmi',
        en: 'Experience and knowledge gained of depopulation and re-emigration processes and their impact',
      },
      indicator: null,
    },
    {
      text: { lv: 'organizēti 5 starptautiski pasākumi', en: '5 international events organised' },
      indicator: { kind: 'events', target: 5, achieved: null },
    },
    {
      text: {
        lv: 'organizēti divi starptautiskie pasākumi Daugavpilī, lai iesaistītu vietējos iedzīvotājus, informētu tos par ES depopulācijas kontroles procesiem, kā arī izvērtētu projektā sasniegto',
        en: 'two international events organised in Daugavpils to involve local residents, inform them about EU depopulation control processes and evaluate what the project has achieved',
      },
      indicator: { kind: 'hosted-events', target: 2, achieved: null },
    },
    {
      text: { lv: 'izpildītas pašvaldības darbinieku mobilitātes', en: 'municipal staff mobilities carried out' },
      indicator: { kind: 'staff-mobilities', target: null, achieved: null },
    },
    {
      text: {
        lv: 'paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze',
        en: 'the staff’s level of knowledge and competence raised, international experience gained',
      },
      indicator: null,
    },
    {
      text: {
        lv: 'veicināta iedzīvotāju demokrātiskā iesaistīšanās un sabiedriskā līdzdalība',
        en: 'citizens’ democratic engagement and civic participation promoted',
      },
      indicator: null,
    },
    {
      text: { lv: 'izstrādāts Depopulācijas Kontroles Rīcības Plāns', en: 'Depopulation Control Action Plan developed' },
      indicator: null,
    },
  ],
  budget: {
    totalBudget: 9000000,
    councilBudget: 9000000,
    euCofinancing: 9000000,
    euCofinancingPercent: 100,
    councilCofinancing: 0,
    otherCofinancing: null,
    otherCofinancingSource: '',
    prefinancingTotal: null,
    prefinancingPercent: null,
    payments: [
      {
        kind: 'advance',
        sharePercent: 40,
        amount: 3600000,
        dueCondition: 'at-start',
        expectedDate: null,
        receivedDate: null,
        receivedAmount: null,
        note: 'Avanss 40% – 36 000 EUR',
      },
      {
        kind: 'balance',
        sharePercent: 60,
        amount: 5400000,
        dueCondition: 'after-completion',
        expectedDate: null,
        receivedDate: null,
        receivedAmount: null,
        note: '60% 54 000 EUR pēc projekta īstenošanas',
      },
    ],
    prefinancingByYear: [{ year: 2019, amount: 3000000 }],
    cofinancingByYear: [],
    note: {
      lv: 'Lapā: „Projekta kopējais budžets sastāda 90 000 EUR (100% ES programmas “Eiropa pilsoņiem” finansējums)”. Dome ir vadošais partneris, tāpēc domes budžets un ES līdzfinansējums ierakstīti vienādi ar kopējo budžetu; domes līdzfinansējums ir 0, jo finansējums ir 100% no ES. Ka avanss izmaksāts projekta sākumā, ir pieņēmums. Priekšfinansējums norādīts tikai 2019. gadam (30 000 EUR); kopējā priekšfinansējuma summa nav norādīta.',
      en: 'The page says: “The total project budget is EUR 90,000 (100% funded by the EU programme ‘Europe for Citizens’)”. The council is the lead partner, so the council’s budget and the EU co-financing are recorded as equal to the total budget; council co-financing is 0 because funding is 100% EU. That the advance is paid at the start is an assumption. Pre-financing is given only for 2019 (EUR 30,000); no pre-financing total is stated.',
    },
  },
  events: [
    {
      id: 'sample-decode-e1',
      order: 1,
      kind: 'kick-off',
      title: { lv: 'projekta atklāšanas tikšanās (kick-off)', en: 'project kick-off meeting' },
      hostCity: 'Daugavpils',
      hostCityLv: null,
      hostCountry: 'LV',
      placeAsWritten: 'Daugavpils, Latvija',
      date: { precision: 'month', month: '2018-05' },
      direction: 'hosted',
      representatives: null,
      notes: { lv: '', en: '' },
    },
    {
      id: 'sample-decode-e2',
      order: 2,
      kind: 'meeting',
      title: {
        lv: 'Labās prakses piemēri depopulācijas novēršanai',
        en: 'Examples of good practice in preventing depopulation',
      },
      hostCity: 'Kaunas',
      hostCityLv: 'Kauņa',
      hostCountry: 'LT',
      placeAsWritten: 'Kauņa, Septembris',
      date: { precision: 'month', month: '2018-09' },
      direction: 'outgoing',
      representatives: null,
      notes: {
        lv: 'Lapā vietas vietā rakstīts „Kauņa, Septembris” – valsts vietā ir mēneša nosaukums (septembris atbilst norādītajam 09/2018). Valsts (Lietuva) secināta no partneru saraksta („Kauņa, Lietuva”).',
        en: 'The page writes the place as “Kauņa, Septembris” (“Kaunas, September”) – a month name where the country should be (September matches the stated 09/2018). The country (Lithuania) is inferred from the partner list (“Kauņa, Lietuva”).',
      },
    },
    {
      id: 'sample-decode-e3',
      order: 3,
      kind: 'meeting',
      title: {
        lv: 'Jauniešu depopulācija – kā to var novērst?',
        en: 'Youth depopulation – how can it be prevented?',
      },
      hostCity: 'Palermo',
      hostCityLv: null,
      hostCountry: 'IT',
      placeAsWritten: 'Palermo, Itālija',
      date: { precision: 'month', month: '2019-02' },
      direction: 'outgoing',
      representatives: null,
      notes: { lv: '', en: '' },
    },
    {
      id: 'sample-decode-e4',
      order: 4,
      kind: 'meeting',
      title: {
        lv: 'Depopulācijas kontroles darbības plāna labās prakses piemēri',
        en: 'Examples of good practice for a depopulation control action plan',
      },
      hostCity: 'Łódź',
      hostCityLv: 'Lodza',
      hostCountry: 'PL',
      placeAsWritten: 'Lodza, Polija',
      date: { precision: 'month', month: '2019-05' },
      direction: 'outgoing',
      representatives: null,
      notes: { lv: '', en: '' },
    },
    {
      id: 'sample-decode-e5',
      order: 5,
      kind: 'final-conference',
      title: { lv: 'gala rezultātu izplatīšanas konference', en: 'final results dissemination conference' },
      hostCity: 'Daugavpils',
      hostCityLv: null,
      hostCountry: 'LV',
      placeAsWritten: 'Daugavpils, Latvija',
      date: { precision: 'month', month: '2019-11' },
      direction: 'hosted',
      representatives: null,
      notes: { lv: '', en: '' },
    },
  ],
  contacts: [],
  website: null,
  links: [
    {
      kind: 'final-result',
      label: {
        lv: 'Depopulācijas Kontroles Rīcības Plāns - skatīt šeit',
        en: 'Depopulation Control Action Plan – see here',
      },
      url: null,
    },
    {
      kind: 'material',
      label: { lv: 'INFORMĀCIJA DECODE INFO_TEMPLATE', en: 'INFORMATION: DECODE INFO_TEMPLATE' },
      url: null,
    },
    {
      kind: 'material',
      label: {
        lv: 'INFORMATĪVS MATERIĀLS PAR DEPOPULĀCIJU (INFORMATIONAL MATERIAL)',
        en: 'INFORMATIONAL MATERIAL ON DEPOPULATION',
      },
      url: null,
    },
  ],
  pressReleases: [],
  councilDecision: null,
  infoUpdatedAt: '2021-02-22T20:29',
  notes: {
    lv: [
      'Pasākumu sarakstā nav norādīts domes pārstāvju skaits; tas nav zināms.',
      'Sadaļa „PRESES RELĪZES:” lapā ir tukša.',
      'Rīcības plāna („skatīt šeit”), INFO_TEMPLATE un informatīvā materiāla saites lapā nav dotas.',
      'Partneri norādīti tikai ar pilsētu nosaukumiem; tie uzskatīti par attiecīgo pilsētu pašvaldībām.',
    ].join('\n'),
    en: [
      'The events list gives no number of council representatives; it is unknown.',
      'The “PRESS RELEASES:” section on the page is empty.',
      'The page gives no addresses for the action plan (“see here”), the INFO_TEMPLATE or the informational material.',
      'The partners are given only as city names; they are taken to be those cities’ municipalities.',
    ].join('\n'),
  },
  origin: 'sample',
  createdAt: SAMPLE_TIMESTAMP,
  updatedAt: SAMPLE_TIMESTAMP,
  revision: 1,
};
