// SOLID — seed page 000 ("Vietējās solidaritātes – globālās solidaritātes tīkls").
import type { Project } from '../../schema';
import { SAMPLE_TIMESTAMP } from '../organisations';
import { PROGRAMME_IDS } from '../programmes';

export const solid: Project = {
  id: 'sample-solid',
  acronym: 'SOLID',
  title: {
    lv: 'Vietējās solidaritātes – globālās solidaritātes tīkls',
    en: 'Local solidarity- global solidarity Network',
  },
  councilRole: 'partner',
  partners: [
    { organisationId: 'org-centre-culturel-jette', role: 'lead', nameAsWritten: 'Jette kultūras centrs /Le Centre Culturel de Jette/, Jette, Beļģija' },
    { organisationId: 'org-daugavpils-council', role: 'partner', nameAsWritten: 'Daugavpils pilsētas dome, Latvija' },
    { organisationId: 'org-bulgarian-centre-lll', role: 'partner', nameAsWritten: 'Bulgarian Centre for LLL, Bulgārija' },
    { organisationId: 'org-szodliget', role: 'partner', nameAsWritten: 'Sződliget, Ungārija' },
    { organisationId: 'org-alimos', role: 'partner', nameAsWritten: 'Municipality of Alimos, Grieķija' },
    { organisationId: 'org-ekolor-indjija', role: 'partner', nameAsWritten: 'EKOLOR" Indjija, Serbija' },
    { organisationId: 'org-male-dvorniky', role: 'partner', nameAsWritten: 'Male Dvorniky, Slovākija' },
    { organisationId: 'org-fattoria-pugliese-diffusa', role: 'partner', nameAsWritten: 'Fattoria Pugliese Diffusa, Itālija' },
    { organisationId: 'org-mogila', role: 'partner', nameAsWritten: 'Mogila Municipality, Maķedonija' },
    { organisationId: 'org-kavadarci', role: 'partner', nameAsWritten: 'Municipality of Kavadarci, Maķedonija' },
    { organisationId: 'org-gmina-dabrowa', role: 'partner', nameAsWritten: 'Gmina Dąbrowa, Polija' },
    { organisationId: 'org-mancomunidad-ribera-alta', role: 'partner', nameAsWritten: 'Mancomunidad de la Ribera Alta, Spānija' },
    { organisationId: 'org-european-academy-ro', role: 'partner', nameAsWritten: 'Asociatia European Academy, Rumānija' },
  ],
  programmeId: PROGRAMME_IDS.efcNetworksOfTowns,
  period: { start: '2018-01-01', end: '2019-11-15', lengthMonths: null },
  summary: {
    lv: 'Projekta īstenošanā paredzēts piedalīties sabiedrisko attiecību speciālistiem, kā arī tiem pašvaldības darbiniekiem, kas ikdienā komunicē ar cilvēkiem. Projekta rezultātā tiks apkopoti labās prakses piemēri partnervalstu vidū attiecībā uz komunikāciju ar sabiedrību, veiksmīga dialoga veidošanu. Dalība projekta aktivitātēs paaugstinās darbinieku zināšanu un kompetences līmeni, dos iespēju iepazīties ar citu pašvaldību pieredzi un iegūtās zināšanas izmantot savā darbā.',
    en: 'Public relations specialists, as well as those municipal employees who communicate with people in their daily work, are to take part in the project. As a result of the project, examples of good practice among the partner countries in communicating with the public and building a successful dialogue will be collected. Taking part in the project activities will raise the staff’s level of knowledge and competence and give them the opportunity to learn from the experience of other municipalities and to use the knowledge gained in their own work.',
  },
  objectives: [
    {
      lv: 'Projekta mērķis ir sekmēt starptautisko sadarbību Eiropas Savienības valstu vidū un veicināt Daugavpils atpazīstamību ES kontekstā, kā arī sekmēt pilsoņu izpratni par ES, tās vēsturi un dažādību.',
      en: 'The objective of the project is to promote international cooperation among the countries of the European Union and to raise the profile of Daugavpils in the EU context, as well as to foster citizens’ understanding of the EU, its history and diversity.',
    },
  ],
  activities: [
    {
      lv: 'Projekta ietvaros plānotās aktivitātes paredz sadarboties ar projekta partneriem starptautiskā līmenī, prezentēt Daugavpils pieredzi, piedalīties darba semināros un darba grupās, kā arī praktiskās nodarbībās.',
      en: 'The activities planned within the project include cooperating with the project partners at international level, presenting the experience of Daugavpils, and taking part in workshops and working groups as well as in practical sessions.',
    },
  ],
  // The page states the results in one sentence; it is split here into its four parts.
  results: [
    {
      text: {
        lv: 'Projekta īstenošanas laikā tiks organizēti 5 starptautiski pasākumi',
        en: 'During the project, 5 international events will be organised',
      },
      indicator: { kind: 'events', target: 5, achieved: null },
    },
    {
      text: { lv: 'izpildītas 15 pašvaldības darbinieku mobilitātes', en: '15 municipal staff mobilities carried out' },
      indicator: { kind: 'staff-mobilities', target: 15, achieved: null },
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
  ],
  budget: {
    totalBudget: null,
    councilBudget: 416000,
    euCofinancing: 150000,
    euCofinancingPercent: null,
    councilCofinancing: 266000,
    otherCofinancing: null,
    otherCofinancingSource: '',
    prefinancingTotal: null,
    prefinancingPercent: null,
    payments: [],
    prefinancingByYear: [
      { year: 2018, amount: 110000 },
      { year: 2019, amount: 40000 },
    ],
    cofinancingByYear: [
      { year: 2018, amount: 199000 },
      { year: 2019, amount: 67000 },
    ],
    note: {
      lv: 'Sadaļā „Projekta kopējās izmaksas” norādīts tikai Daugavpils pilsētas domes projekta budžets (4160 EUR, t.sk. ES līdzfinansējums 1500 EUR un domes līdzfinansējums 2660 EUR); projekta kopējais budžets lapā nav norādīts. Avansa un atlikuma maksājumi lapā nav aprakstīti.',
      en: 'Under “Total project costs” the page gives only Daugavpils City Council’s project budget (EUR 4,160, of which EU co-financing EUR 1,500 and council co-financing EUR 2,660); the total project budget is not stated. Advance and balance payments are not described on the page.',
    },
  },
  events: [
    {
      id: 'sample-solid-e1',
      order: 1,
      kind: 'kick-off',
      title: { lv: 'projekta atklāšanas tikšanās (kick-off)', en: 'project kick-off meeting' },
      hostCity: 'Jette',
      hostCityLv: null,
      hostCountry: 'BE',
      placeAsWritten: 'Jette, Beļģija',
      date: { precision: 'month', month: '2018-03' },
      direction: 'outgoing',
      representatives: 3,
      notes: {
        lv: 'Preses relīze Nr. 1: „14.-15. martā Žetē (Jette) notiks pirmā projekta tikšanās, kur ar galveno uzrunu uzstāsies Hermans van Rompejs!” Sarakstā norādīts tikai mēnesis (03/2018), tāpēc datums glabāts ar mēneša precizitāti.',
        en: 'Press release 1: “The first project meeting will take place in Jette on 14–15 March, with a keynote address by Herman Van Rompuy!” The list gives only the month (03/2018), so the date is kept to the month.',
      },
    },
    {
      id: 'sample-solid-e2',
      order: 2,
      kind: 'meeting',
      title: { lv: '', en: '' },
      hostCity: null,
      hostCityLv: null,
      hostCountry: 'IT',
      placeAsWritten: 'Itālija',
      date: { precision: 'month', month: '2018-10' },
      direction: 'outgoing',
      representatives: 2,
      notes: {
        lv: 'Sarakstā norādīta tikai valsts, pilsēta nav zināma. Preses relīze Nr. 2: „Otrā starptautiskā tikšanās - „Solidarity: Focus on the local perspective” – „Solidaritāte: fokuss uz vietējo perspektīvu””.',
        en: 'The list gives only the country; the city is unknown. Press release 2: “Second international meeting – ‘Solidarity: Focus on the local perspective’”.',
      },
    },
    {
      id: 'sample-solid-e3',
      order: 3,
      kind: 'meeting',
      title: { lv: '', en: '' },
      hostCity: null,
      hostCityLv: null,
      hostCountry: 'ES',
      placeAsWritten: 'Spānija',
      date: { precision: 'month', month: '2019-03' },
      direction: 'outgoing',
      representatives: 2,
      notes: {
        lv: 'Sarakstā norādīta tikai valsts, pilsēta nav zināma.',
        en: 'The list gives only the country; the city is unknown.',
      },
    },
    {
      id: 'sample-solid-e4',
      order: 4,
      kind: 'meeting',
      title: { lv: '', en: '' },
      hostCity: null,
      hostCityLv: null,
      hostCountry: 'BG',
      placeAsWritten: 'Bulgārija',
      date: { precision: 'month', month: '2019-06' },
      direction: 'outgoing',
      representatives: 6,
      notes: {
        lv: 'Sarakstā norādīta tikai valsts (Bulgārija) un mēnesis (06/2019). Preses relīzes Nr. 3 rindas otrais virsraksts vēsta, ka 4. SOLID tīkla tikšanās notiks Veliko Tarnovā 2019. gada 11.–14. jūnijā; preses relīze Nr. 4: „Ceturtā starptautiskā projekta tikšanās Bulgārijā”. Glabāts tas, ko norāda saraksts.',
        en: 'The list gives only the country (Bulgaria) and the month (06/2019). The second headline in the line of press release 3 says the 4th SOLID network meeting will be held in Veliko Tarnovo on 11–14 June 2019; press release 4: “Fourth international project meeting in Bulgaria”. What the list says is kept.',
      },
    },
    {
      id: 'sample-solid-e5',
      order: 5,
      kind: 'final-conference',
      title: { lv: 'gala rezultātu izplatīšanas konference', en: 'final results dissemination conference' },
      hostCity: 'Jette',
      hostCityLv: null,
      hostCountry: 'BE',
      placeAsWritten: 'Jette, Beļģija',
      date: { precision: 'month', month: '2019-10' },
      direction: 'outgoing',
      representatives: 3,
      notes: {
        lv: 'Sarakstā norādīta Jette, Beļģija, bet preses relīze Nr. 5 vēsta: „Piektā un noslēdzošā starptautiskā projekta tikšanās Briselē”. Jette ir viena no Briseles galvaspilsētas reģiona pašvaldībām. Glabāts tas, ko norāda saraksts.',
        en: 'The list says Jette, Belgium, but press release 5 reads “Fifth and final international project meeting in Brussels”. Jette is one of the municipalities of the Brussels-Capital Region. What the list says is kept.',
      },
    },
  ],
  contacts: [],
  website: null,
  links: [
    {
      kind: 'final-result',
      label: { lv: 'skatīt dokumentu', en: 'view document' },
      url: null,
    },
  ],
  pressReleases: [
    {
      title: {
        lv: '14.-15. martā Žetē (Jette) notiks pirmā projekta tikšanās, kur ar galveno uzrunu uzstāsies Hermans van Rompejs!',
        en: 'The first project meeting will take place in Jette on 14–15 March, with a keynote address by Herman Van Rompuy!',
      },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'Otrā starptautiskā tikšanās - „Solidarity: Focus on the local perspective” – „Solidaritāte: fokuss uz vietējo perspektīvu”',
        en: 'Second international meeting – “Solidarity: Focus on the local perspective”',
      },
      url: null,
      date: null,
    },
    {
      // Two headlines run together in one line on the page; kept as written (see project notes).
      title: {
        lv: 'LOKĀLĀ SOLIDARITĀTE = GLOBĀLAIS SOLIDARITĀTES TĪKLS 4. SOLID TĪKLA TIKŠANĀS NOTIKS VELIKO TARNOVĀ 2019. GADA 11. – 14. JŪNIJĀ',
        en: 'LOCAL SOLIDARITY = GLOBAL SOLIDARITY NETWORK 4TH SOLID NETWORK MEETING TO BE HELD IN VELIKO TARNOVO ON 11–14 JUNE 2019',
      },
      url: null,
      date: null,
    },
    {
      title: { lv: 'Ceturtā starptautiskā projekta tikšanās Bulgārijā', en: 'Fourth international project meeting in Bulgaria' },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'Piektā un noslēdzošā starptautiskā projekta tikšanās Briselē',
        en: 'Fifth and final international project meeting in Brussels',
      },
      url: null,
      date: null,
    },
  ],
  councilDecision: null,
  infoUpdatedAt: '2021-05-21T11:03',
  notes: {
    lv: [
      'Projekta rezultāti lapā uzrakstīti vienā teikumā („Projekta īstenošanas laikā tiks organizēti 5 starptautiski pasākumi; izpildītas 15 pašvaldības darbinieku mobilitātes; paaugstināts darbinieku zināšanu un kompetences līmenis, iegūta starptautiska pieredze; veicināta iedzīvotāju demokrātiskā iesaistīšanās un sabiedriskā līdzdalība.”); šeit tas sadalīts četros rezultātos.',
      'Plānotas 15 pašvaldības darbinieku mobilitātes, bet pasākumu sarakstā pārstāvju kopskaits ir 16 (3 + 2 + 2 + 6 + 3). Saglabāti abi skaitļi.',
      'Preses relīzes Nr. 3 rindā kopā uzrakstīti divi virsraksti: „LOKĀLĀ SOLIDARITĀTE = GLOBĀLAIS SOLIDARITĀTES TĪKLS” un „4. SOLID TĪKLA TIKŠANĀS NOTIKS VELIKO TARNOVĀ 2019. GADA 11. – 14. JŪNIJĀ”; saglabāts, kā uzrakstīts.',
      'Partneru sarakstā Maķedonija (Mogila, Kavadarci) atbilst valsts kodam MK (Ziemeļmaķedonija).',
      'Gala rezultāta dokumenta un preses relīžu saites lapā nav norādītas.',
    ].join('\n'),
    en: [
      'The page states the results in a single sentence (“During the project 5 international events will be organised; 15 municipal staff mobilities carried out; the staff’s level of knowledge and competence raised, international experience gained; citizens’ democratic engagement and civic participation promoted.”); it is split here into four results.',
      '15 municipal staff mobilities are planned, but the representatives in the events list add up to 16 (3 + 2 + 2 + 6 + 3). Both figures are kept.',
      'The line of press release 3 holds two headlines run together: “LOCAL SOLIDARITY = GLOBAL SOLIDARITY NETWORK” and “4TH SOLID NETWORK MEETING TO BE HELD IN VELIKO TARNOVO ON 11–14 JUNE 2019”; kept as written.',
      '“Maķedonija” in the partner list (Mogila, Kavadarci) is recorded with country code MK (North Macedonia).',
      'The page gives no addresses for the final result document or the press releases.',
    ].join('\n'),
  },
  origin: 'sample',
  createdAt: SAMPLE_TIMESTAMP,
  updatedAt: SAMPLE_TIMESTAMP,
  revision: 1,
};
