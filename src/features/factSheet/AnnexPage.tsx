// The council-decision annex (/projects/:projectId/annex): the project's budget table as a
// council decision carries it, in Latvian, to print. Built by domain/reports/annex.ts.
import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import { TableScroll } from '../../components/TableScroll';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { buildAnnex, type Annex } from '../../domain/reports/annex';
import { useI18n } from '../../i18n/I18nProvider';
import { PrintButton, ReportPage, ReportState, useFactSheetMessages } from './ReportFrame';
import { useReportProject } from './useReportProject';

export default function AnnexPage() {
  const { projectId = '' } = useParams();
  const { t } = useI18n();
  const m = useFactSheetMessages();
  const report = useReportProject(projectId);
  const annex = useMemo(() => (report.state === 'ready' ? buildAnnex(report.project) : null), [report]);
  useDocumentTitle(report.state === 'ready' ? m('annex.title', { name: report.name }) : report.state === 'loading' ? null : report.state === 'missing' ? m('factSheet.notFound') : t('error.title'));

  if (report.state !== 'ready' || !annex) return <ReportState report={report.state === 'ready' ? { state: 'loading' } : report} projectId={projectId} />;
  return (
    <ReportPage
      projectId={projectId}
      title={m('annex.title', { name: report.name })}
      intro={m('annex.intro')}
      controls={
        <div className="factsheet-buttons">
          <PrintButton />
        </div>
      }
    >
      {!annex.hasDecision && (
        <p className="card factsheet-note" role="note">
          {m('annex.noDecision')}
        </p>
      )}
      <AnnexDocument annex={annex} label={m('annex.document')} />
    </ReportPage>
  );
}

export function AnnexDocument({ annex, label }: { annex: Annex; label: string }) {
  return (
    <section className="factsheet-document annex" lang="lv" aria-label={label}>
      {annex.heading.length > 0 && (
        <p className="annex-heading">
          {annex.heading.map((line, i) => (
            <span key={i}>
              {i > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      )}
      <h2>{annex.title}</h2>
      <TableScroll label="Budžets">
        <table className="annex-table">
          <caption>Budžets</caption>
          <thead>
            <tr>
              <td />
              {annex.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {annex.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={i}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {annex.signature && (
        <p className="annex-signature">
          {annex.signature.position && (
            <>
              {annex.signature.position}
              <br />
            </>
          )}
          (personiskais paraksts)
          <br />
          {annex.signature.name}
        </p>
      )}
    </section>
  );
}
