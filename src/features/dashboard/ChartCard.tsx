// One chart with its title, description, notes, a "show as table" alternative and Excel and
// CSV downloads. The table and the files hold exactly the spec's rows: what the chart draws.
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { DownloadButton, saveFile } from '../../components/DownloadButton';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { TableScroll } from '../../components/TableScroll';
import { useI18n } from '../../i18n/I18nProvider';
import { csvConventionFor, xlsxSheet } from '../../domain/spreadsheet';
import { formatValue, specCsv, specTable, type ChartSpec } from '../../components/charts/chartSpecs';

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
  const { t, lang } = useI18n();
  const notify = useNotify();
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
          <DownloadButton
            label={t('dashboard.downloadXlsx')}
            disabled={empty}
            // The XLSX writer and its library load with the first download.
            makeFile={async () => {
              const { xlsxBlob, XLSX_TYPE } = await import('../../components/xlsxFile');
              return { name: `${t('dashboard.csvFile')}-${spec.id}.xlsx`, type: XLSX_TYPE, content: await xlsxBlob(xlsxSheet(specTable(spec, t), { name: spec.title, language: lang })) };
            }}
            onError={(error) => notify({ tone: 'error', text: storageErrorMessage(error, t) })}
          />
          <button
            type="button"
            onClick={() => saveFile({ name: `${t('dashboard.csvFile')}-${spec.id}.csv`, content: specCsv(spec, t, csvConventionFor(lang)), type: 'text/csv;charset=utf-8' })}
            disabled={empty}
          >
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
