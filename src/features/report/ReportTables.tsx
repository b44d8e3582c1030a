// The report's tables: money by year, a row per project, and the figures some projects do not
// state. An unknown value is "—"; a total over projects some of which lack the figure says how many.
import type { DashboardCards } from '../../domain/dashboard/figures';
import type { KnownSum } from '../../domain/money';
import type { ReportMissing, ReportProjectRow, ReportYearRow } from '../../domain/reports/portfolioReport';
import { useI18n } from '../../i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';
import type { Language } from '../../domain/schema';
import { formatMoney, intlLocale, pickText, UNKNOWN } from '../../i18n/format';
import type { ReportTranslate } from './scopeInWords';

/** A money cell: the amount ("—" when unknown), and how many projects lack it when some do. */
function MoneyCell({ value, unknown = 0, tr }: { value: number | null; unknown?: number; tr: ReportTranslate }) {
  const { lang } = useI18n();
  return (
    <td className="num">
      {formatMoney(value, lang)}
      {unknown > 0 && value !== null && <span className="report-cell-note">{tr('report.cell.unknown', { count: unknown })}</span>}
    </td>
  );
}

const sumCell = (sum: KnownSum, tr: ReportTranslate) => <MoneyCell value={sum.total} unknown={sum.unknown} tr={tr} />;

export function YearsTable({ rows, cards, tr }: { rows: ReportYearRow[]; cards: DashboardCards; tr: ReportTranslate }) {
  if (rows.length === 0) return <p className="hint">{tr('report.years.none')}</p>;
  const reimbursed = rows.some((row) => row.reimbursed !== null) ? rows.reduce((sum, row) => sum + (row.reimbursed ?? 0), 0) : null;
  return (
    <TableScroll label={tr('report.years.caption')}>
      <table className="data-table report-table">
        <caption>{tr('report.years.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('report.years.year')}</th>
            <th scope="col" className="num">{tr('report.years.paid')}</th>
            <th scope="col" className="num">{tr('report.years.reimbursed')}</th>
            <th scope="col" className="num">{tr('report.years.outstanding')}</th>
            <th scope="col" className="num">{tr('report.years.cofinancing')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.year === null ? tr('report.years.unsplit') : row.year}</th>
              {sumCell(row.prefinancingPaid, tr)}
              <MoneyCell value={row.reimbursed} tr={tr} />
              <MoneyCell value={row.outstanding} tr={tr} />
              {sumCell(row.cofinancing, tr)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{tr('report.years.total')}</th>
            {sumCell(cards.prefinancing, tr)}
            <MoneyCell value={reimbursed} tr={tr} />
            {sumCell(cards.outstanding, tr)}
            {sumCell(cards.councilCofinancing, tr)}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

const dayFormats = new Map<Language, Intl.DateTimeFormat>();
/** "16/10/2017" / "16.10.2017.": a period fits a narrow printed column. */
function shortDate(iso: string | null, lang: Language): string {
  if (!iso) return UNKNOWN;
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    dayFormats.set(lang, format);
  }
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

function Period({ row, lang }: { row: ReportProjectRow; lang: Language }) {
  return (
    <td className="report-period">
      <span>{shortDate(row.start, lang)} –</span> <span>{shortDate(row.end, lang)}</span>
    </td>
  );
}

export function ProjectsTable({ rows, cards, tr }: { rows: ReportProjectRow[]; cards: DashboardCards; tr: ReportTranslate }) {
  const { t, lang } = useI18n();
  return (
    <TableScroll label={tr('report.projects.caption')}>
      <table className="data-table report-table report-projects">
        <caption>{tr('report.projects.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr('report.projects.acronym')}</th>
            <th scope="col">{tr('report.projects.titleColumn')}</th>
            <th scope="col">{tr('report.projects.role')}</th>
            <th scope="col">{tr('report.projects.period')}</th>
            <th scope="col" className="num">{tr('report.projects.total')}</th>
            <th scope="col" className="num">{tr('report.projects.eu')}</th>
            <th scope="col" className="num">{tr('report.projects.council')}</th>
            <th scope="col" className="num">{tr('report.projects.prefinancing')}</th>
            <th scope="col" className="num">{tr('report.projects.outstanding')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.projectId}>
              <td className="report-acronym">{row.acronym}</td>
              {/* The title heads the row: a project may have no acronym. */}
              <th scope="row">{pickText(row.title, lang)}</th>
              <td>{t(row.role === 'lead' ? 'role.lead' : 'role.partner')}</td>
              <Period row={row} lang={lang} />
              <MoneyCell value={row.totalBudget} tr={tr} />
              <MoneyCell value={row.eu} tr={tr} />
              <MoneyCell value={row.council} tr={tr} />
              <MoneyCell value={row.prefinancing} tr={tr} />
              <MoneyCell value={row.outstanding} tr={tr} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {tr('report.projects.sum')}
            </th>
            {sumCell(cards.totalBudget, tr)}
            {sumCell(cards.euCofinancing, tr)}
            {sumCell(cards.councilCofinancing, tr)}
            {sumCell(cards.prefinancing, tr)}
            {sumCell(cards.outstanding, tr)}
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

export function MissingList({ missing, tr }: { missing: ReportMissing; tr: ReportTranslate }) {
  const items = [
    missing.totalBudget > 0 && tr('report.missing.totalBudget', { count: missing.totalBudget }),
    missing.eu > 0 && tr('report.missing.eu', { count: missing.eu }),
    missing.council > 0 && tr('report.missing.council', { count: missing.council }),
    missing.prefinancing > 0 && tr('report.missing.prefinancing', { count: missing.prefinancing }),
  ].filter((item): item is string => item !== false);
  if (items.length === 0) return <p>{tr('report.missing.none')}</p>;
  return (
    <>
      <p>{tr('report.missing.intro')}</p>
      <ul className="report-missing">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}
