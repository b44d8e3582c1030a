// The project page's contacts and links.
import type { Project } from '../../../domain/schema';
import { SafeLink } from '../../../components/SafeLink';
import { formatDate, pickText, UNKNOWN } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { Section } from './parts';

export function ContactsSection({ project }: { project: Project }) {
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

