// The sample portfolio: the council's five real EU projects (seed pages in ../shared/seeds),
// with the organisation and programme directories they refer to.
import type { Organisation, Programme, Project } from '../schema';
import { HOME_ORGANISATION_ID, organisations } from './organisations';
import { programmes } from './programmes';
import { solid } from './projects/solid';
import { wir } from './projects/wir';
import { ttchan } from './projects/ttchan';
import { ourCitiesPairing } from './projects/our-cities-pairing';
import { decode } from './projects/decode';

export { SAMPLE_TIMESTAMP, HOME_ORGANISATION_ID } from './organisations';
export { PROGRAMME_IDS } from './programmes';

export const SAMPLE_PROJECT_IDS = [
  'sample-solid',
  'sample-wir',
  'sample-ttchan',
  'sample-our-cities-pairing',
  'sample-decode',
] as const;
export type SampleProjectId = (typeof SAMPLE_PROJECT_IDS)[number];

export interface SamplePortfolio {
  organisations: Organisation[];
  programmes: Programme[];
  projects: Project[];
  homeOrganisationId: string;
}

export const samplePortfolio: SamplePortfolio = {
  organisations,
  programmes,
  projects: [solid, wir, ttchan, ourCitiesPairing, decode],
  homeOrganisationId: HOME_ORGANISATION_ID,
};
