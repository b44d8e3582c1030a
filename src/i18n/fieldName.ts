// A field of a project named in the UI language, by its dotted path ('budget.euCofinancing'),
// as the history and the conflict screen list them; the path itself for a field with no label.
import { en, type MessageKey } from './en';
import type { Translate } from './I18nProvider';

export function fieldName(path: string, t: Translate): string {
  const key = `editing.field.${path}`;
  return key in en ? t(key as MessageKey) : path;
}
