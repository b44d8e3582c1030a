// The project fact sheet (/projects/:projectId/fact-sheet): the text of the project's page for
// the council's website, in Latvian or English (?lang=lv|en, the UI language by default), to copy
// as formatted text or print. Built by domain/reports/factSheet.ts; shown here as React elements.
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useUrlParams } from '../../components/useUrlParams';
import { buildFactSheet, factSheetHtml, factSheetText, safeHref, type FactSheet, type Inline } from '../../domain/reports/factSheet';
import type { Language } from '../../domain/schema';
import { useI18n } from '../../i18n/I18nProvider';
import { PrintButton, ReportPage, ReportState, useFactSheetMessages } from './ReportFrame';
import { useReportProject } from './useReportProject';

const LANGUAGES: Language[] = ['lv', 'en'];
const isLanguage = (value: string | null): value is Language => value === 'lv' || value === 'en';

type Copied = { kind: 'rich' | 'plain' } | { kind: 'failed'; reason: string } | null;

/** HTML and plain text on the clipboard where the browser can; plain text where it cannot. */
async function copyToClipboard(html: string, text: string, unavailable: string): Promise<'rich' | 'plain'> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard && typeof clipboard.write === 'function' && typeof ClipboardItem !== 'undefined') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'rich';
    } catch {
      // Some browsers refuse formatted text: plain text below.
    }
  }
  if (clipboard && typeof clipboard.writeText === 'function') {
    await clipboard.writeText(text);
    return 'plain';
  }
  throw new Error(unavailable);
}

/** Why copying failed, in the UI's language where the browser's reason is a known one. */
function failureReason(error: unknown, m: ReturnType<typeof useFactSheetMessages>): string {
  // A DOMException is not an Error in every environment: read its name and message as they are.
  const { name, message } = typeof error === 'object' && error !== null ? (error as { name?: unknown; message?: unknown }) : { name: undefined, message: undefined };
  if (name === 'NotAllowedError') return m('factSheet.copyNotAllowed');
  const said = typeof message === 'string' ? message : String(error);
  return said.trim().replace(/[.\s]+$/, '') || m('factSheet.copyUnavailable');
}

function copyMessage(copied: Copied, m: ReturnType<typeof useFactSheetMessages>): string {
  if (copied === null) return '';
  if (copied.kind === 'failed') return m('factSheet.copyFailed', { reason: copied.reason });
  return m(copied.kind === 'rich' ? 'factSheet.copied' : 'factSheet.copiedPlain');
}

export default function FactSheetPage() {
  const { projectId = '' } = useParams();
  const { t, lang: uiLang } = useI18n();
  const m = useFactSheetMessages();
  const [params, setParams] = useUrlParams();
  const asked = params.get('lang');
  const lang: Language = isLanguage(asked) ? asked : uiLang;
  const report = useReportProject(projectId);
  const [copied, setCopied] = useState<Copied>(null);

  const sheet = useMemo(
    () => (report.state === 'ready' ? buildFactSheet(report.project, { organisations: report.organisations, programmes: report.programmes }, lang) : null),
    [report, lang],
  );
  useDocumentTitle(report.state === 'ready' ? m('factSheet.title', { name: report.name }) : report.state === 'loading' ? null : report.state === 'missing' ? m('factSheet.notFound') : t('error.title'));

  if (report.state !== 'ready' || !sheet) return <ReportState report={report.state === 'ready' ? { state: 'loading' } : report} projectId={projectId} />;

  const chooseLanguage = (next: Language) => {
    setCopied(null);
    const nextParams = new URLSearchParams(params);
    nextParams.set('lang', next);
    // Committed at once (not in a transition), so the radio shows the choice as it is made.
    setParams(nextParams);
  };
  const copy = () => {
    setCopied(null);
    copyToClipboard(factSheetHtml(sheet), factSheetText(sheet), m('factSheet.copyUnavailable')).then(
      (kind) => setCopied({ kind }),
      (error: unknown) => setCopied({ kind: 'failed', reason: failureReason(error, m) }),
    );
  };

  return (
    <ReportPage
      projectId={projectId}
      title={m('factSheet.title', { name: report.name })}
      intro={m('factSheet.intro')}
      controls={
        <>
          <fieldset className="factsheet-language">
            <legend>{m('factSheet.language')}</legend>
            {LANGUAGES.map((code) => (
              <label key={code}>
                <input type="radio" name="fact-sheet-lang" value={code} checked={lang === code} onChange={() => chooseLanguage(code)} /> {m(`factSheet.lang.${code}`)}
              </label>
            ))}
          </fieldset>
          <div className="factsheet-buttons">
            <button type="button" className="primary" onClick={copy}>
              {m('factSheet.copy')}
            </button>
            <PrintButton />
          </div>
          <p role="status" className={copied?.kind === 'failed' ? 'factsheet-status failed' : 'factsheet-status'}>
            {copyMessage(copied, m)}
          </p>
        </>
      }
    >
      <FactSheetDocument sheet={sheet} label={m('factSheet.document')} />
    </ReportPage>
  );
}

function InlineText({ item }: { item: Inline }) {
  const href = safeHref(item.href);
  return href ? <a href={href}>{item.text}</a> : <>{item.text}</>;
}

/** The document as the HTML renderer writes it (h2, h3, p, ol, ul, a), as React elements. */
export function FactSheetDocument({ sheet, label }: { sheet: FactSheet; label: string }) {
  return (
    <section className="factsheet-document fact-sheet" lang={sheet.lang} aria-label={label}>
      <h2>{sheet.title}</h2>
      {sheet.updated && (
        <p>
          <em>{sheet.updated}</em>
        </p>
      )}
      {sheet.sections.map((section) => (
        <section key={section.key} className={`fs-${section.key}`} aria-labelledby={`fs-${section.key}-h`}>
          <h3 id={`fs-${section.key}-h`}>{section.heading}</h3>
          {section.blocks.map((block, i) =>
            block.kind === 'paragraph' ? (
              <p key={i}>
                {block.lines.map((line, n) => (
                  <span key={n}>
                    {n > 0 && <br />}
                    <InlineText item={line} />
                  </span>
                ))}
              </p>
            ) : block.ordered ? (
              <ol key={i}>
                {block.items.map((item, n) => (
                  <li key={n}>
                    <InlineText item={item} />
                  </li>
                ))}
              </ol>
            ) : (
              <ul key={i}>
                {block.items.map((item, n) => (
                  <li key={n}>
                    <InlineText item={item} />
                  </li>
                ))}
              </ul>
            ),
          )}
        </section>
      ))}
    </section>
  );
}
