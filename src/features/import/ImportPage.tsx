// Import: paste a council project page, read it into a draft project, check what was read (each
// value beside the passage it came from), match its organisations against the directory, and
// open the draft in the normal project form. Nothing is saved here but the new directory
// records the person confirms; the project is saved from the form.
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { PageReading } from '../../domain/pageReader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/I18nProvider';
import { useScopedMessages } from '../../i18n/scoped';
import { importEn } from '../../i18n/messages/import.en';
import { importLv } from '../../i18n/messages/import.lv';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';
import { useCanEdit } from '../../queries/access';
import { overviewsQuery, useDirectories } from '../../queries/portfolio';
import { ReadingReview, type Matchers } from './ReadingReview';
import { SpreadsheetImport } from './SpreadsheetImport';
import './import.css';

export default function ImportPage() {
  const canEdit = useCanEdit();
  const ti = useScopedMessages(importEn, importLv);
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  useDocumentTitle(ti('import.title'));
  if (!canEdit) {
    return (
      <section className="page">
        <h1>{ti('import.title')}</h1>
        <p role="alert">{tc('reader.cannotEdit')}</p>
      </section>
    );
  }
  return <ImportScreen />;
}

function ImportScreen() {
  const { t } = useI18n();
  const ti = useScopedMessages(importEn, importLv);
  const textId = useId();
  const hintId = useId();
  const errorId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const directories = useDirectories();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ reading: PageReading; matchers: Matchers } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A new reading starts a fresh review (its choices belong to the text it was read from).
  const [readCount, setReadCount] = useState(0);

  const read = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (text.trim() === '') {
      setResult(null);
      setError(ti('import.empty'));
      area.current?.focus();
      return;
    }
    setBusy(true);
    try {
      // The reader loads with the first reading: nobody else downloads it.
      const { readProjectPage, matchOrganisation, matchProgramme } = await import('../../domain/pageReader');
      // With the directory, a city written in Latvian ("Kauņa") is given under its own name.
      setResult({ reading: readProjectPage(text, { organisations: directories.organisations }), matchers: { matchOrganisation, matchProgramme } });
      setReadCount((count) => count + 1);
    } catch (failure) {
      setResult(null);
      setError(ti('import.failed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setBusy(false);
    }
  };

  const clear = () => {
    setText('');
    setResult(null);
    setError(null);
    area.current?.focus();
  };

  return (
    <section className="page import-page">
      <h1>{ti('import.title')}</h1>
      <h2>{ti('import.page.title')}</h2>
      <p className="hint">{ti('import.intro')}</p>
      <form className="import-form" onSubmit={(event) => void read(event)} noValidate>
        <label htmlFor={textId}>{ti('import.text')}</label>
        <p id={hintId} className="hint">
          {ti('import.textHint')}
        </p>
        <textarea
          id={textId}
          ref={area}
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={12}
          spellCheck={false}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? ti('import.reading') : ti('import.read')}
          </button>
          <button type="button" onClick={clear} disabled={busy || (text === '' && !result)}>
            {ti('import.clear')}
          </button>
        </div>
      </form>
      {result && <ReadingResult key={readCount} reading={result.reading} matchers={result.matchers} />}
      <p className="visually-hidden" aria-live="polite">
        {busy ? t('common.loading') : ''}
      </p>
      <SpreadsheetImport />
    </section>
  );
}

function ReadingResult({ reading, matchers }: { reading: PageReading; matchers: Matchers }) {
  const ti = useScopedMessages(importEn, importLv);
  const overviews = useQuery(overviewsQuery());
  const acronym = reading.draft.acronym.trim();
  const existing = acronym ? overviews.data?.find((project) => project.acronym.trim().toLocaleLowerCase() === acronym.toLocaleLowerCase()) : undefined;
  const unsure = reading.proposals.filter((proposal) => proposal.unsure).length;

  if (reading.found === 0) {
    return (
      <p className="banner" role="status">
        {ti('import.nothing')}
      </p>
    );
  }
  return (
    <div className="import-result">
      <p role="status">
        {ti('import.found', { count: reading.found })} {unsure > 0 && ti('import.unsureCount', { count: unsure })}
      </p>
      {existing && (
        <p className="banner" role="note">
          {ti('import.duplicate', { acronym })} <Link to={`/projects/${encodeURIComponent(existing.id)}`}>{ti('import.openExisting', { acronym: existing.acronym })}</Link>
        </p>
      )}
      <ReadingReview reading={reading} matchers={matchers} />
    </div>
  );
}
