// The app shell: header with the product name, navigation and language switch.
import { lazy, Suspense, useLayoutEffect } from 'react';
import { NavLink, Outlet, useLocation, useNavigationType } from 'react-router-dom';
import { languages } from '../domain/constants';
import { SampleNotice } from '../features/settings/SampleNotice';
import { useI18n } from '../i18n/I18nProvider';
import { BackupReminder } from '../features/backup/BackupReminder';
import { OutdatedBanner } from './OutdatedBanner';
import { UpdatePrompt } from './UpdatePrompt';

// Loaded after the first paint: it draws nothing for a browser that does not share, and the
// sharing code is kept out of the first load.
const SyncIndicator = lazy(() => import('../features/settings/SyncIndicator').then((module) => ({ default: module.SyncIndicator })));

/**
 * A new screen opens at its top (a link or a form's save), not where the last one was scrolled
 * to; back and forward leave the scroll to the browser. (React Router's ScrollRestoration does
 * more, at a cost the first-load budget does not allow.)
 */
function ScrollToTop() {
  const { pathname } = useLocation();
  const navigation = useNavigationType();
  useLayoutEffect(() => {
    if (navigation !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigation]);
  return null;
}

export function Layout() {
  const { t, lang, setLang } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <NavLink to="/projects">{t('nav.projects')}</NavLink>
          {/* nav: dashboard */}
          <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
          {/* nav: timeline */}
          <NavLink to="/timeline">{t('nav.timeline')}</NavLink>
          <NavLink to="/events">{t('nav.events')}</NavLink>
          <NavLink to="/partners">{t('nav.partners')}</NavLink>
          {/* nav: editing */}
          <NavLink to="/programmes">{t('nav.programmes')}</NavLink>
          <NavLink to="/import">{t('nav.import')}</NavLink>
          {/* nav: backup */}
          <NavLink to="/backup">{t('nav.backup')}</NavLink>
          <BackupReminder />
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <Suspense fallback={null}>
          <SyncIndicator />
        </Suspense>
        <div className="lang-switch" role="group" aria-label={t('lang.label')}>
          {languages.map((code) => (
            <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>
              {code.toUpperCase()}
              <span className="visually-hidden"> {t(`lang.${code}`)}</span>
            </button>
          ))}
        </div>
      </header>
      <OutdatedBanner />
      <UpdatePrompt />
      <SampleNotice />
      <ScrollToTop />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="page loading">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
