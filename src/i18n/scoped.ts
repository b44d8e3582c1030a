// Messages of a screen that loads on demand, kept out of the first download: the same typed
// shape as the main dictionaries (a Latvian text for every English key, Latvian's three plural
// forms), loaded with the screen's own code, and read through the language the app shows.
import { useMemo } from 'react';
import type { Language } from '../domain/schema';
import { useI18n } from './I18nProvider';
import { translator, type Dictionary, type Params } from './translate';
import type { EnglishPlural, LatvianOf } from './plural';

type Group = Record<string, string | EnglishPlural>;
type PluralOf<E> = { [K in keyof E]: E[K] extends string ? never : K }[keyof E];

/** `t` over one group: a plain message takes optional parameters, a plural one its `count`. */
export type ScopedTranslate<E extends Group> = {
  (key: Exclude<keyof E, PluralOf<E>> & string, params?: Params): string;
  (key: PluralOf<E> & string, params: Params & { count: number }): string;
};

export function scopedTranslator<E extends Group>(english: E, latvian: LatvianOf<E>, lang: Language): ScopedTranslate<E> {
  const dictionary = (lang === 'lv' ? latvian : english) as unknown as Dictionary;
  return translator(dictionary, lang) as unknown as ScopedTranslate<E>;
}

/** The group's `t` in the app's current language. */
export function useScopedMessages<E extends Group>(english: E, latvian: LatvianOf<E>): ScopedTranslate<E> {
  const { lang } = useI18n();
  return useMemo(() => scopedTranslator(english, latvian, lang), [english, latvian, lang]);
}
