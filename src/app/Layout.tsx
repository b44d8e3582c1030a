// The app shell: header with the product name, navigation and language switch.
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { NavLink, Outlet, useLocation, useNavigationType } from 'react-router-dom';
import { languages } from '../domain/constants';
import { SampleNotice } from '../features/settings/SampleNotice';
import { useI18n } from '../i18n/I18nProvider';
import { BackupReminder } from '../features/backup/BackupReminder';
import { OutdatedBanner } from './OutdatedBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { useSharesHere } from '../queries/storage';

// Loaded only while this browser shares: the sharing code stays out of the first load, and a
// browser that does not share never requests it.
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

/** The navigation's key for the screen at this address: a project's pages belong to Projects. */
function screenKey(pathname: string) {
  const first = pathname.split('/')[1] ?? '';
  const keys = { dashboard: 'nav.dashboard', timeline: 'nav.timeline', events: 'nav.events', partners: 'nav.partners', programmes: 'nav.programmes', import: 'nav.import', backup: 'nav.backup', settings: 'nav.settings' } as const;
  return first in keys ? keys[first as keyof typeof keys] : 'nav.projects';
}

/** The product's mark and name, at the start of the header (index.html paints the mark alone before any code runs). */
function Brand({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="brand">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <span className="brand-name">{t('app.name')}</span>
      {children}
    </div>
  );
}

/** The frame while the app starts or a screen's code loads: the header's bar and a line saying so. */
export function StartFrame() {
  const { t } = useI18n();
  return (
    <>
      <header className="app-header">
        <Brand />
      </header>
      <main id="main" tabIndex={-1}>
        <p className="page loading">{t('common.loading')}</p>
      </main>
    </>
  );
}

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const sharing = useSharesHere();
  const { pathname } = useLocation();
  // On a narrow screen the navigation is behind a menu button. It is open at the address where it
  // was opened, so following one of its links (or back) closes it without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const menuOpen = openAt === pathname;
  const menuId = useId();
  const menuButton = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    if (menuOpen) (nav.current?.querySelector<HTMLElement>('a[aria-current="page"]') ?? nav.current?.querySelector<HTMLElement>('a'))?.focus();
  }, [menuOpen]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setOpenAt(null);
    menuButton.current?.focus();
  };
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Brand>
          {/* On a narrow screen, where the navigation is folded away, the current screen's name. */}
          <span className="current-screen" aria-hidden="true">
            {t(screenKey(pathname))}
          </span>
        </Brand>
        <button ref={menuButton} type="button" className="menu-button" aria-expanded={menuOpen} aria-controls={menuId} onClick={() => setOpenAt(menuOpen ? null : pathname)}>
          <span className="menu-icon" aria-hidden="true" />
          {t('nav.menu')}
        </button>
        <nav id={menuId} ref={nav} aria-label={t('nav.label')} className={menuOpen ? 'open' : undefined}
          onKeyDown={closeOnEscape}
          // A link to the screen already shown changes no address: close the menu all the same.
          onClick={(event) => {
            if (event.target instanceof Element && event.target.closest('a')) setOpenAt(null);
          }}
        >
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
          <NavLink to="/settings">{t('nav.settings')}</NavLink>
        </nav>
        <BackupReminder />
        {sharing && (
          <Suspense fallback={null}>
            <SyncIndicator />
          </Suspense>
        )}
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
