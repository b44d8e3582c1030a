// The `t` function of a language: a message by key, its placeholders filled, and for a plural
// message the form its `count` takes. Pure, so tests and non-React code can build one.
import type { Language } from '../domain/schema';
import type { MessageKey, PluralKey } from './en';
import { formatNumber, interpolate } from './format';
import { pluralForm, type PluralForms } from './plural';

export type Params = Record<string, string | number>;

/**
 * A plain message takes optional parameters; a plural message requires a numeric `count` (the
 * type checker refuses a call without one). A plural message's numbers are formatted for the language.
 */
export type Translate = {
  (key: MessageKey, params?: Params): string;
  (key: PluralKey, params: Params & { count: number }): string;
};

/** Any language's dictionary: every key, plain text or the language's plural forms. */
export type Dictionary = Record<MessageKey, string> & Record<PluralKey, PluralForms>;

/** In a plural message every number is a count ("{shown} of {count} projects"): shown as the language writes it. */
function countsFormatted(params: Params, lang: Language): Params {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, lang) : value]));
}

export function translator(dictionary: Dictionary, lang: Language): Translate {
  return (key: MessageKey | PluralKey, params?: Params) => {
    const message: string | PluralForms = dictionary[key];
    if (typeof message === 'string') return interpolate(message, params);
    const count = Number(params?.count);
    return interpolate(pluralForm(message, count, lang), params && countsFormatted(params, lang));
  };
}
