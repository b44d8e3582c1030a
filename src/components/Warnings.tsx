// Consistency warnings, shown beside the figures they concern.
import type { Language } from '../domain/schema';
import type { Warning } from '../domain/consistency';
import { en, type MessageKey } from '../i18n/en';
import { formatMoney } from '../i18n/format';
import { useI18n, type Translate } from '../i18n/I18nProvider';

/** Warning codes whose expected/actual parameters are money (cents). */
const moneyCodes = new Set(['budget-split', 'cofinancing-by-year', 'prefinancing-by-year', 'payments-sum', 'payment-share']);

export function warningText(warning: Warning, t: Translate, lang: Language): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(warning.params)) {
    params[key] = moneyCodes.has(warning.code) && typeof value === 'number' && (key === 'expected' || key === 'actual') ? formatMoney(value, lang) : value;
  }
  if (warning.code === 'budget-split') params.other = warning.params.other !== undefined && warning.params.other !== null && warning.params.other !== 0 ? t('warning.budget-split.other') : '';
  const key = `warning.${warning.code}` as MessageKey;
  if (typeof params.index === 'number') params.index = params.index + 1;
  return key in en ? t(key, params) : t('warning.unknown', { code: warning.code });
}

export function WarningList({ warnings }: { warnings: Warning[] }) {
  const { t, lang } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings">
      {warnings.map((warning, index) => (
        <li key={`${warning.code}-${warning.field}-${index}`} className="warning">
          <span aria-hidden="true">⚠ </span>
          {warningText(warning, t, lang)}
        </li>
      ))}
    </ul>
  );
}
