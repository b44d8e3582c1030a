// The five seed projects against the consistency checks: their budgets add up as the council's
// pages state them, so they must not raise warnings; SOLID's planned-versus-sent mobilities must.
import { samplePortfolio } from './sample';
import { consistencyWarnings } from './consistency';
import { projectSchema } from './schema';

const byId = new Map(samplePortfolio.projects.map((p) => [p.id, p]));
const warningsFor = (id: string) => {
  const project = byId.get(id);
  if (project === undefined) throw new Error(`no sample project ${id}`);
  return consistencyWarnings(project, { homeOrganisationId: samplePortfolio.homeOrganisationId, today: '2024-01-01' });
};

describe('consistency warnings on the seed projects', () => {
  it('the sample projects are valid records', () => {
    for (const project of samplePortfolio.projects) expect(projectSchema.safeParse(project).success).toBe(true);
  });

  it('SOLID: only the staff mobilities, 15 planned against 3 + 2 + 2 + 6 + 3 = 16 sent', () => {
    const warnings = warningsFor('sample-solid');
    expect(warnings.map((w) => w.code)).toEqual(['representatives-vs-plan']);
    expect(warnings[0]?.params).toEqual({ planned: 15, sent: 16, unknownCount: 0 });
    expect(warnings[0]?.field).toMatch(/^results\.\d+$/);
  });

  it.each([
    ['sample-wir', 'WIR: 3 920 + 5 880 = 9 800, 3 600 + 1 200 = 4 800, 3 000 + 2 880 = 5 880'],
    ['sample-ttchan', 'TTChan: 10 080, 100% EU, the council leads'],
    ['sample-our-cities-pairing', 'Our Cities Pairing: 12 months from 15.01.2019 to 15.01.2020'],
    ['sample-decode', 'DeCoDe: 36 000 + 54 000 = 90 000, the council leads'],
  ])('%s raises no warning (%s)', (id) => {
    expect(warningsFor(id)).toEqual([]);
  });

  it('covers every sample project', () => {
    expect([...byId.keys()].sort()).toEqual(['sample-decode', 'sample-our-cities-pairing', 'sample-solid', 'sample-ttchan', 'sample-wir']);
  });
});
