// What the reader found, to check before the draft opens in the form: each proposed value beside
// the passage it came from (values the reader was unsure of are marked), each partner matched
// against the directory (an existing record, or a new one the person confirms), and the
// programme. "Open in the project form" adds the confirmed new records and opens the draft.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { matchOrganisation, matchProgramme, PageReading, PartnerReading, Proposal } from '../../domain/pageReader';
import type { Organisation, Programme, Project, ProjectPartner } from '../../domain/schema';
import { storageErrorMessage } from '../../components/storageMessage';
import { en, type MessageKey } from '../../i18n/en';
import { useI18n, type Translate } from '../../i18n/I18nProvider';
import { pickText } from '../../i18n/format';
import { useScopedMessages, type ScopedTranslate } from '../../i18n/scoped';
import { importEn } from '../../i18n/messages/import.en';
import { importLv } from '../../i18n/messages/import.lv';
import { settingsQuery, useDirectories } from '../../queries/portfolio';
import { useCreateOrganisation, useCreateProgramme } from '../../queries/directory';
import { fieldName } from '../../i18n/fieldName';
import { DRAFT_FORM_PATH, keepImportDraft } from '../../queries/importDraft';
import { organisationFromPage, programmeFromPage } from './newRecords';

type Messages = ScopedTranslate<typeof importEn>;
/** A partner's record: an existing organisation's id, or NEW (added when the draft opens). */
const NEW = '';
/** The longest passage shown in full; a longer one is cut in the middle. */
const PASSAGE_SHOWN = 220;

/** The reader's matchers, from the module the Import screen loaded on demand (never in a screen's own download). */
export type Matchers = { matchOrganisation: typeof matchOrganisation; matchProgramme: typeof matchProgramme };

export function ReadingReview({ reading, matchers }: { reading: PageReading; matchers: Matchers }) {
  const { matchOrganisation, matchProgramme } = matchers;
  const { t, lang } = useI18n();
  const ti = useScopedMessages(importEn, importLv);
  const navigate = useNavigate();
  const directories = useDirectories();
  const settings = useQuery(settingsQuery());
  const homeId = settings.data?.homeOrganisationId ?? null;
  const createOrganisation = useCreateOrganisation();
  const createProgramme = useCreateProgramme();

  // The first guess for each partner; the person's choices override it.
  const suggested = useMemo(
    () =>
      reading.partners.map((partner) => {
        if (partner.isCouncil && homeId && directories.organisationsById.has(homeId)) return { id: homeId, certain: true };
        const match = matchOrganisation(partner, directories.organisations);
        return match ? { id: match.organisation.id, certain: match.certain } : { id: NEW, certain: false };
      }),
    [reading.partners, directories.organisations, directories.organisationsById, homeId, matchOrganisation],
  );
  const [chosen, setChosen] = useState<Record<number, string>>({});
  const choiceOf = (index: number) => chosen[index] ?? suggested[index]?.id ?? NEW;
  const programmeMatch = useMemo(() => (reading.programme ? matchProgramme(reading.programme, directories.programmes) : null), [reading.programme, directories.programmes, matchProgramme]);
  const [programmeChoice, setProgrammeChoice] = useState<string | null>(null);
  const programmeId = programmeChoice ?? (reading.programme ? (programmeMatch?.id ?? NEW) : 'none');

  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const newCount = reading.partners.filter((_, index) => choiceOf(index) === NEW).length;

  const open = async () => {
    setOpening(true);
    setError(null);
    try {
      const partners: ProjectPartner[] = [];
      for (const [index, partner] of reading.partners.entries()) {
        let organisationId = choiceOf(index);
        if (organisationId === NEW) {
          organisationId = (await createOrganisation.mutateAsync(organisationFromPage(partner))).id;
          // Chosen from now on: should a later step fail, trying again does not add it twice.
          const created = organisationId;
          setChosen((before) => ({ ...before, [index]: created }));
        }
        partners.push({ organisationId, role: partner.role, nameAsWritten: partner.nameAsWritten });
      }
      let chosenProgramme: string | null = programmeId === 'none' ? null : programmeId;
      if (chosenProgramme === NEW && reading.programme) {
        chosenProgramme = (await createProgramme.mutateAsync(programmeFromPage(reading.programme))).id;
        setProgrammeChoice(chosenProgramme);
      }
      const draft: Project = { ...reading.draft, partners, programmeId: chosenProgramme || null };
      keepImportDraft(draft);
      await navigate(DRAFT_FORM_PATH);
    } catch (failure) {
      setError(storageErrorMessage(failure, t));
      setOpening(false);
    }
  };

  const values = reading.proposals.filter((proposal) => !proposal.field.startsWith('partners') && proposal.field !== 'programme');
  return (
    <>
      <section className="card" aria-labelledby="import-values">
        <h2 id="import-values">{ti('import.values.title')}</h2>
        <div className="table-wrap">
          <table className="import-values">
            <thead>
              <tr>
                <th scope="col">{ti('import.col.field')}</th>
                <th scope="col">{ti('import.col.value')}</th>
                <th scope="col">{ti('import.col.passage')}</th>
              </tr>
            </thead>
            <tbody>
              {values.map((proposal, index) => (
                <tr key={`${proposal.field}-${index}`} className={proposal.unsure ? 'unsure' : undefined}>
                  <th scope="row">{proposalLabel(proposal.field, t)}</th>
                  <td>
                    <span className="import-value">{shownValue(proposal, t)}</span>
                    {proposal.unsure && <UnsureMark proposal={proposal} ti={ti} />}
                  </td>
                  <td>
                    <PassageQuote reading={reading} passage={proposal.passage} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="import-partners">
        <h2 id="import-partners">{ti('import.partners.title')}</h2>
        {reading.partners.length === 0 ? (
          <p>{ti('import.partners.none')}</p>
        ) : (
          <>
            <p className="hint">{ti('import.partners.intro')}</p>
            <ol className="import-partners">
              {reading.partners.map((partner, index) => (
                <PartnerMatch
                  key={index}
                  partner={partner}
                  choice={choiceOf(index)}
                  certain={choiceOf(index) === suggested[index]?.id && Boolean(suggested[index]?.certain)}
                  organisations={directories.organisations}
                  onChoose={(id) => setChosen((before) => ({ ...before, [index]: id }))}
                  ti={ti}
                />
              ))}
            </ol>
          </>
        )}
      </section>

      {reading.programme && (
        <section className="card" aria-labelledby="import-programme">
          <h2 id="import-programme">{ti('import.programme.title')}</h2>
          <p>
            <PassageQuote reading={reading} passage={reading.programme.passage} />
          </p>
          <label className="field">
            <span>{ti('import.programme.label', { name: reading.programme.name })}</span>
            <select value={programmeId} onChange={(event) => setProgrammeChoice(event.target.value)}>
              <option value={NEW}>{ti('import.programme.new', { name: [reading.programme.name, reading.programme.strand, reading.programme.measure].filter(Boolean).join(' · ') })}</option>
              {directories.programmes.map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programmeLabel(programme, lang)}
                </option>
              ))}
              <option value="none">{ti('import.programme.none')}</option>
            </select>
          </label>
        </section>
      )}

      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void open()} disabled={opening || directories.isPending}>
          {opening ? ti('import.opening') : newCount > 0 ? ti('import.openCreating', { count: newCount }) : ti('import.open')}
        </button>
      </div>
    </>
  );
}

function PartnerMatch({
  partner,
  choice,
  certain,
  organisations,
  onChoose,
  ti,
}: {
  partner: PartnerReading;
  choice: string;
  certain: boolean;
  organisations: readonly Organisation[];
  onChoose: (id: string) => void;
  ti: Messages;
}) {
  const status = choice === NEW ? ti('import.match.none') : certain ? ti('import.match.certain') : ti('import.match.loose');
  return (
    <li className={choice !== NEW && !certain ? 'unsure' : undefined}>
      <p>
        <strong>{partner.nameAsWritten}</strong> <span className="badge">{ti(`import.role.${partner.role}`)}</span>{' '}
        {partner.isCouncil && <span className="badge">{ti('import.council')}</span>}
      </p>
      <label className="field">
        <span>{ti('import.match.label', { name: partner.name })}</span>
        <select value={choice} onChange={(event) => onChoose(event.target.value)}>
          <option value={NEW}>{ti('import.match.new', { name: [partner.name, partner.city, partner.country].filter(Boolean).join(', ') })}</option>
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisationLabel(organisation)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{status}</p>
    </li>
  );
}

function UnsureMark({ proposal, ti }: { proposal: Proposal; ti: Messages }) {
  return (
    <span className="unsure-mark">
      {' '}
      <span className="badge warning">{ti('import.unsure')}</span>
      {proposal.reason && <span className="hint"> {ti(`import.reason.${proposal.reason}`)}</span>}
    </span>
  );
}

/** A key of the main dictionary, when this text is one. */
const known = (key: string): key is MessageKey => key in en;

/** The parts of a row the form names ('amount' of a payment, the Latvian text of a result). */
const PART_LABELS: Record<string, MessageKey> = {
  kind: 'project.payment.kind',
  sharePercent: 'project.payment.share',
  amount: 'project.payment.amount',
  dueCondition: 'project.payment.due',
  note: 'common.notes',
  year: 'project.byYear.year',
  'indicator.kind': 'editing.results.indicator',
  'indicator.target': 'editing.results.target',
};

function partLabel(part: string, t: Translate): string {
  const language = /(?:^|\.)(lv|en)$/.exec(part)?.[1];
  if (language) return language.toUpperCase();
  const key = PART_LABELS[part];
  return key ? t(key) : part;
}

/** "Payments 1 · Amount", "Results 2 · LV": the form's name of the field, and which row. */
export function proposalLabel(path: string, t: Translate): string {
  const parts = path.split('.');
  const at = parts.findIndex((part) => /^\d+$/.test(part));
  if (at < 0) return fieldName(path, t);
  const rest = parts.slice(at + 1).join('.');
  return `${fieldName(parts.slice(0, at).join('.'), t)} ${Number(parts[at]) + 1}${rest ? ` · ${partLabel(rest, t)}` : ''}`;
}

/** A value as the form shows it: a role, a payment's kind or condition in words, not as stored. */
function shownValue({ field, value }: Proposal, t: Translate): string {
  const key =
    field === 'councilRole'
      ? `role.${value}`
      : /^budget\.payments\.\d+\.kind$/.test(field)
        ? `payment.${value}`
        : field.endsWith('.dueCondition')
          ? `due.${value}`
          : field.endsWith('.indicator.kind')
            ? `editing.indicator.${value}`
            : '';
  return known(key) ? t(key) : value;
}

/** Text around a passage shown with it: the rest of its line, up to this many characters each side. */
const CONTEXT = 80;

const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The passage a value came from, marked inside the rest of its line. */
function PassageQuote({ reading, passage }: { reading: PageReading; passage: { start: number; end: number } }) {
  const { text } = reading;
  const lineStart = text.lastIndexOf('\n', passage.start - 1) + 1;
  const lineEnd = text.indexOf('\n', passage.end) < 0 ? text.length : text.indexOf('\n', passage.end);
  const from = Math.max(lineStart, passage.start - CONTEXT);
  const to = Math.min(lineEnd, passage.end + CONTEXT);
  let marked = oneLine(text.slice(passage.start, passage.end)).trim();
  if (marked.length > PASSAGE_SHOWN) marked = `${marked.slice(0, PASSAGE_SHOWN / 2)} … ${marked.slice(-PASSAGE_SHOWN / 2)}`;
  return (
    <q className="passage">
      {from > lineStart && '… '}
      {oneLine(text.slice(from, passage.start)).trimStart()}
      <mark>{marked}</mark>
      {oneLine(text.slice(passage.end, to)).trimEnd()}
      {to < lineEnd && ' …'}
    </q>
  );
}

function organisationLabel(organisation: Organisation): string {
  const name = organisation.nameLv && organisation.nameLv !== organisation.name ? `${organisation.name} (${organisation.nameLv})` : organisation.name;
  return [name, organisation.city, organisation.country].filter(Boolean).join(', ');
}

function programmeLabel(programme: Programme, lang: 'lv' | 'en'): string {
  return [pickText(programme.name, lang), pickText(programme.strand, lang), pickText(programme.measure, lang)].filter(Boolean).join(' · ');
}
