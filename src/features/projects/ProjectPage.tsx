// A project's page: every fact of the record, in sections, with consistency warnings beside
// the figures they concern. Unknown values show as a dash, never as 0.
import { useMutation, useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { consistencyWarnings, type Warning } from '../../domain/consistency';
import type { Budget, LocalizedText, MobilityEvent, Organisation, Programme, Project } from '../../domain/schema';
import { projectStatus } from '../../domain/status';
import { deleteProject, restoreProject } from '../../db/portfolioRepository';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { organisationCity, organisationLabel } from '../../components/labels';
import { useNotify } from '../../components/Notifications';
import { SafeLink } from '../../components/SafeLink';
import { storageErrorMessage } from '../../components/storageMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { WarningList } from '../../components/Warnings';
import { ProjectTimeline } from '../../components/timeline/ProjectTimeline';
import {
  countryName,
  formatDate,
  formatDateTime,
  formatEventDate,
  formatMoney,
  formatNumber,
  formatPeriod,
  pickText,
  UNKNOWN,
} from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { todayIso } from '../../lib/today';
import { projectDetailQuery, settingsQuery, useDirectories } from '../../queries/portfolio';
import { TableScroll } from '../../components/TableScroll';
import { ProjectHistory } from './ProjectHistory';

export default function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t, lang } = useI18n();
  const project = useQuery(projectDetailQuery(projectId));
  const settings = useQuery(settingsQuery());
  const directories = useDirectories();
  useDocumentTitle(
    project.error
      ? t('error.title')
      : project.isPending
        ? null
        : project.data
          ? project.data.acronym || pickText(project.data.title, lang)
          : t('project.notFoundTitle'),
  );

  if (project.error) {
    // A damaged stored record (or a failed read): said here; every other screen keeps working.
    return (
      <section className="page">
        <h1>{t('error.title')}</h1>
        <p role="alert">{storageErrorMessage(project.error, t)}</p>
        <p>
          <Link to="/projects">{t('project.backToList')}</Link>
        </p>
      </section>
    );
  }
  if (project.isPending || directories.isPending) return <p className="page loading">{t('common.loading')}</p>;
  if (!project.data) {
    return (
      <section className="page">
        <h1>{t('project.notFound')}</h1>
        <Link to="/projects">{t('project.backToList')}</Link>
      </section>
    );
  }
  return (
    <ProjectView
      project={project.data}
      homeOrganisationId={settings.data?.homeOrganisationId ?? null}
      organisationsById={directories.organisationsById}
      programmesById={directories.programmesById}
    />
  );
}

type ViewProps = {
  project: Project;
  homeOrganisationId: string | null;
  organisationsById: Map<string, Organisation>;
  programmesById: Map<string, Programme>;
};

/** Warnings whose field is `prefix` or lies under it. */
function warningsAt(warnings: Warning[], ...prefixes: string[]): Warning[] {
  return warnings.filter((w) => prefixes.some((prefix) => w.field === prefix || w.field.startsWith(`${prefix}.`)));
}

export function ProjectView({ project, homeOrganisationId, organisationsById, programmesById }: ViewProps) {
  const { t, lang } = useI18n();
  const today = todayIso();
  const status = projectStatus(project.period, today);
  const warnings = useMemo(() => consistencyWarnings(project, { homeOrganisationId, today }), [project, homeOrganisationId, today]);
  const programme = project.programmeId ? programmesById.get(project.programmeId) : undefined;
  const lead = project.partners.find((p) => p.role === 'lead');
  const leadOrganisation = lead ? organisationsById.get(lead.organisationId) : undefined;
  const name = project.acronym || pickText(project.title, lang);

  return (
    <article className="page project-page" aria-labelledby="project-heading">
      <p className="breadcrumb">
        <Link to="/projects">← {t('project.backToList')}</Link>
      </p>
      <header className="project-header">
        <div>
          <h1 id="project-heading">
            {project.acronym && <span className="acronym">{project.acronym}</span>} {pickText(project.title, lang)}
          </h1>
          <p className="subtitle" lang={lang === 'lv' ? 'en' : 'lv'}>
            {pickText(project.title, lang === 'lv' ? 'en' : 'lv')}
          </p>
          <p className="badges">
            <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>
            <span className="badge">{t(`role.${project.councilRole}`)}</span>
            {project.origin === 'sample' && <span className="badge sample">{t('project.origin.sample')}</span>}
          </p>
        </div>
        <div className="actions">
          <Link className="button-link" to={`/projects/${encodeURIComponent(project.id)}/edit`}>
            {t('editing.edit')}
          </Link>
          <Link className="button-link" to={`/projects/new?from=${encodeURIComponent(project.id)}`} title={t('editing.duplicateTitle')}>
            {t('editing.duplicate')}
          </Link>
          <DeleteProjectButton project={project} name={name} />
        </div>
      </header>

      {warnings.length > 0 && (
        <section className="card warnings-card" aria-labelledby="warnings-h">
          <h2 id="warnings-h">{t('project.warnings')}</h2>
          <WarningList warnings={warnings} />
        </section>
      )}

      <Section id="overview" title={t('project.section.overview')}>
        <dl className="facts">
          <Fact label={t('project.acronym')}>{project.acronym || UNKNOWN}</Fact>
          <Fact label={t('project.titleLv')}>
            <span lang="lv">{project.title.lv || UNKNOWN}</span>
          </Fact>
          <Fact label={t('project.titleEn')}>
            <span lang="en">{project.title.en || UNKNOWN}</span>
          </Fact>
          <Fact label={t('project.role')}>{t(`role.${project.councilRole}`)}</Fact>
          <Fact label={t('project.leadPartner')}>
            {leadOrganisation ? `${organisationLabel(leadOrganisation, lang)}, ${countryName(leadOrganisation.country, lang)}` : UNKNOWN}
          </Fact>
          <Fact label={t('project.programme')}>{programme ? pickText(programme.name, lang) : UNKNOWN}</Fact>
          <Fact label={t('project.strand')}>{programme && pickText(programme.strand, lang) ? pickText(programme.strand, lang) : UNKNOWN}</Fact>
          <Fact label={t('project.measure')}>{programme && pickText(programme.measure, lang) ? pickText(programme.measure, lang) : UNKNOWN}</Fact>
          <Fact label={t('project.funders')}>{programme && programme.funders.length > 0 ? programme.funders.map((f) => pickText(f, lang)).join(', ') : UNKNOWN}</Fact>
          <Fact label={t('project.period')}>
            {formatPeriod(project.period.start, project.period.end, lang)}
            {project.period.lengthMonths !== null && ` (${t('project.lengthMonths', { count: project.period.lengthMonths })})`}
            <WarningList warnings={warningsAt(warnings, 'period')} />
          </Fact>
          <Fact label={t('project.status')}>{t(`status.${status}`)}</Fact>
          <Fact label={t('project.decision')}>
            {project.councilDecision
              ? t('project.decisionValue', { number: project.councilDecision.number ?? UNKNOWN, date: formatDate(project.councilDecision.date, lang) })
              : UNKNOWN}
          </Fact>
          {project.councilDecision?.signedBy && <Fact label={t('project.signedBy')}>{project.councilDecision.signedBy}</Fact>}
          <Fact label={t('project.infoUpdated')}>{formatDateTime(project.infoUpdatedAt, lang)}</Fact>
        </dl>
        <Bilingual label={t('project.summary')} text={project.summary} />
        <p className="meta">
          {t('project.created', {
            created: formatDateTime(project.createdAt.slice(0, 16), lang),
            updated: formatDateTime(project.updatedAt.slice(0, 16), lang),
            revision: project.revision,
          })}
        </p>
      </Section>

      <PartnersSection project={project} organisationsById={organisationsById} homeOrganisationId={homeOrganisationId} warnings={warningsAt(warnings, 'partners')} />
      <BudgetSection budget={project.budget} warnings={warnings} />
      <ByYearSection budget={project.budget} warnings={warnings} />
      <ProjectTimeline project={project} />
      <EventsSection events={project.events} warnings={warnings} />

      <Section id="content" title={t('project.section.content')}>
        <TextList title={t('project.objectives')} items={project.objectives} />
        <TextList title={t('project.activities')} items={project.activities} />
        <h3>{t('project.results')}</h3>
        {project.results.length === 0 ? (
          <p>{UNKNOWN}</p>
        ) : (
          <ul className="results">
            {project.results.map((result, index) => (
              <li key={index}>
                {pickText(result.text, lang)}
                {result.indicator && (
                  <span className="indicator">
                    {' '}
                    ({t('project.indicator', { target: formatNumber(result.indicator.target, lang), achieved: formatNumber(result.indicator.achieved, lang) })})
                  </span>
                )}
                <WarningList warnings={warningsAt(warnings, `results.${index}`)} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <ContactsSection project={project} />

      <Section id="notes" title={t('project.section.notes')}>
        {pickText(project.notes, lang) ? <Bilingual label={t('common.notes')} text={project.notes} /> : <p>{UNKNOWN}</p>}
      </Section>
      <ProjectHistory project={project} />
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={`${id}-h`} id={id}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** A text in the UI language, falling back to the other one (marked with its language). */
function Bilingual({ label, text }: { label: string; text: LocalizedText }) {
  const { lang } = useI18n();
  const shown = pickText(text, lang);
  if (!shown) return null;
  const shownLang = text[lang].trim() ? lang : lang === 'lv' ? 'en' : 'lv';
  return (
    <div className="bilingual">
      <h3>{label}</h3>
      {shown.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} lang={shownLang} className="prose">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

function TextList({ title, items }: { title: string; items: LocalizedText[] }) {
  const { lang } = useI18n();
  return (
    <>
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p>{UNKNOWN}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={index} className="prose">
              {pickText(item, lang)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function PartnersSection({
  project,
  organisationsById,
  homeOrganisationId,
  warnings,
}: {
  project: Project;
  organisationsById: Map<string, Organisation>;
  homeOrganisationId: string | null;
  warnings: Warning[];
}) {
  const { t, lang } = useI18n();
  const partners = project.partners.filter((p) => p.role === 'partner').length;
  const associated = project.partners.filter((p) => p.role === 'associated').length;
  return (
    <Section id="partners" title={t('project.section.partners')}>
      <p>{t('project.partners.count', { partners: t('count.partners', { count: partners }), associated: t('count.associated', { count: associated }) })}</p>
      <WarningList warnings={warnings} />
      <TableScroll label={t('project.section.partners')}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('project.partners.name')}</th>
              <th scope="col">{t('project.partners.asWritten')}</th>
              <th scope="col">{t('project.partners.city')}</th>
              <th scope="col">{t('project.partners.country')}</th>
              <th scope="col">{t('project.partners.role')}</th>
            </tr>
          </thead>
          <tbody>
            {project.partners.map((partner, index) => {
              const organisation = organisationsById.get(partner.organisationId);
              return (
                <tr key={`${partner.organisationId}-${index}`}>
                  <td>
                    {organisationLabel(organisation, lang) || partner.organisationId}
                    {partner.organisationId === homeOrganisationId && <span className="badge home">{t('project.partners.home')}</span>}
                  </td>
                  <td lang="lv">{partner.nameAsWritten ?? UNKNOWN}</td>
                  <td>{organisationCity(organisation, lang) || UNKNOWN}</td>
                  <td>{countryName(organisation?.country, lang)}</td>
                  <td>{t(`partnerRole.${partner.role}`)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
}

function BudgetSection({ budget, warnings }: { budget: Budget; warnings: Warning[] }) {
  const { t, lang } = useI18n();
  const money = (value: number | null) => formatMoney(value, lang);
  return (
    <Section id="budget" title={t('project.section.budget')}>
      <dl className="facts money-facts">
        <Fact label={t('project.budget.total')}>
          <span className="money">{money(budget.totalBudget)}</span>
        </Fact>
        <Fact label={t('project.budget.council')}>
          <span className="money">{money(budget.councilBudget)}</span>
          <WarningList warnings={warningsAt(warnings, 'budget.councilBudget')} />
        </Fact>
        <Fact label={t('project.budget.eu')}>
          <span className="money">{money(budget.euCofinancing)}</span>
          {budget.euCofinancingPercent !== null && <span className="hint"> ({t('project.budget.euPercent', { percent: formatNumber(budget.euCofinancingPercent, lang) })})</span>}
          <WarningList warnings={warningsAt(warnings, 'budget.euCofinancing')} />
        </Fact>
        <Fact label={t('project.budget.councilCofinancing')}>
          <span className="money">{money(budget.councilCofinancing)}</span>
          <WarningList warnings={warningsAt(warnings, 'budget.councilCofinancing')} />
        </Fact>
        <Fact label={t('project.budget.other')}>
          <span className="money">{money(budget.otherCofinancing)}</span>
          {budget.otherCofinancingSource && <span className="hint"> ({budget.otherCofinancingSource})</span>}
        </Fact>
        <Fact label={t('project.budget.prefinancingTotal')}>
          <span className="money">{money(budget.prefinancingTotal)}</span>
          {budget.prefinancingPercent !== null && <span className="hint"> ({formatNumber(budget.prefinancingPercent, lang)}%)</span>}
          <WarningList warnings={warningsAt(warnings, 'budget.prefinancingTotal')} />
        </Fact>
      </dl>
      {pickText(budget.note, lang) && <Bilingual label={t('project.budget.note')} text={budget.note} />}
      <h3>{t('project.payments')}</h3>
      <WarningList warnings={warningsAt(warnings, 'budget.payments')} />
      {budget.payments.length === 0 ? (
        <p>{t('project.noPayments')}</p>
      ) : (
        <TableScroll label={t('project.payments')}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('project.payment.kind')}</th>
                <th scope="col" className="num">
                  {t('project.payment.share')}
                </th>
                <th scope="col" className="num">
                  {t('project.payment.amount')}
                </th>
                <th scope="col">{t('project.payment.due')}</th>
                <th scope="col">{t('project.payment.received')}</th>
              </tr>
            </thead>
            <tbody>
              {budget.payments.map((payment, index) => (
                <tr key={index}>
                  <td>
                    {t(`payment.${payment.kind}`)}
                    {payment.note && <div className="hint">{payment.note}</div>}
                  </td>
                  <td className="num">{payment.sharePercent === null ? UNKNOWN : `${formatNumber(payment.sharePercent, lang)}%`}</td>
                  <td className="num">{money(payment.amount)}</td>
                  <td>
                    {payment.expectedDate ? formatDate(payment.expectedDate, lang) : payment.dueCondition ? t(`due.${payment.dueCondition}`) : UNKNOWN}
                  </td>
                  <td>
                    {payment.receivedDate || payment.receivedAmount !== null
                      ? `${formatDate(payment.receivedDate, lang)} · ${money(payment.receivedAmount)}`
                      : UNKNOWN}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Section>
  );
}

function ByYearSection({ budget, warnings }: { budget: Budget; warnings: Warning[] }) {
  const { t, lang } = useI18n();
  const years = [...new Set([...budget.prefinancingByYear, ...budget.cofinancingByYear].map((row) => row.year))].sort((a, b) => a - b);
  const cell = (rows: Budget['prefinancingByYear'], year: number) => {
    const found = rows.filter((row) => row.year === year);
    if (found.length === 0) return UNKNOWN;
    return found.map((row) => formatMoney(row.amount, lang)).join(' + ');
  };
  const total = (rows: Budget['prefinancingByYear']) => {
    if (rows.length === 0) return UNKNOWN;
    const known = rows.filter((row) => row.amount !== null);
    if (known.length === 0) return UNKNOWN;
    return formatMoney(known.reduce((sum, row) => sum + (row.amount ?? 0), 0), lang);
  };
  return (
    <Section id="by-year" title={t('project.section.byYear')}>
      <WarningList warnings={warningsAt(warnings, 'budget.prefinancingByYear', 'budget.cofinancingByYear')} />
      {years.length === 0 ? (
        <p>{t('project.byYear.none')}</p>
      ) : (
        <TableScroll label={t('project.section.byYear')}>
          <table className="data-table by-year">
            <thead>
              <tr>
                <th scope="col">{t('project.byYear.year')}</th>
                <th scope="col" className="num">
                  {t('project.byYear.prefinancing')}
                </th>
                <th scope="col" className="num">
                  {t('project.byYear.cofinancing')}
                </th>
              </tr>
            </thead>
            <tbody>
              {years.map((year) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  <td className="num">{cell(budget.prefinancingByYear, year)}</td>
                  <td className="num">{cell(budget.cofinancingByYear, year)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('project.byYear.total')}</th>
                <td className="num">{total(budget.prefinancingByYear)}</td>
                <td className="num">{total(budget.cofinancingByYear)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
    </Section>
  );
}

function EventsSection({ events, warnings }: { events: MobilityEvent[]; warnings: Warning[] }) {
  const { t, lang } = useI18n();
  const hosted = events.filter((e) => e.direction === 'hosted').length;
  const sent = events.reduce((sum, e) => sum + (e.representatives ?? 0), 0);
  const unknownCount = events.filter((e) => e.representatives === null).length;
  return (
    <Section id="events" title={t('project.section.events')}>
      <WarningList warnings={warnings.filter((w) => w.field === 'events')} />
      {events.length === 0 ? (
        <p>{t('project.events.none')}</p>
      ) : (
        <>
          <TableScroll label={t('project.section.events')}>
            <table className="data-table events">
              <thead>
                <tr>
                  <th scope="col">{t('project.events.order')}</th>
                  <th scope="col">{t('project.events.event')}</th>
                  <th scope="col">{t('project.events.place')}</th>
                  <th scope="col">{t('project.events.date')}</th>
                  <th scope="col">{t('project.events.direction')}</th>
                  <th scope="col" className="num">
                    {t('project.events.representatives')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {events.map((event, index) => (
                  <tr key={event.id} id={`event-${event.id}`}>
                    <td>{event.order ?? UNKNOWN}</td>
                    <td>
                      <div>{t(`eventKind.${event.kind}`)}</div>
                      {pickText(event.title, lang) && <div className="event-title">{pickText(event.title, lang)}</div>}
                      {pickText(event.notes, lang) && <div className="hint prose">{pickText(event.notes, lang)}</div>}
                      <WarningList warnings={warningsAt(warnings, `events.${index}`)} />
                    </td>
                    <td>
                      {[(lang === 'lv' && event.hostCityLv) || event.hostCity, event.hostCountry ? countryName(event.hostCountry, lang) : null].filter(Boolean).join(', ') || UNKNOWN}
                      {event.placeAsWritten && <div className="hint">{t('project.events.asWritten', { text: event.placeAsWritten })}</div>}
                    </td>
                    <td className="nowrap">{formatEventDate(event.date, lang, UNKNOWN)}</td>
                    <td>
                      <span className={`badge direction-${event.direction}`}>
                        <span aria-hidden="true">{event.direction === 'hosted' ? '⌂ ' : '↗ '}</span>
                        {t(`direction.${event.direction}`)}
                      </span>
                    </td>
                    <td className="num">{formatNumber(event.representatives, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p className="totals">
            {t('project.events.total', { events: t('count.events', { count: events.length }), hosted, outgoing: events.length - hosted, sent: t('count.representativesSent', { count: sent }) })}
            {unknownCount > 0 && t('project.events.totalUnknown', { count: unknownCount })}
          </p>
        </>
      )}
    </Section>
  );
}

function ContactsSection({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  return (
    <Section id="contacts" title={t('project.section.contacts')}>
      <h3>{t('project.contacts')}</h3>
      {project.contacts.length === 0 ? (
        <p>{UNKNOWN}</p>
      ) : (
        <ul className="contacts">
          {project.contacts.map((contact, index) => (
            <li key={index}>
              <strong>{contact.name}</strong>
              {pickText(contact.position, lang) && `, ${pickText(contact.position, lang)}`}
              <br />
              {t('project.contact.phone')}: {contact.phone ?? UNKNOWN}; {t('project.contact.email')}:{' '}
              {contact.email ? <SafeLink href={`mailto:${contact.email}`}>{contact.email}</SafeLink> : UNKNOWN}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('project.website')}</h3>
      <p>{project.website ? <SafeLink href={project.website}>{project.website}</SafeLink> : UNKNOWN}</p>
      <h3>{t('project.links')}</h3>
      {project.links.length === 0 ? (
        <p>{UNKNOWN}</p>
      ) : (
        <ul>
          {project.links.map((link, index) => (
            <li key={index}>
              <span className="badge">{t(`linkKind.${link.kind}`)}</span> {pickText(link.label, lang)}{' '}
              {link.url ? <SafeLink href={link.url}>{t('common.openLink')}</SafeLink> : <span className="hint">({t('common.noLink')})</span>}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('project.pressReleases')}</h3>
      {project.pressReleases.length === 0 ? (
        <p>{UNKNOWN}</p>
      ) : (
        <ol className="press">
          {project.pressReleases.map((release, index) => (
            <li key={index}>
              {release.url ? <SafeLink href={release.url}>{pickText(release.title, lang)}</SafeLink> : pickText(release.title, lang)}
              {release.date && <span className="hint"> · {formatDate(release.date, lang)}</span>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

function DeleteProjectButton({ project, name }: { project: Project; name: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteProject(project.id),
    onSuccess: async (deleted) => {
      setConfirming(false);
      await navigate('/projects');
      notify({
        tone: 'success',
        text: t('project.deleted', { name }),
        action: {
          label: t('common.undo'),
          run: () => {
            restoreProject(deleted).catch((error: unknown) => notify({ tone: 'error', text: storageErrorMessage(error, t) }));
          },
        },
      });
    },
    onError: (error) => {
      setConfirming(false);
      notify({ tone: 'error', text: storageErrorMessage(error, t) });
    },
  });
  return (
    <>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('project.delete')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('project.deleteConfirm.title', { name })}
        confirmLabel={t('common.delete')}
        destructive
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate()}
      >
        <p>{t('project.deleteConfirm.body')}</p>
      </ConfirmDialog>
    </>
  );
}
