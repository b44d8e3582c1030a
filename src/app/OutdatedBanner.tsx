// Once the database stored in this browser is newer than this tab's build (another page opened a
// later version), the tab can neither save nor read (src/db/database.ts). Said on every screen
// until a reload; what the screens show, an unsaved form among them, stays so it can be copied.
import { useOutdated } from '../queries/storage';
import { useI18n } from '../i18n/I18nProvider';

export function OutdatedBanner() {
  const { t } = useI18n();
  const outdated = useOutdated();
  if (!outdated) return null;
  return (
    <div className="outdated-banner" role="alert">
      <p>{t('outdated.banner')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}
