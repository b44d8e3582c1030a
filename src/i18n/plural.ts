// Plural messages: one text per plural category of the language, picked by the `count` the call
// site passes (as react-admin's `smart_count`). English has the categories one and other;
// Latvian has zero, one and other (1, 21, 31, 101 … take "one"; 0, 10–20, 30 … take "zero"),
// and Intl.PluralRules knows which number takes which.
import type { Language } from '../domain/schema';

/** An English plural message: "{count} month" / "{count} months". */
export type EnglishPlural = { one: string; other: string };

/**
 * A Latvian plural message: zero usually takes the genitive plural ("10 mēnešu"), one the
 * singular ("21 mēnesis"), other the plural ("2 mēneši").
 */
export type LatvianPlural = { zero: string; one: string; other: string };

export type PluralForms = EnglishPlural | LatvianPlural;

/** Keys of a dictionary whose messages are plural. */
export type PluralKeys<D> = { [K in keyof D]: D[K] extends string ? never : K }[keyof D];

/** The Latvian side of an English dictionary: the same keys, and Latvian's three forms where English has two. */
export type LatvianOf<D> = { [K in keyof D]: D[K] extends string ? string : LatvianPlural };

const rules = new Map<Language, Intl.PluralRules>();

/** The category Intl.PluralRules gives `count` in the language. */
export function pluralCategory(count: number, lang: Language): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(lang);
    rules.set(lang, rule);
  }
  return rule.select(count);
}

/** The text of the form `count` takes; "other" when the message has no form of that category. */
export function pluralForm(forms: PluralForms, count: number, lang: Language): string {
  const category = pluralCategory(count, lang);
  return (forms as Partial<Record<Intl.LDMLPluralRule, string>>)[category] ?? forms.other;
}
