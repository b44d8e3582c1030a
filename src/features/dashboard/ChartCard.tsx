// One chart with its title, description, notes, a "show as table" alternative and a CSV
// download. The table and the CSV hold exactly the spec's rows: what the chart draws.
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { saveFile } from '../../components/DownloadButton';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/I18nProvider';
import { formatValue, specCsv, type ChartSpec } from './chartSpecs';

export function ChartTable({ spec }: { spec: ChartSpec }) {
  const { lang } = useI18n();
  return (
    <TableScroll label={spec.title}>
      <table className="data-table dashboard-table">
        <caption className="visually-hidden">{spec.title}</caption>
        <thead>
          <tr>
            <th scope="col">{spec.rowHeader}</th>
            {spec.columns.map((c) => (
              <th key={c.key} scope="col" className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.href ? <Link to={row.href}>{row.label}</Link> : row.label}</th>
              {spec.columns.map((c) => (
                <td key={c.key} className="num">
                  {formatValue(row.values[c.key] ?? null, c.kind, lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export function ChartCard({ spec, children }: { spec: ChartSpec; children: ReactNode }) {
  const { t } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  const empty = spec.rows.length === 0;
  return (
    <section className="chart-card" aria-labelledby={titleId} data-chart={spec.id}>
      <div className="chart-head">
        <h2 id={titleId}>{spec.title}</h2>
        <div className="chart-actions">
          <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)} disabled={empty}>
            {t('dashboard.showTable')}
          </button>
          <button type="button" onClick={() => saveFile({ name: `${t('dashboard.csvFile')}-${spec.id}.csv`, content: specCsv(spec, t), type: 'text/csv;charset=utf-8' })} disabled={empty}>
            {t('dashboard.downloadCsv')}
          </button>
        </div>
      </div>
      <p id={descId} className="hint">
        {spec.description}
      </p>
      {empty ? (
        <p className="chart-empty">{t('dashboard.chart.noData')}</p>
      ) : asTable ? (
        <ChartTable spec={spec} />
      ) : (
        <div className="chart-box" aria-describedby={descId}>
          {children}
        </div>
      )}
      {spec.notes.length > 0 && (
        <ul className="chart-notes">
          {spec.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
