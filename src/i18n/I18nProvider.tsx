// One i18n layer for the whole UI: typed message keys (a missing Latvian string is a type
// error), the chosen language remembered in this browser, formatters bound to the language.
// Hand-written rather than i18next: ~60 lines, no runtime cost, and the compiler checks keys
// (and that a plural message is given its count).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../domain/schema';
import { en } from './en';
import { lv } from './lv';
import { whenIdle } from '../lib/idle';
import { prepareFormats } from './format';
import { translator, type Dictionary, type Translate } from './translate';

export type { Translate } from './translate';

const dictionaries: Record<Language, Dictionary> = { lv, en };
const STORAGE_KEY = 'eu-portfolio.language';

/** First visit: the browser's language (Latvian for lv, otherwise English); then the user's choice. */
export function initialLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (stored === 'lv' || stored === 'en') return stored;
  } catch {
    // localStorage may be unavailable (privacy mode): fall through to the browser language.
  }
  const browser = globalThis.navigator?.language?.toLowerCase() ?? '';
  return browser === 'lv' || browser.startsWith('lv-') ? 'lv' : 'en';
}

type I18nValue = { lang: Language; setLang: (lang: Language) => void; t: Translate };

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, language }: { children: ReactNode; language?: Language }) {
  const [lang, setLangState] = useState<Language>(() => language ?? initialLanguage());

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  }, []);

  // The document's title is each screen's (useDocumentTitle), not set here.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  // While the app starts (the database opening), the locale's formatters are made in an idle
  // moment instead of in the first screen's render.
  useEffect(() => whenIdle(() => prepareFormats(lang)), [lang]);

  const value = useMemo<I18nValue>(
    () => ({ lang, setLang, t: translator(dictionaries[lang], lang) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
