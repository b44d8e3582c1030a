// WIR — seed page 001 ("Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana").
import type { MobilityEvent, Project } from '../../schema';
import { SAMPLE_TIMESTAMP } from '../organisations';
import { PROGRAMME_IDS } from '../programmes';

const RECORD_ONLY = {
  lv: 'Lapā pasākumi nav uzskaitīti; ieraksts izveidots no norādītā skaita (9 starptautiski pasākumi). Kārtas numurs ir tikai ieraksta numurs, nevis hronoloģiska secība; norises vieta un datums nav zināmi.',
  en: 'The page does not list the events; this record comes from the stated count (9 international events). The order number is only a record number, not the chronological order; the place and date are unknown.',
};

const unlistedEvent = (n: number): MobilityEvent => ({
  id: `sample-wir-e${n}`,
  order: n,
  kind: 'meeting',
  title: { lv: '', en: '' },
  hostCity: null,
  hostCityLv: null,
  hostCountry: null,
  placeAsWritten: null,
  date: { precision: 'unknown' },
  direction: 'outgoing',
  representatives: null,
  notes: { ...RECORD_ONLY },
});

export const wir: Project = {
  id: 'sample-wir',
  acronym: 'WIR',
  title: {
    lv: 'Demokrātiskās iesaistīšanās un sabiedriskās līdzdalības veicināšana',
    en: 'Promoting democratic engagement and civic participation',
  },
  councilRole: 'partner',
  partners: [
    { organisationId: 'org-vanersborg', role: 'lead', nameAsWritten: 'Vanersborg pašvaldība, Zviedrija' },
    { organisationId: 'org-collecchio', role: 'partner', nameAsWritten: 'Collecchio pašvaldība, Collechio, Itālija' },
    {
      organisationId: 'org-vsg-linz',
      role: 'partner',
      nameAsWritten: 'Verein für sozialprävention und gemeinwesenarbeit (Sociālās aprūpes un sabiedrisko darbu asociācija) Linz, Austrija',
    },
    { organisationId: 'org-landkreis-kassel', role: 'partner', nameAsWritten: 'Landkreis Kassel pašvaldība, Kassel, Vācija' },
    { organisationId: 'org-university-alicante', role: 'partner', nameAsWritten: 'Alikantes Universitāte, Alicante, Spānija' },
    {
      organisationId: 'org-etela-pohjanmaan-nuorisoseurat',
      role: 'partner',
      nameAsWritten: 'Etela-Pohjanmaan Nuorisoseurary pašvaldība, Seinäjoki, Somija',
    },
    { organisationId: 'org-daugavpils-council', role: 'partner', nameAsWritten: 'Daugavpils pilsētas dome, Daugavpils, Latvija' },
    { organisationId: 'org-ravenna', role: 'partner', nameAsWritten: 'Ravennas pašvaldība, Ravenna, Itālija' },
    { organisationId: 'org-landkreis-offenbach', role: 'partner', nameAsWritten: 'Landkreis Offenbach pašvaldība, Dietzenbach, Vācija' },
    {
      organisationId: 'org-sweden-emilia-romagna-network',
      role: 'partner',
      nameAsWritten: 'Sweden Emilia – Romagna Network Associazione (asociācija), Bologna, Itālija',
    },
  ],
  programmeId: PROGRAMME_IDS.efc,
  period: { start: '2017-10-16', end: '2019-10-15', lengthMonths: null },
  summary: { lv: '', en: '' },
  objectives: [
    {
      lv: 'Projekta vispārīgais mērķis ir sekmēt starptautisko sadarbību ES valstu vidū un veicināt Daugavpils atpazīstamību ES kontekstā, kā arī sekmēt pilsoņu izpratni par Eiropas Savienību, tās vēsturi un dažādību, kā arī ES mērķi, kas ir veicināt mieru Eiropā, vērtības un cilvēku labklājību, raisot diskusijas, dibinot kontaktus.',
      en: 'The general objective of the project is to promote international cooperation among EU countries and to raise the profile of Daugavpils in the EU context, as well as to foster citizens’ understanding of the European Union, its history and diversity, and of the EU’s aim, which is to promote peace in Europe, its values and the well-being of its people, by stimulating discussion and establishing contacts.',
    },
    {
      lv: 'Projekta specifiskais mērķis ir izprast ES izstrādāto un pielietoto stratēģiju attiecībā uz integrācijas procesu; paaugstināt iedzīvotāju iesaistīšanās līmeni, iesaistot visu līmeņu sociālās grupas.',
      en: 'The specific objective of the project is to understand the strategy developed and applied by the EU with regard to the integration process, and to raise the level of citizens’ involvement by engaging social groups of all levels.',
    },
  ],
  activities: [
    {
      lv: 'iegūt zināšanas par ES pieeju attiecībā uz visu līmeņu sociālo grupu pārstāvju integrāciju',
      en: 'to gain knowledge of the EU’s approach to the integration of members of social groups of all levels',
    },
    { lv: 'palielināt pilsoniskās līdzdalības līmeni', en: 'to increase the level of civic participation' },
    {
      lv: 'iepazīties ar labās prakses piemēriem iesaistītajās pilsētās un valstīs',
      en: 'to learn about examples of good practice in the participating cities and countries',
    },
    {
      lv: 'apkopot informāciju par dažādām metodēm pašvaldības darbā ar dažādām sociālajām grupām',
      en: 'to collect information on the various methods municipalities use in working with different social groups',
    },
    {
      lv: 'piedalīties starptautiskajos partneru pieredzes apmaiņas pasākumos un prezentēt Daugavpili, kā konkurētspējīgu ES pilsētu un dalīties tās pieredzē',
      en: 'to take part in the partners’ international experience-exchange events, to present Daugavpils as a competitive EU city and to share its experience',
    },
    {
      lv: 'attīstīt starptautisku sadarbību ar projektā iesaistītajām pilsētām un pašvaldībām kopīgu problēmjautājumu risināšanā',
      en: 'to develop international cooperation with the cities and municipalities involved in the project in solving common problems',
    },
    {
      lv: 'Projekta mērķu sasniegšanas nolūkos tiks organizēti 9 starptautiski pasākumi, kuros tiks izmantotas dažādas darba metodes.',
      en: 'To achieve the objectives of the project, 9 international events will be organised, using a variety of working methods.',
    },
  ],
  results: [
    {
      text: {
        lv: 'Iegūta pieredze un zināšanas darbā ar dažādu sociālo grupu pārstāvjiem',
        en: 'Experience and knowledge gained in working with members of different social groups',
      },
      indicator: null,
    },
    {
      text: { lv: 'noorganizēti 9 starptautiski pasākumi', en: '9 international events organised' },
      indicator: { kind: 'events', target: 9, achieved: null },
    },
    {
      text: {
        lv: 'noorganizēts starptautiskais pasākums Daugavpilī, lai iesaistītu vietējos iedzīvotājus, informētu tos par ES integrācijas procesiem, kā arī izvērtētu projektā sasniegto',
        en: 'an international event organised in Daugavpils to involve local residents, inform them about EU integration processes and evaluate what the project has achieved',
      },
      indicator: { kind: 'hosted-events', target: 1, achieved: null },
    },
    {
      text: { lv: 'izpildītas 16 pašvaldības darbinieku mobilitātes', en: '16 municipal staff mobilities carried out' },
      indicator: { kind: 'staff-mobilities', target: 16, achieved: null },
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
    councilBudget: 1460000,
    euCofinancing: 980000,
    euCofinancingPercent: null,
    councilCofinancing: 480000,
    otherCofinancing: null,
    otherCofinancingSource: '',
    prefinancingTotal: 588000,
    prefinancingPercent: 60,
    payments: [
      {
        kind: 'advance',
        sharePercent: 40,
        amount: 392000,
        dueCondition: 'at-start',
        expectedDate: null,
        receivedDate: null,
        receivedAmount: null,
        note: 'avanss 40% jeb 3920,00 EUR',
      },
      {
        kind: 'balance',
        sharePercent: 60,
        amount: 588000,
        dueCondition: 'after-completion',
        expectedDate: null,
        receivedDate: null,
        receivedAmount: null,
        note: '60% jeb 5880 EUR - pēc projekta pabeigšanas',
      },
    ],
    prefinancingByYear: [
      { year: 2018, amount: 300000 },
      { year: 2019, amount: 288000 },
    ],
    cofinancingByYear: [
      { year: 2018, amount: 360000 },
      { year: 2019, amount: 120000 },
    ],
    note: {
      lv: 'Projekta kopējais budžets lapā nav norādīts; dots tikai Daugavpils pilsētas domes budžets (14600 EUR, t.sk. ES līdzfinansējums 9800 EUR un domes līdzfinansējums 4800 EUR). Maksājumi norādīti pie finansēšanas avota: „avanss 40% jeb 3920,00 EUR, 60% jeb 5880 EUR - pēc projekta pabeigšanas”; ka avanss izmaksāts projekta sākumā, ir pieņēmums. Priekšfinansējums (60%) – 5880 EUR; līdzfinansējums – 4800 EUR.',
      en: 'The total project budget is not stated; only Daugavpils City Council’s budget is given (EUR 14,600, of which EU co-financing EUR 9,800 and council co-financing EUR 4,800). The payments are given with the funding source: “advance 40% or EUR 3,920.00, 60% or EUR 5,880 after the project is completed”; that the advance is paid at the start is an assumption. Pre-financing (60%) EUR 5,880; co-financing EUR 4,800.',
    },
  },
  events: [
    {
      id: 'sample-wir-e1',
      order: 1,
      kind: 'meeting',
      title: { lv: 'starptautiskais pasākums Daugavpilī', en: 'international event in Daugavpils' },
      hostCity: 'Daugavpils',
      hostCityLv: null,
      hostCountry: 'LV',
      placeAsWritten: null,
      date: { precision: 'unknown' },
      direction: 'hosted',
      representatives: null,
      notes: {
        lv: 'Lapā pasākumi nav uzskaitīti; rezultātos minēts „noorganizēts starptautiskais pasākums Daugavpilī”. Preses relīze Nr. 6: „Daugavpils uzņēma starptautiskā projekta “WIR” viesus”. Kārtas numurs ir tikai ieraksta numurs; datums nav zināms.',
        en: 'The page does not list the events; the results mention “an international event organised in Daugavpils”. Press release 6: “Daugavpils welcomed the guests of the international project ‘WIR’”. The order number is only a record number; the date is unknown.',
      },
    },
    {
      ...unlistedEvent(2),
      hostCountry: 'FI',
      notes: {
        lv: 'Valsts ņemta no preses relīzes Nr. 5: „Pēdējā ES projekta WIR tikšanās 2018.gadā notika Somijā” (tātad 2018. gadā; mēnesis un pilsēta nav zināmi). Lapā pasākumi nav uzskaitīti; kārtas numurs ir tikai ieraksta numurs.',
        en: 'The country comes from press release 5: “The last meeting of the EU project WIR in 2018 took place in Finland” (so in 2018; month and city unknown). The page does not list the events; the order number is only a record number.',
      },
    },
    unlistedEvent(3),
    unlistedEvent(4),
    unlistedEvent(5),
    unlistedEvent(6),
    unlistedEvent(7),
    unlistedEvent(8),
    unlistedEvent(9),
  ],
  contacts: [
    {
      name: 'Jolanta Reča-Lāže',
      position: { lv: 'projekta koordinators', en: 'project coordinator' },
      phone: '6 54 76064',
      email: 'jolanta.reca-laze@daugavpils.lv',
    },
  ],
  website: 'http://www.wirproject.eu/',
  links: [
    { kind: 'final-result', label: { lv: 'LV', en: 'LV (Latvian version)' }, url: null },
    { kind: 'final-result', label: { lv: 'EN', en: 'EN (English version)' }, url: null },
  ],
  pressReleases: [
    {
      title: { lv: 'Notika pirmā partneru tikšanās ES projekta WIR ietvaros', en: 'The first partner meeting of the EU project WIR took place' },
      url: null,
      date: null,
    },
    {
      // "ietavaros" is a typo on the page, kept verbatim.
      title: { lv: 'Notika otrā partneru tikšanās ES projekta WIR ietavaros', en: 'The second partner meeting of the EU project WIR took place' },
      url: null,
      date: null,
    },
    {
      title: { lv: 'Aizritējušas vēl divas tikšanās ES projekta WIR ietvaros', en: 'Two more meetings of the EU project WIR have taken place' },
      url: null,
      date: null,
    },
    {
      title: { lv: 'ES projekts WIR uzsvēra izglītības jomu integrācijā', en: 'EU project WIR highlighted the role of education in integration' },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'Pēdējā ES projekta WIR tikšanās 2018.gadā notika Somijā',
        en: 'The last meeting of the EU project WIR in 2018 took place in Finland',
      },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'Daugavpils uzņēma starptautiskā projekta “WIR” viesus',
        en: 'Daugavpils welcomed the guests of the international project “WIR”',
      },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'Diskusijas par stereotipiem sabiedrībā WIR projekta ietvaros',
        en: 'Discussions on stereotypes in society within the WIR project',
      },
      url: null,
      date: null,
    },
    {
      title: {
        lv: 'EIROPA PILSOŅIEM PROGRAMMAS “WIR” PROJEKTA NOSLĒGUMA TIKŠANĀS',
        en: 'CLOSING MEETING OF THE EUROPE FOR CITIZENS PROGRAMME PROJECT “WIR”',
      },
      url: null,
      date: null,
    },
  ],
  councilDecision: null,
  infoUpdatedAt: '2021-05-21T11:02',
  notes: {
    lv: [
      'Lapā norādīts, ka tiks organizēti 9 starptautiski pasākumi un viens no tiem Daugavpilī, bet pasākumi nav uzskaitīti. Tāpēc izveidoti 9 pasākumu ieraksti bez datumiem: viens Daugavpilī, pārējie ārvalstīs ar nezināmu vietu (vienam valsts Somija no preses relīzes Nr. 5).',
      'Lapā projektam nav angliska nosaukuma; angliskais nosaukums ir tulkojums.',
      'Finansēšanas avots lapā norādīts tikai kā „Eiropa pilsoņiem” programma, bez sadaļas un apakšpasākuma.',
      'Pēdējais rezultāts („veicināta iedzīvotāju demokrātiskā iesaistīšanās un sabiedriskā līdzdalība.”) lapā uzrakstīts bez saraksta zīmes; uzskatīts par sesto rezultātu.',
      'Tīmekļa vietne lapā uzrakstīta kā „www.wirproject.eu/” (bez http://).',
      'Gala rezultāts (LV / EN) un preses relīzes lapā ir bez saitēm. Preses relīzes Nr. 2 virsrakstā kļūda „ietavaros” saglabāta, kā uzrakstīts.',
    ].join('\n'),
    en: [
      'The page says 9 international events are organised, one of them in Daugavpils, but does not list them. So 9 undated event records were created: one in Daugavpils, the others abroad at unknown places (one in Finland, from press release 5).',
      'The page gives no English title for the project; the English title is a translation.',
      'The funding source is given only as the “Europe for Citizens” programme, with no strand or measure.',
      'The last result (“citizens’ democratic engagement and civic participation promoted.”) has no list marker on the page; it is taken as the sixth result.',
      'The website is written on the page as “www.wirproject.eu/” (without http://).',
      'The final result (LV / EN) and the press releases have no addresses on the page. The typo “ietavaros” in the title of press release 2 is kept as written.',
    ].join('\n'),
  },
  origin: 'sample',
  createdAt: SAMPLE_TIMESTAMP,
  updatedAt: SAMPLE_TIMESTAMP,
  revision: 1,
};
