// Asks before the sample portfolio is removed (from the sample notice or Settings), and removes it.
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/I18nProvider';
import type { useSampleActions } from '../../queries/useSampleActions';

type Props = {
  open: boolean;
  title: string;
  /** How many sample projects go. */
  sampleCount: number;
  remove: ReturnType<typeof useSampleActions>['remove'];
  onClose: () => void;
};

export function RemoveSampleDialog({ open, title, sampleCount, remove, onClose }: Props) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      open={open}
      title={title}
      confirmLabel={t('common.delete')}
      destructive
      busy={remove.isPending}
      onCancel={onClose}
      onConfirm={() => remove.mutate(undefined, { onSettled: onClose })}
    >
      <p>{t('sample.confirmRemove', { count: sampleCount })}</p>
    </ConfirmDialog>
  );
}
