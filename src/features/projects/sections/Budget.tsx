// The project page's money: the budget, pre-financing and payments, and the per-year tables.
import type { Warning } from '../../../domain/consistency';
import type { Budget } from '../../../domain/schema';
import { WarningList } from '../../../components/Warnings';
import { formatDate, formatMoney, formatNumber, pickText, UNKNOWN } from '../../../i18n/format';
import { useI18n } from '../../../i18n/I18nProvider';
import { TableScroll } from '../../../components/TableScroll';
import { DataTable } from '../../../components/DataTable';
import { CardSection } from '../../../components/CardSection';
import { Bilingual, Fact, warningsAt } from './parts';

/** A budget figure, with a note in brackets beside it (when there is one) and the warnings about it. */
function MoneyFact({ label, amount, note, warnings = [] }: { label: string; amount: number | null; note?: string | false | null; warnings?: Warning[] }) {
  const { lang } = useI18n();
  return (
    <Fact label={label}>
      <span className="money">{formatMoney(amount, lang)}</span>
      {note && <span className="hint"> ({note})</span>}
      <WarningList warnings={warnings} />
    </Fact>
  );
}

export function BudgetSection({ budget, warnings }: { budget: Budget; warnings: Warning[] }) {
  const { t, lang } = useI18n();
  const money = (value: number | null) => formatMoney(value, lang);
  return (
    <CardSection id="budget" title={t('project.section.budget')}>
      <dl className="facts money-facts">
        <MoneyFact label={t('project.budget.total')} amount={budget.totalBudget} />
        <MoneyFact label={t('project.budget.council')} amount={budget.councilBudget} warnings={warningsAt(warnings, 'budget.councilBudget')} />
        <MoneyFact
          label={t('project.budget.eu')}
          amount={budget.euCofinancing}
          note={budget.euCofinancingPercent !== null && t('project.budget.euPercent', { percent: formatNumber(budget.euCofinancingPercent, lang) })}
          warnings={warningsAt(warnings, 'budget.euCofinancing')}
        />
        <MoneyFact label={t('project.budget.councilCofinancing')} amount={budget.councilCofinancing} warnings={warningsAt(warnings, 'budget.councilCofinancing')} />
        <MoneyFact label={t('project.budget.other')} amount={budget.otherCofinancing} note={budget.otherCofinancingSource} />
        <MoneyFact
          label={t('project.budget.prefinancingTotal')}
          amount={budget.prefinancingTotal}
          note={budget.prefinancingPercent !== null && `${formatNumber(budget.prefinancingPercent, lang)}%`}
          warnings={warningsAt(warnings, 'budget.prefinancingTotal')}
        />
      </dl>
      {pickText(budget.note, lang) && <Bilingual label={t('project.budget.note')} text={budget.note} />}
      <h3>{t('project.payments')}</h3>
      <WarningList warnings={warningsAt(warnings, 'budget.payments')} />
      {budget.payments.length === 0 ? (
        <p>{t('project.noPayments')}</p>
      ) : (
        <TableScroll label={t('project.payments')}>
          <DataTable columns={[t('project.payment.kind'), { label: t('project.payment.share'), numeric: true }, { label: t('project.payment.amount'), numeric: true }, t('project.payment.due'), t('project.payment.received')]}>
            {budget.payments.map((payment, index) => (
              <tr key={index}>
                <td>
                  {t(`payment.${payment.kind}`)}
                  {payment.note && <div className="hint">{payment.note}</div>}
                </td>
                <td className="num">{payment.sharePercent === null ? UNKNOWN : `${formatNumber(payment.sharePercent, lang)}%`}</td>
                <td className="num">{money(payment.amount)}</td>
                <td>
                  {payment.expectedDate ? formatDate(payment.expectedDate, lang) : payment.dueCondition ? t(`due.${payment.dueCondition}`) : UNKNOWN}
                </td>
                <td>
                  {payment.receivedDate || payment.receivedAmount !== null
                    ? `${formatDate(payment.receivedDate, lang)} · ${money(payment.receivedAmount)}`
                    : UNKNOWN}
                </td>
              </tr>
            ))}
          </DataTable>
        </TableScroll>
      )}
    </CardSection>
  );
}

export function ByYearSection({ budget, warnings }: { budget: Budget; warnings: Warning[] }) {
  const { t, lang } = useI18n();
  const years = [...new Set([...budget.prefinancingByYear, ...budget.cofinancingByYear].map((row) => row.year))].sort((a, b) => a - b);
  const cell = (rows: Budget['prefinancingByYear'], year: number) => {
    const found = rows.filter((row) => row.year === year);
    if (found.length === 0) return UNKNOWN;
    return found.map((row) => formatMoney(row.amount, lang)).join(' + ');
  };
  const total = (rows: Budget['prefinancingByYear']) => {
    if (rows.length === 0) return UNKNOWN;
    const known = rows.filter((row) => row.amount !== null);
    if (known.length === 0) return UNKNOWN;
    return formatMoney(known.reduce((sum, row) => sum + (row.amount ?? 0), 0), lang);
  };
  return (
    <CardSection id="by-year" title={t('project.section.byYear')}>
      <WarningList warnings={warningsAt(warnings, 'budget.prefinancingByYear', 'budget.cofinancingByYear')} />
      {years.length === 0 ? (
        <p>{t('project.byYear.none')}</p>
      ) : (
        <TableScroll label={t('project.section.byYear')}>
          <DataTable
            columns={[t('project.byYear.year'), { label: t('project.byYear.prefinancing'), numeric: true }, { label: t('project.byYear.cofinancing'), numeric: true }]}
            className="by-year"
            footer={
              <tfoot>
                <tr>
                  <th scope="row">{t('project.byYear.total')}</th>
                  <td className="num">{total(budget.prefinancingByYear)}</td>
                  <td className="num">{total(budget.cofinancingByYear)}</td>
                </tr>
              </tfoot>
            }
          >
            {years.map((year) => (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td className="num">{cell(budget.prefinancingByYear, year)}</td>
                <td className="num">{cell(budget.cofinancingByYear, year)}</td>
              </tr>
            ))}
          </DataTable>
        </TableScroll>
      )}
    </CardSection>
  );
}

