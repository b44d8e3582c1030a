// TTChan — seed 002, the annex to Daugavpils City Council decision No. 502 of 28 September 2018
// ("Pašvaldību sadarbība kā Eiropas solidaritātes kanāls").
import type { Project } from '../../schema';
import { SAMPLE_TIMESTAMP } from '../organisations';
import { PROGRAMME_IDS } from '../programmes';

export const ttchan: Project = {
  id: 'sample-ttchan',
  acronym: 'TTChan',
  title: {
    lv: 'Pašvaldību sadarbība kā Eiropas solidaritātes kanāls',
    en: 'Town Twinning as a Channel of European Solidarity',
  },
  councilRole: 'lead',
  partners: [
    { organisationId: 'org-daugavpils-council', role: 'lead', nameAsWritten: 'Daugavpils pilsētas dome, Daugavpils, Latvija' },
    { organisationId: 'org-panevezys', role: 'partner', nameAsWritten: 'Paņeveža, Lietuva' },
    { organisationId: 'org-motala', role: 'partner', nameAsWritten: 'Motala, Zviedrija' },
    { organisationId: 'org-magdeburg', role: 'partner', nameAsWritten: 'Magdeburga, Vācija' },
    { organisationId: 'org-radom', role: 'partner', nameAsWritten: 'Radoma, Polija' },
    { organisationId: 'org-raska', role: 'partner', nameAsWritten: 'Raska, Serbija' },
  ],
  programmeId: PROGRAMME_IDS.efcTownTwinning,
  period: { start: '2018-11-08', end: '2018-11-12', lengthMonths: null },
  summary: { lv: '', en: '' },
  objectives: [
    {
      lv: 'Projekta mērķis ir stiprināt pilsētu sadraudzību, izmantojot demokrātisku iesaistīšanos un pilsonisko līdzdalību, kuras pamatā ir dalība, izpratne, solidaritāte un starpkultūru sinerģija labākas Eiropas nākotnes labā.',
      en: 'The objective of the project is to strengthen town twinning through democratic engagement and civic participation based on participation, understanding, solidarity and intercultural synergy for a better future of Europe.',
    },
  ],
  activities: [
    {
      lv: 'Projekta īstenošanas laikā Daugavpils pilsētas dome kā vadošais partneris organizēs starptautisko tikšanos. Visi partneri aicināti uz Daugavpili, lai iepazītu mūsu kultūru, dalītos pieredzē, godinātu “Latvijai 100”, apmeklētu pilsētas apskates vietas un objektus, izrādītu solidaritāti Daugavpilij un Latvijai, kā arī pēc pasākuma izplatītu informāciju par Daugavpili un Latviju savās valstīs un pilsētās.',
      en: 'During the project, Daugavpils City Council as the lead partner will organise an international meeting. All partners are invited to Daugavpils to get to know our culture, share experience, celebrate “Latvia 100” (the centenary of Latvia), visit the city’s sights and landmarks, show solidarity with Daugavpils and Latvia, and, after the event, spread information about Daugavpils and Latvia in their own countries and cities.',
    },
    {
      lv: 'Pašvaldība organizē partneru tīklošanos, dibina jaunus kontaktus un iepazīstina partnerus ar Daugavpils un Latvijas vērtībām. Pašvaldība par projekta līdzekļiem organizē šo tikšanos, nodrošina ēdināšanu, naktsmītnēs, transportu, seminārus, ekskursijas. Projekta partneri paši par saviem līdzekļiem apmaksā transporta izdevumus nokļūšanai Daugavpilī.',
      en: 'The municipality organises networking among the partners, establishes new contacts and introduces the partners to the values of Daugavpils and Latvia. From the project funds the municipality organises this meeting and provides catering, accommodation, transport, seminars and excursions. The project partners pay their own travel costs for getting to Daugavpils.',
    },
  ],
  results: [
    {
      text: { lv: 'Dibināti jauni kontakti pašvaldību sadarbībai', en: 'New contacts established for cooperation between municipalities' },
      indicator: null,
    },
    {
      text: {
        lv: 'Stiprināts esošo pašvaldības sadarbības pilsētas tīkls',
        en: 'The existing network of the municipality’s partner cities strengthened',
      },
      indicator: null,
    },
    {
      text: { lv: 'organizēts starptautisks pasākums Daugavpilī', en: 'an international event organised in Daugavpils' },
      indicator: { kind: 'hosted-events', target: 1, achieved: null },
    },
    {
      text: {
        lv: 'paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze',
        en: 'the staff’s level of knowledge and competence raised, international experience gained',
      },
      indicator: null,
    },
    {
      text: { lv: 'Popularizēts Latgales reģions kā Eiropas mantojums', en: 'The Latgale region promoted as European heritage' },
      indicator: null,
    },
    {
      text: {
        lv: 'Starpkultūru sinerģija un solidaritātes veicināšana starp vietējiem iedzīvotājiem un projekta partneriem',
        en: 'Intercultural synergy and the promotion of solidarity between local residents and the project partners',
      },
      indicator: null,
    },
  ],
  budget: {
    totalBudget: 1008000,
    councilBudget: 1008000,
    euCofinancing: 1008000,
    euCofinancingPercent: 100,
    councilCofinancing: 0,
    otherCofinancing: null,
    otherCofinancingSource: '',
    prefinancingTotal: 1008000,
    prefinancingPercent: 100,
    payments: [
      {
        kind: 'balance',
        sharePercent: 100,
        amount: 1008000,
        dueCondition: 'after-completion',
        expectedDate: null,
        receivedDate: null,
        receivedAmount: null,
        note: 'Priekšfinansējums 100% apmērā – 10 080 EUR 2018.gadā, kas tiek atgūts pēc projekta īstenošanas',
      },
    ],
    prefinancingByYear: [{ year: 2018, amount: 1008000 }],
    cofinancingByYear: [],
    note: {
      lv: 'Lapā: „Projekta kopējais budžets sastāda 10 080 EUR (100% attiecināmās izmaksas, ES programmas “Eiropa pilsoņiem” finansējums)” un „Priekšfinansējums 100% apmērā – 10 080 EUR 2018.gadā, kas tiek atgūts pēc projekta īstenošanas”. Dome ir vadošais partneris un visu budžetu pārvalda pati, tāpēc domes budžets un ES līdzfinansējums ir vienādi ar kopējo budžetu; domes līdzfinansējums ir 0, jo finansējums ir 100% no ES (atsevišķi lapā nav norādīts). ES finansējums tiek saņemts vienā maksājumā pēc projekta īstenošanas.',
      en: 'The page says: “The total project budget is EUR 10,080 (100% eligible costs, funded by the EU programme ‘Europe for Citizens’)” and “Pre-financing of 100%, EUR 10,080 in 2018, recovered after the project is implemented”. The council is the lead partner and manages the whole budget, so the council’s budget and the EU co-financing equal the total budget; council co-financing is 0 because funding is 100% EU (not stated separately on the page). The EU funding is received in one payment after the project is implemented.',
    },
  },
  events: [
    {
      id: 'sample-ttchan-e1',
      order: 1,
      kind: 'meeting',
      title: { lv: 'starptautiskā tikšanās', en: 'international meeting' },
      hostCity: 'Daugavpils',
      hostCityLv: null,
      hostCountry: 'LV',
      placeAsWritten: null,
      date: { precision: 'day', start: '2018-11-08', end: '2018-11-12' },
      direction: 'hosted',
      representatives: null,
      notes: {
        lv: 'Pasākuma datumi ir projekta īstenošanas termiņš (08.11.2018. - 12.11.2018.); atsevišķi pasākuma datumi lapā nav doti.',
        en: 'The event dates are the project’s implementation period (08.11.2018 – 12.11.2018); the page gives no separate dates for the event.',
      },
    },
  ],
  contacts: [],
  website: null,
  links: [],
  pressReleases: [],
  councilDecision: {
    number: '502',
    date: '2018-09-28',
    signedBy: 'I. Prelatovs, Domes priekšsēdētāja 1. vietnieks',
  },
  infoUpdatedAt: null,
  notes: {
    lv: [
      'Avots ir Daugavpils pilsētas domes 2018. gada 28. septembra lēmuma Nr. 502 pielikums, nevis tīmekļa lapa; tam nav norādes „pēdējo reizi informācija atjaunota”, kontaktpersonas un preses relīžu.',
      'Partneri norādīti tikai ar pilsētu nosaukumiem (Paņeveža, Motala, Magdeburga, Radoma, Raska); tie uzskatīti par attiecīgo pilsētu pašvaldībām.',
    ].join('\n'),
    en: [
      'The source is the annex to Daugavpils City Council decision No. 502 of 28 September 2018, not a web page; it has no “information last updated” timestamp, no contact person and no press releases.',
      'The partners are given only as city names (Panevėžys, Motala, Magdeburg, Radom, Raška); they are taken to be those cities’ municipalities.',
    ].join('\n'),
  },
  origin: 'sample',
  createdAt: SAMPLE_TIMESTAMP,
  updatedAt: SAMPLE_TIMESTAMP,
  revision: 1,
};
