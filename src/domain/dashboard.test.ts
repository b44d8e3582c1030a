import { test } from 'vitest';
import { samplePortfolio } from './sample';
test('dump', () => {
  const orgs = new Map(samplePortfolio.organisations.map(o => [o.id, o]));
  for (const p of samplePortfolio.projects) {
    const { payments, note, ...b } = p.budget;
    console.log(JSON.stringify({ id: p.id, role: p.councilRole, prog: p.programmeId, period: p.period, budget: b,
      payments: payments.map(x => ({ k: x.kind, a: x.amount, s: x.sharePercent, due: x.dueCondition, exp: x.expectedDate, rec: x.receivedDate, ra: x.receivedAmount })),
      events: p.events.map(e => [e.direction, e.hostCountry, JSON.stringify(e.date), e.representatives].join(' ')),
      countries: p.partners.map(x => `${x.role}:${orgs.get(x.organisationId)?.country}`).join(','),
      results: p.results.filter(r => r.indicator).map(r => r.indicator) }, null, 1));
  }
  console.log(JSON.stringify(samplePortfolio.programmes.map(p => [p.id, p.name.en, p.strand.en, p.measure.en])));
  console.log(samplePortfolio.homeOrganisationId);
});
