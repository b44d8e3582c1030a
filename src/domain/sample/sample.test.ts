import { describe, it, expect } from 'vitest';
import { organisationSchema, programmeSchema, projectSchema } from '../schema';
import type { Project } from '../schema';
import { SAMPLE_PROJECT_IDS, samplePortfolio } from './index';

const { organisations, programmes, projects } = samplePortfolio;

const projectById = (id: string): Project => {
  const p = projects.find((x) => x.id === id);
  if (!p) throw new Error(`no project ${id}`);
  return p;
};

describe('sample portfolio: records are valid and consistent', () => {
  it.each(organisations.map((o) => [o.id, o] as const))('organisation %s parses', (_id, o) => {
    expect(organisationSchema.safeParse(o).error).toBeUndefined();
  });

  it.each(programmes.map((p) => [p.id, p] as const))('programme %s parses', (_id, p) => {
    expect(programmeSchema.safeParse(p).error).toBeUndefined();
  });

  it.each(projects.map((p) => [p.id, p] as const))('project %s parses', (_id, p) => {
    expect(projectSchema.safeParse(p).error).toBeUndefined();
  });

  it('has the five fixed project ids, in order', () => {
    expect(projects.map((p) => p.id)).toEqual([...SAMPLE_PROJECT_IDS]);
  });

  it('ids are unique (organisations, programmes, projects, events)', () => {
    const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);
    unique(organisations.map((o) => o.id));
    unique(programmes.map((p) => p.id));
    unique(projects.map((p) => p.id));
    unique(projects.flatMap((p) => p.events.map((e) => e.id)));
  });

  it('organisation ids are stable kebab-case ASCII starting with org-', () => {
    for (const o of organisations) expect(o.id).toMatch(/^org-[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('every partner organisationId and programmeId resolves', () => {
    const orgIds = new Set(organisations.map((o) => o.id));
    const progIds = new Set(programmes.map((p) => p.id));
    for (const p of projects) {
      for (const partner of p.partners) expect(orgIds, `${p.id} → ${partner.organisationId}`).toContain(partner.organisationId);
      expect(p.programmeId).not.toBeNull();
      expect(progIds).toContain(p.programmeId);
    }
  });

  it('no organisation is listed twice in one project, and every organisation is used', () => {
    const used = new Set<string>();
    for (const p of projects) {
      const ids = p.partners.map((x) => x.organisationId);
      expect(new Set(ids).size).toBe(ids.length);
      ids.forEach((id) => used.add(id));
    }
    for (const o of organisations) expect(used, o.id).toContain(o.id);
  });

  it('the home organisation is Daugavpils City Council and is in every project', () => {
    expect(samplePortfolio.homeOrganisationId).toBe('org-daugavpils-council');
    const home = organisations.find((o) => o.id === 'org-daugavpils-council');
    expect(home).toMatchObject({ name: 'Daugavpils City Council', nameLv: 'Daugavpils pilsētas dome', city: 'Daugavpils', country: 'LV', kind: 'municipality' });
    for (const p of projects) {
      const me = p.partners.find((x) => x.organisationId === 'org-daugavpils-council');
      expect(me, p.id).toBeDefined();
      expect(me?.role).toBe(p.councilRole);
    }
  });

  it('sample records are marked as such', () => {
    for (const p of projects) {
      expect(p.origin).toBe('sample');
      expect(p.revision).toBe(1);
      expect(p.createdAt).toBe('2026-01-01T00:00:00.000Z');
      expect(p.updatedAt).toBe('2026-01-01T00:00:00.000Z');
    }
  });

  it('every localized text has an English side wherever it has a Latvian one', () => {
    const walk = (v: unknown, path: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const keys = Object.keys(o);
        if (keys.length === 2 && typeof o.lv === 'string' && typeof o.en === 'string') {
          expect(o.lv !== '' && o.en === '', `${path} lacks English`).toBe(false);
          expect(o.lv === '' && o.en !== '', `${path} lacks Latvian`).toBe(false);
        } else for (const k of keys) walk(o[k], `${path}.${k}`);
      }
    };
    walk(samplePortfolio, 'portfolio');
  });

  it('stored texts have no stray whitespace (non-breaking spaces, doubled or edge spaces)', () => {
    const walk = (v: unknown, path: string): void => {
      if (typeof v === 'string') {
        expect(v, path).not.toMatch(/\u00a0|\t| {2}/);
        expect(v, path).toBe(v.trim());
      } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(samplePortfolio, 'portfolio');
  });
});

// ---------------------------------------------------------------------------------------
// The five seed projects at a glance, as the council's pages give them: every figure, checked against the data.

const eur = (n: number) => n * 100;

interface Expected {
  id: string;
  role: 'lead' | 'partner';
  leadOrgId: string;
  partners: number;
  associated: number;
  programme: { id: string; strandEn: string; measureEn: string; funders: string[] };
  period: { start: string; end: string; lengthMonths: number | null };
  totalBudget: number | null;
  councilBudget: number | null;
  euCofinancing: number | null;
  euCofinancingPercent: number | null;
  councilCofinancing: number | null;
  payments: { kind: string; sharePercent: number; amount: number; dueCondition: string }[];
  prefinancingTotal: number | null;
  prefinancingPercent: number | null;
  prefinancingByYear: { year: number; amount: number }[];
  cofinancingByYear: { year: number; amount: number }[];
  events: number;
  hosted: number;
  outgoing: number;
  representatives: (number | null)[];
}

const STRAND_2 = 'Strand 2: Democratic engagement and civic participation';

const table: Expected[] = [
  {
    id: 'sample-solid',
    role: 'partner',
    leadOrgId: 'org-centre-culturel-jette',
    partners: 12,
    associated: 0,
    programme: { id: 'prog-efc-networks-of-towns', strandEn: STRAND_2, measureEn: 'Networks of Towns', funders: ['European Union'] },
    period: { start: '2018-01-01', end: '2019-11-15', lengthMonths: null },
    totalBudget: null,
    councilBudget: eur(4160),
    euCofinancing: eur(1500),
    euCofinancingPercent: null,
    councilCofinancing: eur(2660),
    payments: [],
    prefinancingTotal: null,
    prefinancingPercent: null,
    prefinancingByYear: [
      { year: 2018, amount: eur(1100) },
      { year: 2019, amount: eur(400) },
    ],
    cofinancingByYear: [
      { year: 2018, amount: eur(1990) },
      { year: 2019, amount: eur(670) },
    ],
    events: 5,
    hosted: 0,
    outgoing: 5,
    representatives: [3, 2, 2, 6, 3],
  },
  {
    id: 'sample-wir',
    role: 'partner',
    leadOrgId: 'org-vanersborg',
    partners: 9,
    associated: 0,
    programme: { id: 'prog-efc', strandEn: '', measureEn: '', funders: ['European Union'] },
    period: { start: '2017-10-16', end: '2019-10-15', lengthMonths: null },
    totalBudget: null,
    councilBudget: eur(14600),
    euCofinancing: eur(9800),
    euCofinancingPercent: null,
    councilCofinancing: eur(4800),
    payments: [
      { kind: 'advance', sharePercent: 40, amount: eur(3920), dueCondition: 'at-start' },
      { kind: 'balance', sharePercent: 60, amount: eur(5880), dueCondition: 'after-completion' },
    ],
    prefinancingTotal: eur(5880),
    prefinancingPercent: 60,
    prefinancingByYear: [
      { year: 2018, amount: eur(3000) },
      { year: 2019, amount: eur(2880) },
    ],
    cofinancingByYear: [
      { year: 2018, amount: eur(3600) },
      { year: 2019, amount: eur(1200) },
    ],
    events: 9,
    hosted: 1,
    outgoing: 8,
    representatives: Array<null>(9).fill(null),
  },
  {
    id: 'sample-ttchan',
    role: 'lead',
    leadOrgId: 'org-daugavpils-council',
    partners: 5,
    associated: 0,
    programme: { id: 'prog-efc-town-twinning', strandEn: STRAND_2, measureEn: 'Town Twinning', funders: ['European Union'] },
    period: { start: '2018-11-08', end: '2018-11-12', lengthMonths: null },
    totalBudget: eur(10080),
    councilBudget: eur(10080),
    euCofinancing: eur(10080),
    euCofinancingPercent: 100,
    councilCofinancing: 0,
    payments: [{ kind: 'balance', sharePercent: 100, amount: eur(10080), dueCondition: 'after-completion' }],
    prefinancingTotal: eur(10080),
    prefinancingPercent: 100,
    prefinancingByYear: [{ year: 2018, amount: eur(10080) }],
    cofinancingByYear: [],
    events: 1,
    hosted: 1,
    outgoing: 0,
    representatives: [null],
  },
  {
    id: 'sample-our-cities-pairing',
    role: 'partner',
    leadOrgId: 'org-suluova-governorship',
    partners: 2,
    associated: 4,
    programme: { id: 'prog-ttgs', strandEn: '', measureEn: '', funders: ['European Union', 'Republic of Turkey'] },
    period: { start: '2019-01-15', end: '2020-01-15', lengthMonths: 12 },
    totalBudget: eur(138000),
    councilBudget: null,
    euCofinancing: null,
    euCofinancingPercent: null,
    councilCofinancing: eur(4673),
    payments: [],
    prefinancingTotal: null,
    prefinancingPercent: null,
    prefinancingByYear: [],
    cofinancingByYear: [],
    events: 8,
    hosted: 5,
    outgoing: 3,
    representatives: Array<null>(8).fill(null),
  },
  {
    id: 'sample-decode',
    role: 'lead',
    leadOrgId: 'org-daugavpils-council',
    partners: 7,
    associated: 0,
    programme: { id: 'prog-efc-networks-of-towns', strandEn: STRAND_2, measureEn: 'Networks of Towns', funders: ['European Union'] },
    period: { start: '2018-03-01', end: '2020-02-01', lengthMonths: null },
    totalBudget: eur(90000),
    councilBudget: eur(90000),
    euCofinancing: eur(90000),
    euCofinancingPercent: 100,
    councilCofinancing: 0,
    payments: [
      { kind: 'advance', sharePercent: 40, amount: eur(36000), dueCondition: 'at-start' },
      { kind: 'balance', sharePercent: 60, amount: eur(54000), dueCondition: 'after-completion' },
    ],
    prefinancingTotal: null,
    prefinancingPercent: null,
    prefinancingByYear: [{ year: 2019, amount: eur(30000) }],
    cofinancingByYear: [],
    events: 5,
    hosted: 2,
    outgoing: 3,
    representatives: [null, null, null, null, null],
  },
];

describe('sample portfolio: every figure of the seed projects’ table', () => {
  it('covers all five projects', () => {
    expect(table.map((r) => r.id)).toEqual([...SAMPLE_PROJECT_IDS]);
  });

  describe.each(table)('$id', (row) => {
    const p = projectById(row.id);

    it('council role and lead partner', () => {
      expect(p.councilRole).toBe(row.role);
      const leads = p.partners.filter((x) => x.role === 'lead');
      expect(leads).toHaveLength(1);
      expect(leads[0]?.organisationId).toBe(row.leadOrgId);
    });

    it('partner and associated partner counts', () => {
      expect(p.partners.filter((x) => x.role === 'partner')).toHaveLength(row.partners);
      expect(p.partners.filter((x) => x.role === 'associated')).toHaveLength(row.associated);
    });

    it('programme', () => {
      expect(p.programmeId).toBe(row.programme.id);
      const prog = programmes.find((x) => x.id === p.programmeId);
      expect(prog?.name.en).toMatch(row.programme.id === 'prog-ttgs' ? /TTGS/ : /^Europe for Citizens$/);
      expect(prog?.strand.en).toBe(row.programme.strandEn);
      expect(prog?.measure.en).toBe(row.programme.measureEn);
      expect(prog?.funders.map((f) => f.en)).toEqual(row.programme.funders);
    });

    it('period', () => {
      expect(p.period).toEqual(row.period);
    });

    it('budget figures in cents (null where unknown)', () => {
      const b = p.budget;
      expect(b.totalBudget).toBe(row.totalBudget);
      expect(b.councilBudget).toBe(row.councilBudget);
      expect(b.euCofinancing).toBe(row.euCofinancing);
      expect(b.euCofinancingPercent).toBe(row.euCofinancingPercent);
      expect(b.councilCofinancing).toBe(row.councilCofinancing);
      expect(b.otherCofinancing).toBeNull();
    });

    it('advance / balance payments', () => {
      expect(p.budget.payments.map(({ kind, sharePercent, amount, dueCondition }) => ({ kind, sharePercent, amount, dueCondition }))).toEqual(
        row.payments,
      );
      for (const pay of p.budget.payments) {
        expect(pay.receivedDate).toBeNull();
        expect(pay.receivedAmount).toBeNull();
        expect(pay.expectedDate).toBeNull();
      }
    });

    it('pre-financing and co-financing by year', () => {
      expect(p.budget.prefinancingTotal).toBe(row.prefinancingTotal);
      expect(p.budget.prefinancingPercent).toBe(row.prefinancingPercent);
      expect(p.budget.prefinancingByYear).toEqual(row.prefinancingByYear);
      expect(p.budget.cofinancingByYear).toEqual(row.cofinancingByYear);
    });

    it('events: counts, direction and representatives', () => {
      expect(p.events).toHaveLength(row.events);
      expect(p.events.filter((e) => e.direction === 'hosted')).toHaveLength(row.hosted);
      expect(p.events.filter((e) => e.direction === 'outgoing')).toHaveLength(row.outgoing);
      expect(p.events.map((e) => e.representatives)).toEqual(row.representatives);
      expect(p.events.map((e) => e.order)).toEqual(p.events.map((_, i) => i + 1));
      for (const e of p.events) expect(e.id).toMatch(new RegExp(`^${row.id}-e\\d+$`));
      for (const e of p.events.filter((x) => x.direction === 'hosted')) {
        expect(e.hostCity).toBe('Daugavpils');
        expect(e.hostCountry).toBe('LV');
      }
    });
  });

  it('sums that the DOMAIN notes say hold', () => {
    const solid = projectById('sample-solid').budget;
    expect((solid.euCofinancing ?? 0) + (solid.councilCofinancing ?? 0)).toBe(solid.councilBudget);
    expect(solid.cofinancingByYear.reduce((s, y) => s + (y.amount ?? 0), 0)).toBe(solid.councilCofinancing);
    const wir = projectById('sample-wir').budget;
    expect(wir.payments.reduce((s, x) => s + (x.amount ?? 0), 0)).toBe(wir.euCofinancing);
    expect((wir.euCofinancing ?? 0) + (wir.councilCofinancing ?? 0)).toBe(wir.councilBudget);
    expect(wir.prefinancingByYear.reduce((s, y) => s + (y.amount ?? 0), 0)).toBe(wir.prefinancingTotal);
    expect(wir.cofinancingByYear.reduce((s, y) => s + (y.amount ?? 0), 0)).toBe(wir.councilCofinancing);
    const decode = projectById('sample-decode').budget;
    expect(decode.payments.reduce((s, x) => s + (x.amount ?? 0), 0)).toBe(decode.euCofinancing);
  });
});

describe('sample portfolio: details the pages give', () => {
  it('SOLID events: months, places and notes from the press releases', () => {
    const e = projectById('sample-solid').events;
    expect(e.map((x) => (x.date.precision === 'month' ? x.date.month : null))).toEqual(['2018-03', '2018-10', '2019-03', '2019-06', '2019-10']);
    expect(e.map((x) => x.hostCountry)).toEqual(['BE', 'IT', 'ES', 'BG', 'BE']);
    expect(e.map((x) => x.hostCity)).toEqual(['Jette', null, null, null, 'Jette']);
    expect(e.map((x) => x.placeAsWritten)).toEqual(['Jette, Beļģija', 'Itālija', 'Spānija', 'Bulgārija', 'Jette, Beļģija']);
    expect(e.map((x) => x.kind)).toEqual(['kick-off', 'meeting', 'meeting', 'meeting', 'final-conference']);
    expect(e[3]?.notes.lv).toContain('Veliko Tarnovā');
    expect(e[4]?.notes.lv).toContain('Briselē');
    // planned 15 staff mobilities, 16 representatives listed: both kept
    const mob = projectById('sample-solid').results.find((r) => r.indicator?.kind === 'staff-mobilities');
    expect(mob?.indicator?.target).toBe(15);
    expect(e.reduce((s, x) => s + (x.representatives ?? 0), 0)).toBe(16);
  });

  it('DeCoDe events: "Kauņa, Septembris" kept as written, Łódź in its own form', () => {
    const e = projectById('sample-decode').events;
    expect(e[1]).toMatchObject({ placeAsWritten: 'Kauņa, Septembris', hostCity: 'Kaunas', hostCityLv: 'Kauņa', hostCountry: 'LT' });
    expect(e[3]).toMatchObject({ placeAsWritten: 'Lodza, Polija', hostCity: 'Łódź', hostCityLv: 'Lodza', hostCountry: 'PL' });
    expect(e.map((x) => (x.date.precision === 'month' ? x.date.month : null))).toEqual(['2018-05', '2018-09', '2019-02', '2019-05', '2019-11']);
  });

  it('TTChan: the council decision and the one hosted event with exact days', () => {
    const p = projectById('sample-ttchan');
    expect(p.councilDecision).toEqual({ number: '502', date: '2018-09-28', signedBy: 'I. Prelatovs, Domes priekšsēdētāja 1. vietnieks' });
    expect(p.infoUpdatedAt).toBeNull();
    expect(p.events[0]?.date).toEqual({ precision: 'day', start: '2018-11-08', end: '2018-11-12' });
  });

  it('results indicators', () => {
    const ind = (id: string) => projectById(id).results.flatMap((r) => (r.indicator ? [[r.indicator.kind, r.indicator.target]] : []));
    expect(ind('sample-solid')).toEqual([
      ['events', 5],
      ['staff-mobilities', 15],
    ]);
    expect(ind('sample-wir')).toEqual([
      ['events', 9],
      ['hosted-events', 1],
      ['staff-mobilities', 16],
    ]);
    expect(ind('sample-decode')).toContainEqual(['events', 5]);
    expect(ind('sample-decode')).toContainEqual(['hosted-events', 2]);
    expect(ind('sample-our-cities-pairing')).toContainEqual(['hosted-events', 5]);
    for (const p of projects) for (const r of p.results) expect(r.indicator?.achieved ?? null).toBeNull();
  });

  it('WIR contact, website and final-result links', () => {
    const p = projectById('sample-wir');
    expect(p.contacts).toEqual([
      {
        name: 'Jolanta Reča-Lāže',
        position: { lv: 'projekta koordinators', en: 'project coordinator' },
        phone: '6 54 76064',
        email: 'jolanta.reca-laze@daugavpils.lv',
      },
    ]);
    expect(p.website).toBe('http://www.wirproject.eu/');
    expect(p.links.filter((l) => l.kind === 'final-result').map((l) => [l.label.lv, l.url])).toEqual([
      ['LV', null],
      ['EN', null],
    ]);
  });

  it('press release counts and last-updated stamps', () => {
    const counts = Object.fromEntries(projects.map((p) => [p.id, p.pressReleases.length]));
    expect(counts).toEqual({ 'sample-solid': 5, 'sample-wir': 8, 'sample-ttchan': 0, 'sample-our-cities-pairing': 6, 'sample-decode': 0 });
    expect(projects.map((p) => p.infoUpdatedAt)).toEqual(['2021-05-21T11:03', '2021-05-21T11:02', null, '2020-01-07T11:46', '2021-02-22T20:29']);
    for (const p of projects) for (const r of p.pressReleases) expect(r.url).toBeNull();
  });
});

describe('sample portfolio: Magdeburg', () => {
  it('is one organisation, referenced by both TTChan and DeCoDe', () => {
    const magdeburgs = organisations.filter((o) => o.name === 'Magdeburg' || o.nameLv === 'Magdeburga');
    expect(magdeburgs).toHaveLength(1);
    expect(magdeburgs[0]).toMatchObject({ id: 'org-magdeburg', name: 'Magdeburg', nameLv: 'Magdeburga', country: 'DE' });
    const users = projects.filter((p) => p.partners.some((x) => x.organisationId === 'org-magdeburg')).map((p) => p.id);
    expect(users).toEqual(['sample-ttchan', 'sample-decode']);
    for (const id of users) {
      expect(projectById(id).partners.find((x) => x.organisationId === 'org-magdeburg')?.nameAsWritten).toBe('Magdeburga, Vācija');
    }
  });

  it('organisation names keep their own forms, with the Latvian forms beside them', () => {
    const byId = (id: string) => organisations.find((o) => o.id === id);
    expect(byId('org-panevezys')).toMatchObject({ name: 'Panevėžys', nameLv: 'Paņeveža', country: 'LT' });
    expect(byId('org-lodz')).toMatchObject({ name: 'Łódź', nameLv: 'Lodza', country: 'PL' });
    expect(byId('org-kaunas')).toMatchObject({ name: 'Kaunas', nameLv: 'Kauņa', country: 'LT' });
    expect(byId('org-vanersborg')).toMatchObject({ name: 'Vänersborg Municipality', country: 'SE' });
    expect(byId('org-centre-culturel-jette')).toMatchObject({ name: 'Le Centre Culturel de Jette', country: 'BE' });
    expect(byId('org-mogila')?.country).toBe('MK');
    expect(byId('org-kavadarci')?.country).toBe('MK');
    expect(byId('org-suluova-governorship')?.country).toBe('TR');
  });
});
