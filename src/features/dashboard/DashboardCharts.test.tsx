// The charts' tables and CSV hold exactly what the charts draw; a bar's link narrows the list.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dashboardData } from '../../domain/dashboard/aggregate';
import { fullScope } from '../../domain/dashboard/scope';
import { samplePortfolio } from '../../domain/sample';
import { en } from '../../i18n/en';
import { translator } from '../../i18n/translate';
import { renderRoute } from '../../test/render';
import { buildSpecs, specCsv } from '../../components/charts/chartSpecs';
import DashboardCharts from './DashboardCharts';

const data = dashboardData(samplePortfolio.projects, {
  today: '2019-06-01',
  organisationsById: new Map(samplePortfolio.organisations.map((o) => [o.id, o])),
  homeOrganisationId: samplePortfolio.homeOrganisationId,
});
const programmesById = new Map(samplePortfolio.programmes.map((p) => [p.id, p]));
const t = translator(en, 'en');

function renderCharts(url = '/dashboard') {
  return renderRoute(<DashboardCharts data={data} scope={fullScope} programmesById={programmesById} fixedWidth={600} />, { path: '/dashboard', url });
}

const section = (title: string) => screen.getByRole('heading', { name: title }).closest('section') as HTMLElement;

/** Switches the chart titled `title` to its table, and returns the chart's section. */
async function showAsTable(user: ReturnType<typeof userEvent.setup>, title: string): Promise<HTMLElement> {
  const chart = section(title);
  await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
  return chart;
}

// Drawing every chart in jsdom takes seconds on a busy 2-core machine: more than the 5 s default.
describe('DashboardCharts', { timeout: 30_000 }, () => {
  it('draws every chart as an SVG with a legend', async () => {
    renderCharts();
    // The drawing code loads once a chart is to be drawn.
    await waitFor(() => expect(document.querySelectorAll('.recharts-wrapper')).toHaveLength(7));
    const years = section('Money per calendar year');
    expect(within(years).getByText('Pre-financing')).toBeInTheDocument();
    expect(within(years).getByText('Council co-financing')).toBeInTheDocument();
  });

  it('shows a chart as a table with the figures drawn, unknown as a dash', async () => {
    const user = userEvent.setup();
    renderCharts();
    const years = await showAsTable(user, 'Money per calendar year');
    expect(within(years).getByRole('button', { name: 'Show as table' })).toHaveAttribute('aria-pressed', 'true');
    const rows = within(within(years).getByRole('table')).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual([
      'YearPre-financingCouncil co-financing',
      '2018€14,180.00€5,590.00',
      '2019€33,280.00€1,870.00',
      'Not split by year—€4,673.00',
    ]);
    expect(years.querySelector('.recharts-wrapper')).toBeNull();
  });

  it('links each row to the projects it stands for', async () => {
    const user = userEvent.setup();
    renderCharts();
    const countries = await showAsTable(user, 'Partner countries');
    expect(within(countries).getByRole('link', { name: 'Lithuania' })).toHaveAttribute('href', '/projects?country=LT');
    expect(within(countries).getByRole('link', { name: 'Other countries (6)' })).toHaveAttribute(
      'href',
      '/projects?country=FI&country=GR&country=HU&country=MK&country=SK&country=TR',
    );
    const funding = await showAsTable(user, 'Funding composition per project');
    expect(within(funding).getByRole('link', { name: 'DeCoDe' })).toHaveAttribute('href', '/projects/sample-decode');
    const years = await showAsTable(user, 'Money per calendar year');
    expect(within(years).getByRole('link', { name: '2018' })).toHaveAttribute('href', '/projects?year=2018');
    // The list has no filter for "not split by year": no link.
    expect(within(years).queryByRole('link', { name: 'Not split by year' })).toBeNull();
  });

  it('clicking a bar opens the projects list filtered to what the bar stands for', async () => {
    const user = userEvent.setup();
    renderCharts();
    const roles = section('Composition by the council’s role');
    await waitFor(() => expect(roles.querySelector('.recharts-wrapper')).not.toBeNull());
    const bars = roles.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect');
    expect(bars.length).toBeGreaterThan(0);
    // The first bar is the projects the council leads: the list opens filtered to that role.
    await user.click(bars[0] as Element);
    expect(await screen.findByRole('status', { name: 'Address' })).toHaveTextContent(/^\/projects\?role=lead$/);
  });
});

describe('CSV of a chart', () => {
  const specs = buildSpecs({ data, scope: fullScope, programmesById, t, lang: 'en' });
  const spec = (id: string) => specs.find((s) => s.id === id)!;
  /** The lines of a CSV, once its frame is checked: a byte-order mark first, CRLF after every line. */
  const csvLines = (csv: string) => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    return csv.slice(1, -2).split('\r\n');
  };

  it('holds the rows drawn, money in euros, unknown cells empty', () => {
    expect(specCsv(spec('years'), t)).toBe(
      `\uFEFF${['Year,Pre-financing (EUR),Council co-financing (EUR)', '2018,14180,5590', '2019,33280,1870', 'Not split by year,,4673'].join('\r\n')}\r\n`,
    );
    expect(csvLines(specCsv(spec('funding'), t))).toEqual([
      'Project,EU co-financing (EUR),Council co-financing (EUR),Other co-financing (EUR),Rest of the council’s budget (EUR)',
      'DeCoDe,90000,0,,0',
      'WIR,9800,4800,,0',
      'TTChan,10080,0,,0',
      'Our Cities Pairing on Environment Issues,,4673,,',
      'SOLID,1500,2660,,0',
    ]);
  });

  it('quotes labels with commas', () => {
    expect(csvLines(specCsv(spec('programmes'), t))[4]).toBe('Town Twinning Action between Turkey and the EU Grant Scheme (TTGS),,4673,');
    expect(csvLines(specCsv(spec('mobilities'), t))).toEqual(['Year,Outgoing events,Hosted events,Staff sent', '2018,3,2,5', '2019,5,1,11', 'Date unknown,11,6,']);
  });

  it('quotes a label holding a semicolon, so a spreadsheet that splits on ; keeps it in one cell', () => {
    const projects = samplePortfolio.projects.map((p) => (p.acronym === 'WIR' ? { ...p, acronym: 'WIR; Town twinning' } : p));
    const withSemicolon = dashboardData(projects, {
      today: '2019-06-01',
      organisationsById: new Map(samplePortfolio.organisations.map((o) => [o.id, o])),
      homeOrganisationId: samplePortfolio.homeOrganisationId,
    });
    const funding = buildSpecs({ data: withSemicolon, scope: fullScope, programmesById, t, lang: 'en' }).find((s) => s.id === 'funding')!;
    expect(csvLines(specCsv(funding, t))).toContain('"WIR; Town twinning",9800,4800,,0');
  });
});
