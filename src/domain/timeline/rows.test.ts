// The portfolio timeline's rows and markers, its months and its view in the URL.
import { describe, expect, it } from 'vitest';
import { samplePortfolio } from '../sample';
import type { Project } from '../schema';
import { makeEvent, makeProject } from '../../test/factories';
import { buildTimelineRows, projectRow } from './rows';

const seed = (id: string): Project => {
  const project = samplePortfolio.projects.find((p) => p.id === id);
  if (!project) throw new Error(`no seed ${id}`);
  return project;
};

const event = makeEvent;

describe('rows and markers', () => {
  it("places SOLID's five month-precision events in order, March 2018 to October 2019, each spanning its month", () => {
    const row = projectRow(seed('sample-solid'));
    expect(row.markers.map((m) => [m.start, m.end])).toEqual([
      ['2018-03-01', '2018-03-31'],
      ['2018-10-01', '2018-10-31'],
      ['2019-03-01', '2019-03-31'],
      ['2019-06-01', '2019-06-30'],
      ['2019-10-01', '2019-10-31'],
    ]);
    expect(row.markers.every((m) => m.precision === 'month' && m.direction === 'outgoing' && m.withinPeriod === true)).toBe(true);
    expect(row.undated).toEqual([]);
    expect(row.period).toEqual({ start: '2018-01-01', end: '2019-11-15' });
  });

  it('tells DeCoDe’s two hosted events from its three outgoing ones', () => {
    const row = projectRow(seed('sample-decode'));
    expect(row.markers.map((m) => m.direction)).toEqual(['hosted', 'outgoing', 'outgoing', 'outgoing', 'hosted']);
  });

  it('keeps TTChan’s exact days, 8–12 November 2018', () => {
    const [marker] = projectRow(seed('sample-ttchan')).markers;
    expect(marker).toMatchObject({ precision: 'day', start: '2018-11-08', end: '2018-11-12', direction: 'hosted' });
  });

  it('lists events with no date beside the row instead of placing them on a made-up date', () => {
    const row = projectRow(seed('sample-our-cities-pairing'));
    expect(row.markers).toEqual([]);
    expect(row.undated.map((e) => e.direction)).toEqual(['hosted', 'hosted', 'hosted', 'hosted', 'hosted', 'outgoing', 'outgoing', 'outgoing']);
    expect(projectRow(seed('sample-wir')).undated).toHaveLength(9);
  });

  it('flags events dated outside the project’s period, and cannot tell when the period is unknown', () => {
    const project = makeProject({
      period: { start: '2019-01-15', end: '2020-01-15', lengthMonths: null },
      events: [
        event({ id: 'before', date: { precision: 'month', month: '2018-12' } }),
        event({ id: 'overlaps', date: { precision: 'month', month: '2019-01' } }),
        event({ id: 'after', date: { precision: 'day', start: '2020-02-01', end: '2020-02-02' } }),
      ],
    });
    const row = projectRow(project);
    expect(row.markers.map((m) => [m.event.id, m.withinPeriod])).toEqual([
      ['before', false],
      ['overlaps', true],
      ['after', false],
    ]);
    const open = projectRow({ ...project, period: { start: null, end: null, lengthMonths: null } });
    expect(open.markers.map((m) => m.withinPeriod)).toEqual([null, null, null]);
  });

  it('orders events on the same date by their order number, a month before the days inside it', () => {
    const row = projectRow(
      makeProject({
        events: [
          event({ id: 'b', order: 2, date: { precision: 'day', start: '2019-05-01', end: '2019-05-01' } }),
          event({ id: 'c', order: 3, date: { precision: 'month', month: '2019-05' } }),
          event({ id: 'a', order: 1, date: { precision: 'day', start: '2019-05-01', end: '2019-05-02' } }),
        ],
      }),
    );
    expect(row.markers.map((m) => m.event.id)).toEqual(['c', 'a', 'b']);
  });

  it('groups by role, status or programme, with a header row per group', () => {
    const projects = samplePortfolio.projects;
    const byRole = buildTimelineRows(projects, { groupBy: 'role', today: '2026-01-01' });
    expect(byRole.map((r) => (r.kind === 'group' ? `# ${r.value} (${r.count})` : r.project.id))).toEqual([
      '# lead (2)',
      ...projects.filter((p) => p.councilRole === 'lead').map((p) => p.id),
      '# partner (3)',
      ...projects.filter((p) => p.councilRole === 'partner').map((p) => p.id),
    ]);
    const byStatus = buildTimelineRows(projects, { groupBy: 'status', today: '2019-06-01' });
    // On 1 June 2019: SOLID, WIR, OCP and DeCoDe are ongoing; TTChan (November 2018) is over.
    expect(byStatus.filter((r) => r.kind === 'group').map((r) => r.kind === 'group' && `${r.value}:${r.count}`)).toEqual(['ongoing:4', 'completed:1']);
    const byProgramme = buildTimelineRows(projects, { groupBy: 'programme', today: '2026-01-01' });
    expect(byProgramme.filter((r) => r.kind === 'group')).toHaveLength(new Set(projects.map((p) => p.programmeId)).size);
    expect(buildTimelineRows(projects, { groupBy: 'none', today: '2026-01-01' })).toHaveLength(5);
  });
});
