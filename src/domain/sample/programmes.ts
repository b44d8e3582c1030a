// The programme directory of the sample portfolio: the funding sources named in the
// five seed pages ("Finansēšanas avots").
import type { LocalizedText, Programme } from '../schema';
import { SAMPLE_TIMESTAMP } from './organisations';

// Functions, so that no two records share one object.
const EU = (): LocalizedText => ({ lv: 'Eiropas Savienība', en: 'European Union' });
const TURKEY = (): LocalizedText => ({ lv: 'Turcijas Republika', en: 'Republic of Turkey' });

const EUROPE_FOR_CITIZENS = (): LocalizedText => ({ lv: 'Eiropa pilsoņiem', en: 'Europe for Citizens' });
const STRAND_2 = (): LocalizedText => ({
  lv: '2. sadaļa: Demokrātiskā iesaistīšanās un sabiedriskā līdzdalība',
  en: 'Strand 2: Democratic engagement and civic participation',
});

export const PROGRAMME_IDS = {
  efcNetworksOfTowns: 'prog-efc-networks-of-towns',
  efcTownTwinning: 'prog-efc-town-twinning',
  efc: 'prog-efc',
  ttgs: 'prog-ttgs',
} as const;

export const programmes: Programme[] = [
  {
    // SOLID, DeCoDe
    id: PROGRAMME_IDS.efcNetworksOfTowns,
    name: EUROPE_FOR_CITIZENS(),
    strand: STRAND_2(),
    measure: { lv: 'Pašvaldību tīklojumi', en: 'Networks of Towns' },
    funders: [EU()],
    createdAt: SAMPLE_TIMESTAMP,
    updatedAt: SAMPLE_TIMESTAMP,
  },
  {
    // TTChan
    id: PROGRAMME_IDS.efcTownTwinning,
    name: EUROPE_FOR_CITIZENS(),
    strand: STRAND_2(),
    measure: { lv: 'Pašvaldību sadraudzība', en: 'Town Twinning' },
    funders: [EU()],
    createdAt: SAMPLE_TIMESTAMP,
    updatedAt: SAMPLE_TIMESTAMP,
  },
  {
    // WIR: the page states only the programme, no strand or measure
    id: PROGRAMME_IDS.efc,
    name: EUROPE_FOR_CITIZENS(),
    strand: { lv: '', en: '' },
    measure: { lv: '', en: '' },
    funders: [EU()],
    createdAt: SAMPLE_TIMESTAMP,
    updatedAt: SAMPLE_TIMESTAMP,
  },
  {
    // Our Cities Pairing on Environment Issues; the Latvian page writes the name in English
    id: PROGRAMME_IDS.ttgs,
    name: {
      lv: 'Town Twinning Action between Turkey and the EU Grant Scheme (TTGS)',
      en: 'Town Twinning Action between Turkey and the EU Grant Scheme (TTGS)',
    },
    strand: { lv: '', en: '' },
    measure: { lv: '', en: '' },
    funders: [EU(), TURKEY()],
    createdAt: SAMPLE_TIMESTAMP,
    updatedAt: SAMPLE_TIMESTAMP,
  },
];
