// Every screen names itself in the browser tab and in what a screen reader announces on arrival
// (WCAG 2.4.2): the screen first, then the app, in the UI's language.
import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

/** "Dashboard · EU Projects Portfolio"; `null` (a screen still loading): the app's name alone. */
export function useDocumentTitle(screen: string | null): void {
  const { t } = useI18n();
  const appName = t('app.name');
  const title = screen ? `${screen} · ${appName}` : appName;
  // Only the screen sets the title: were the provider to set it too, its effect (a parent's runs
  // after its children's) would overwrite the screen's title on every language switch.
  useEffect(() => {
    document.title = title;
  }, [title]);
}
