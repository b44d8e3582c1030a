// The dashboard's figures (on the dashboard and in the printable report). Unknown values are never shown as 0: a figure says how many
// projects (or events) lack the data.
import type { DashboardCards as Cards } from '../../domain/dashboard/figures';
import type { KnownSum } from '../../domain/money';
import { projectStatuses } from '../../domain/status';
import { formatMoney, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/en';

function Card({ label, value, notes }: { label: string; value: string; notes: (string | false)[] }) {
  const shown = notes.filter((n): n is string => n !== false && n !== '');
  return (
    <div className="figure-card">
      <dt>{label}</dt>
      <dd>
        <span className="figure-value">{value}</span>
        {shown.map((note) => (
          <span key={note} className="figure-note">
            {note}
          </span>
        ))}
      </dd>
    </div>
  );
}

export function DashboardCards({ cards }: { cards: Cards }) {
  const { t, lang } = useI18n();
  const missing = (sum: KnownSum) => sum.unknown > 0 && t('dashboard.missing.projects', { count: sum.unknown });
  const moneyCard = (label: MessageKey, sum: KnownSum) => <Card label={t(label)} value={formatMoney(sum.total, lang)} notes={[missing(sum)]} />;
  const { euPerCouncilEuro: ratio } = cards;
  const ratioText =
    ratio.ratio === null ? '—' : new Intl.NumberFormat(lang === 'lv' ? 'lv-LV' : 'en-GB', { maximumFractionDigits: 2 }).format(ratio.ratio);

  return (
    <dl className="figure-cards">
      <Card
        label={t('dashboard.card.projects')}
        value={formatNumber(cards.projects, lang)}
        notes={projectStatuses.filter((s) => cards.byStatus[s] > 0).map((s) => `${t(`status.${s}`)}: ${formatNumber(cards.byStatus[s], lang)}`)}
      />
      {moneyCard('dashboard.card.totalBudget', cards.totalBudget)}
      {moneyCard('dashboard.card.councilBudget', cards.councilBudget)}
      {moneyCard('dashboard.card.eu', cards.euCofinancing)}
      {moneyCard('dashboard.card.council', cards.councilCofinancing)}
      <Card
        label={t('dashboard.card.ratio')}
        value={ratioText}
        notes={[
          ratio.projects > 0 && t('dashboard.card.ratioNote', { count: ratio.projects, eu: formatMoney(ratio.eu, lang), council: formatMoney(ratio.council, lang) }),
          ratio.projects > 0 && ratio.ratio === null && t('dashboard.card.ratioNone'),
        ]}
      />
      {moneyCard('dashboard.card.prefinancing', cards.prefinancing)}
      <Card
        label={t('dashboard.card.outstanding')}
        value={formatMoney(cards.outstanding.total, lang)}
        notes={[
          missing(cards.outstanding),
          cards.reimbursed.known + cards.reimbursed.unknown === 0
            ? t('dashboard.card.noneReceived')
            : t('dashboard.card.received', { amount: formatMoney(cards.reimbursed.total, lang) }),
        ]}
      />
      <Card
        label={t('dashboard.card.events')}
        value={t('dashboard.card.eventsValue', { outgoing: formatNumber(cards.events.outgoing, lang), hosted: formatNumber(cards.events.hosted, lang) })}
        notes={[cards.events.undated > 0 && t('dashboard.card.undated', { count: formatNumber(cards.events.undated, lang) })]}
      />
      <Card
        label={t('dashboard.card.staff')}
        value={formatNumber(cards.staffSent.total, lang)}
        notes={[
          cards.staffSent.unknown > 0 && t('dashboard.missing.events', { count: cards.staffSent.unknown }),
          t('dashboard.card.planned', { count: formatNumber(cards.staffPlanned.total, lang) }),
          cards.staffPlanned.unknown > 0 && t('dashboard.missing.targets', { count: cards.staffPlanned.unknown }),
        ]}
      />
    </dl>
  );
}
