// The organisation directory of the sample portfolio: every lead partner, partner and
// associated partner named in the five seed pages (../shared/seeds), plus the home
// organisation. `name` is the organisation's own form, `nameLv` / `cityLv` the form the
// Latvian page writes where it differs. How each project wrote a partner is kept verbatim
// in the project's `partners[].nameAsWritten`.
import type { Organisation, OrganisationKind } from '../schema';

/** The fixed creation / update moment of every sample record. */
export const SAMPLE_TIMESTAMP = '2026-01-01T00:00:00.000Z';

export const HOME_ORGANISATION_ID = 'org-daugavpils-council';

interface OrgInput {
  id: string;
  name: string;
  nameLv?: string | null;
  city?: string | null;
  cityLv?: string | null;
  country: string | null;
  kind: OrganisationKind;
  notes?: string;
}

const org = (o: OrgInput): Organisation => ({
  id: o.id,
  name: o.name,
  nameLv: o.nameLv ?? null,
  city: o.city ?? null,
  cityLv: o.cityLv ?? null,
  country: o.country,
  kind: o.kind,
  notes: o.notes ?? '',
  createdAt: SAMPLE_TIMESTAMP,
  updatedAt: SAMPLE_TIMESTAMP,
});

export const organisations: Organisation[] = [
  // ------------------------------------------------------------ home organisation
  org({
    id: HOME_ORGANISATION_ID,
    name: 'Daugavpils City Council',
    nameLv: 'Daugavpils pilsētas dome',
    city: 'Daugavpils',
    country: 'LV',
    kind: 'municipality',
  }),

  // ------------------------------------------------------------ SOLID (seed 000)
  org({
    id: 'org-centre-culturel-jette',
    name: 'Le Centre Culturel de Jette',
    nameLv: 'Jette kultūras centrs',
    city: 'Jette',
    country: 'BE',
    kind: 'other',
    notes: 'Lead partner of SOLID. A press release on the SOLID page writes the town in Latvian as "Žetē (Jette)" (locative of Žete).',
  }),
  org({
    id: 'org-bulgarian-centre-lll',
    name: 'Bulgarian Centre for LLL',
    country: 'BG',
    kind: 'ngo',
    notes: 'City not stated on the page. "LLL" as written (lifelong learning). Kind inferred from the name.',
  }),
  org({
    id: 'org-szodliget',
    name: 'Sződliget',
    city: 'Sződliget',
    country: 'HU',
    kind: 'municipality',
    notes: 'The page names only the place; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-alimos',
    name: 'Municipality of Alimos',
    city: 'Alimos',
    country: 'GR',
    kind: 'municipality',
  }),
  org({
    id: 'org-ekolor-indjija',
    name: 'EKOLOR',
    city: 'Inđija',
    cityLv: 'Indjija',
    country: 'RS',
    kind: 'ngo',
    notes: 'The page writes \'EKOLOR" Indjija\' with an unmatched quotation mark. Kind inferred (not stated on the page).',
  }),
  org({
    id: 'org-male-dvorniky',
    name: 'Malé Dvorníky',
    nameLv: 'Male Dvorniky',
    city: 'Malé Dvorníky',
    cityLv: 'Male Dvorniky',
    country: 'SK',
    kind: 'municipality',
    notes: 'The page writes "Male Dvorniky" without diacritics and names only the place; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-fattoria-pugliese-diffusa',
    name: 'Fattoria Pugliese Diffusa',
    country: 'IT',
    kind: 'ngo',
    notes: 'City not stated on the page. Kind inferred (not stated on the page).',
  }),
  org({
    id: 'org-mogila',
    name: 'Mogila Municipality',
    city: 'Mogila',
    country: 'MK',
    kind: 'municipality',
    notes: 'The page writes the country as "Maķedonija" (North Macedonia, MK).',
  }),
  org({
    id: 'org-kavadarci',
    name: 'Municipality of Kavadarci',
    city: 'Kavadarci',
    country: 'MK',
    kind: 'municipality',
    notes: 'The page writes the country as "Maķedonija" (North Macedonia, MK).',
  }),
  org({
    id: 'org-gmina-dabrowa',
    name: 'Gmina Dąbrowa',
    country: 'PL',
    kind: 'municipality',
    notes: 'Several Polish communes are called Gmina Dąbrowa; the page does not say which one, so the city is left empty.',
  }),
  org({
    id: 'org-mancomunidad-ribera-alta',
    name: 'Mancomunidad de la Ribera Alta',
    country: 'ES',
    kind: 'municipality',
    notes: 'An association of municipalities (mancomunidad); city not stated on the page.',
  }),
  org({
    id: 'org-european-academy-ro',
    name: 'Asociatia European Academy',
    country: 'RO',
    kind: 'ngo',
    notes: 'City not stated on the page.',
  }),

  // ------------------------------------------------------------ WIR (seed 001)
  org({
    id: 'org-vanersborg',
    name: 'Vänersborg Municipality',
    nameLv: 'Vanersborg pašvaldība',
    city: 'Vänersborg',
    cityLv: 'Vanersborg',
    country: 'SE',
    kind: 'municipality',
    notes: 'Lead partner of WIR. The page writes "Vanersborg" without the umlaut.',
  }),
  org({
    id: 'org-collecchio',
    name: 'Collecchio Municipality',
    nameLv: 'Collecchio pašvaldība',
    city: 'Collecchio',
    cityLv: 'Collechio',
    country: 'IT',
    kind: 'municipality',
    notes: 'The page spells the name "Collecchio" but the city "Collechio".',
  }),
  org({
    id: 'org-vsg-linz',
    name: 'Verein für Sozialprävention und Gemeinwesenarbeit',
    nameLv: 'Sociālās aprūpes un sabiedrisko darbu asociācija',
    city: 'Linz',
    country: 'AT',
    kind: 'ngo',
    notes: 'The page writes "Verein für sozialprävention und gemeinwesenarbeit" (lower case) with the Latvian gloss in brackets.',
  }),
  org({
    id: 'org-landkreis-kassel',
    name: 'Landkreis Kassel',
    nameLv: 'Landkreis Kassel pašvaldība',
    city: 'Kassel',
    country: 'DE',
    kind: 'municipality',
    notes: 'A district (Landkreis) authority.',
  }),
  org({
    id: 'org-university-alicante',
    name: 'Universidad de Alicante',
    nameLv: 'Alikantes Universitāte',
    city: 'Alicante',
    country: 'ES',
    kind: 'university',
  }),
  org({
    id: 'org-etela-pohjanmaan-nuorisoseurat',
    name: 'Etelä-Pohjanmaan Nuorisoseurat ry',
    nameLv: 'Etela-Pohjanmaan Nuorisoseurary pašvaldība',
    city: 'Seinäjoki',
    country: 'FI',
    kind: 'ngo',
    notes:
      'The page writes "Etela-Pohjanmaan Nuorisoseurary pašvaldība" and calls it a municipality (pašvaldība); "Nuorisoseurat ry" is a registered youth association, so its kind is recorded as NGO.',
  }),
  org({
    id: 'org-ravenna',
    name: 'Ravenna Municipality',
    nameLv: 'Ravennas pašvaldība',
    city: 'Ravenna',
    country: 'IT',
    kind: 'municipality',
  }),
  org({
    id: 'org-landkreis-offenbach',
    name: 'Landkreis Offenbach',
    nameLv: 'Landkreis Offenbach pašvaldība',
    city: 'Dietzenbach',
    country: 'DE',
    kind: 'municipality',
    notes: 'A district (Landkreis) authority seated in Dietzenbach.',
  }),
  org({
    id: 'org-sweden-emilia-romagna-network',
    name: 'Sweden Emilia – Romagna Network Associazione',
    city: 'Bologna',
    country: 'IT',
    kind: 'ngo',
    notes: 'The page adds the Latvian gloss "(asociācija)" (association).',
  }),

  // ------------------------------------------------------------ TTChan (seed 002) and DeCoDe (seed 004)
  org({
    id: 'org-panevezys',
    name: 'Panevėžys',
    nameLv: 'Paņeveža',
    city: 'Panevėžys',
    cityLv: 'Paņeveža',
    country: 'LT',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-motala',
    name: 'Motala',
    city: 'Motala',
    country: 'SE',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-magdeburg',
    name: 'Magdeburg',
    nameLv: 'Magdeburga',
    city: 'Magdeburg',
    cityLv: 'Magdeburga',
    country: 'DE',
    kind: 'municipality',
    notes: 'Partner in both TTChan and DeCoDe. The pages name only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-radom',
    name: 'Radom',
    nameLv: 'Radoma',
    city: 'Radom',
    cityLv: 'Radoma',
    country: 'PL',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-raska',
    name: 'Raška',
    nameLv: 'Raska',
    city: 'Raška',
    cityLv: 'Raska',
    country: 'RS',
    kind: 'municipality',
    notes: 'The page writes "Raska" without the diacritic and names only the town; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-kaunas',
    name: 'Kaunas',
    nameLv: 'Kauņa',
    city: 'Kaunas',
    cityLv: 'Kauņa',
    country: 'LT',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-lodz',
    name: 'Łódź',
    nameLv: 'Lodza',
    city: 'Łódź',
    cityLv: 'Lodza',
    country: 'PL',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-oradea',
    name: 'Oradea',
    city: 'Oradea',
    country: 'RO',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-palermo',
    name: 'Palermo',
    city: 'Palermo',
    country: 'IT',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-vejle',
    name: 'Vejle',
    city: 'Vejle',
    country: 'DK',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),
  org({
    id: 'org-cuenca',
    name: 'Cuenca',
    city: 'Cuenca',
    country: 'ES',
    kind: 'municipality',
    notes: 'The page names only the city; the partner is taken to be its municipality.',
  }),

  // ------------------------------------------------------------ Our Cities Pairing (seed 003)
  org({
    id: 'org-suluova-governorship',
    name: 'Suluova District Governorship',
    nameLv: 'Suluova Apgabala Valdība',
    city: 'Suluova',
    country: 'TR',
    kind: 'government',
    notes: 'Lead partner of Our Cities Pairing on Environment Issues; the page gives the English name itself ("/Suluova District Governorship, Turkey/").',
  }),
  org({
    id: 'org-suluova-chamber',
    name: 'Suluova Chamber of Commerce and Industry',
    nameLv: 'Suluovas Tirdzniecības un Rūpniecības Kamera',
    city: 'Suluova',
    country: 'TR',
    kind: 'chamber',
  }),
  org({
    id: 'org-amasya-governorship',
    name: 'Amasya Governorship',
    nameLv: 'Amasjas Valdība',
    city: 'Amasya',
    cityLv: 'Amasja',
    country: 'TR',
    kind: 'government',
  }),
  org({
    id: 'org-amasya-suluova-education',
    name: 'Amasya – Suluova Directorate of National Education',
    nameLv: 'Amasjas - Suluovas Nacionālās Izglītības Direktorāts',
    country: 'TR',
    kind: 'government',
    notes: 'The page writes "Amasjas - Suluovas" (Amasya province – Suluova district) and gives no seat, so the city is left empty.',
  }),
  org({
    id: 'org-amasya-environment',
    name: 'Amasya Provincial Directorate of Environment and Urbanisation',
    nameLv: 'Amasjas Provinces Vides un Urbanizācijas Direkcija',
    city: 'Amasya',
    cityLv: 'Amasja',
    country: 'TR',
    kind: 'government',
  }),
  org({
    id: 'org-suluova-municipality',
    name: 'Suluova Municipality',
    nameLv: 'Suluova pašvaldība',
    city: 'Suluova',
    country: 'TR',
    kind: 'municipality',
  }),
];
