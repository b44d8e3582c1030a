// The budget figures and the programme's payments. Amounts accept either locale's habits
// ("10 080", "3920,00", "10,080.00"); an empty amount stays unknown.
import { emptyRow } from '../../domain/projectForm';
import { paymentDueConditions, paymentKinds } from '../../domain/constants';
import { useI18n } from '../../i18n/I18nProvider';
import { DateField, BilingualField, FieldWarnings, FormSection, MoneyField, SelectField, TextField } from './form';
import { RowList } from './RowList';

export function BudgetSection() {
  const { t } = useI18n();
  return (
    <FormSection id="budget" title={t('project.section.budget')}>
      <div className="grid">
        <MoneyField path="budget.totalBudget" label={t('project.budget.total')} />
        <div>
          <MoneyField path="budget.councilBudget" label={t('project.budget.council')} />
          <FieldWarnings at={['budget.councilBudget']} />
        </div>
        <div>
          <MoneyField path="budget.euCofinancing" label={t('project.budget.eu')} />
          <FieldWarnings at={['budget.euCofinancing']} />
        </div>
        <TextField path="budget.euCofinancingPercent" label={t('editing.budget.euPercent')} inputMode="decimal" hint={t('editing.hint.percent')} />
        <div>
          <MoneyField path="budget.councilCofinancing" label={t('project.budget.councilCofinancing')} />
          <FieldWarnings at={['budget.councilCofinancing']} />
        </div>
        <MoneyField path="budget.otherCofinancing" label={t('project.budget.other')} />
        <TextField path="budget.otherCofinancingSource" label={t('editing.budget.otherSource')} />
        <div>
          <MoneyField path="budget.prefinancingTotal" label={t('project.budget.prefinancingTotal')} />
          <FieldWarnings at={['budget.prefinancingTotal']} />
        </div>
        <TextField path="budget.prefinancingPercent" label={t('editing.budget.prefinancingPercent')} inputMode="decimal" hint={t('editing.hint.percent')} />
      </div>
      <BilingualField path="budget.note" label={t('project.budget.note')} multiline />
      <h3>{t('project.payments')}</h3>
      <FieldWarnings at={['budget.payments']} exact />
      <RowList path="budget.payments" messages="editing.payments" emptyText={t('project.noPayments')} newRow={emptyRow.payment}>
        {(index, rowPath) => (
          <>
            <div className="grid">
              <SelectField path={`${rowPath}.kind`} label={t('project.payment.kind')} options={paymentKinds.map((kind) => ({ value: kind, label: t(`payment.${kind}`) }))} />
              <TextField path={`${rowPath}.sharePercent`} label={t('editing.payments.share')} inputMode="decimal" />
              <MoneyField path={`${rowPath}.amount`} label={t('project.payment.amount')} />
              <SelectField
                path={`${rowPath}.dueCondition`}
                label={t('editing.payments.dueCondition')}
                empty={t('editing.notStated')}
                options={paymentDueConditions.map((due) => ({ value: due, label: t(`due.${due}`) }))}
              />
              <DateField path={`${rowPath}.expectedDate`} label={t('editing.payments.expectedDate')} />
              <DateField path={`${rowPath}.receivedDate`} label={t('editing.payments.receivedDate')} />
              <MoneyField path={`${rowPath}.receivedAmount`} label={t('editing.payments.receivedAmount')} />
            </div>
            <TextField path={`${rowPath}.note`} label={t('common.notes')} multiline rows={2} />
            <FieldWarnings at={[`budget.payments.${index}`]} />
          </>
        )}
      </RowList>
    </FormSection>
  );
}
