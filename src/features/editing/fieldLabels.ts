// Names of the project's fields as the history and the conflict dialog list them.
import { en, type MessageKey } from '../../i18n/en';
import type { Translate } from '../../i18n/I18nProvider';

/** 'budget.euCofinancing' → "EU co-financing"; a path without a name is shown as it is. */
export function fieldLabel(path: string, t: Translate): string {
  const key = `editing.field.${path}`;
  return key in en ? t(key as MessageKey) : path;
}
