// The project page's contacts and links.
import type { Project } from '../../../domain/schema';
import { SafeLink } from '../../../components/SafeLink';
import { formatDate, pickText, UNKNOWN } from '../../../i18n/format';
import { CardSection } from '../../../components/CardSection';
import { useI18n } from '../../../i18n/I18nProvider';
import { TitledList } from './parts';

export function ContactsSection({ project }: { project: Project }) {
  const { t, lang } = useI18n();
  return (
    <CardSection id="contacts" title={t('project.section.contacts')}>
      <TitledList title={t('project.contacts')} items={project.contacts} className="contacts">
        {(contact) => (
          <>
            <strong>{contact.name}</strong>
            {pickText(contact.position, lang) && `, ${pickText(contact.position, lang)}`}
            <br />
            {t('project.contact.phone')}: {contact.phone ?? UNKNOWN}; {t('project.contact.email')}:{' '}
            {contact.email ? <SafeLink href={`mailto:${contact.email}`}>{contact.email}</SafeLink> : UNKNOWN}
          </>
        )}
      </TitledList>
      <h3>{t('project.website')}</h3>
      <p>{project.website ? <SafeLink href={project.website}>{project.website}</SafeLink> : UNKNOWN}</p>
      <TitledList title={t('project.links')} items={project.links}>
        {(link) => (
          <>
            <span className="badge">{t(`linkKind.${link.kind}`)}</span> {pickText(link.label, lang)}{' '}
            {link.url ? <SafeLink href={link.url}>{t('common.openLink')}</SafeLink> : <span className="hint">({t('common.noLink')})</span>}
          </>
        )}
      </TitledList>
      <TitledList title={t('project.pressReleases')} items={project.pressReleases} ordered className="press">
        {(release) => (
          <>
            {release.url ? <SafeLink href={release.url}>{pickText(release.title, lang)}</SafeLink> : pickText(release.title, lang)}
            {release.date && <span className="hint"> · {formatDate(release.date, lang)}</span>}
          </>
        )}
      </TitledList>
    </CardSection>
  );
}

