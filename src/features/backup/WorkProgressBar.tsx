// How far a long check or restore has come: a progress bar and its phase in words. The phase is
// announced when it changes; the figures are read from the bar, not announced at every step.
import type { WorkProgress } from '../../domain/backup/steps';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useBackupScreenMessages } from './backupScreenMessages';

export function WorkProgressBar({ progress }: { progress: WorkProgress | null }) {
  const { lang } = useI18n();
  const tb = useBackupScreenMessages();
  if (!progress) return null;
  const phase = tb(`backup.progress.${progress.phase}`);
  const known = progress.total > 0;
  return (
    <div className="work-progress">
      <p aria-live="polite">{phase}</p>
      <progress
        max={known ? progress.total : undefined}
        value={known ? Math.min(progress.done, progress.total) : undefined}
        aria-label={phase}
        aria-valuetext={known ? tb('backup.progress.count', { done: formatNumber(progress.done, lang), total: formatNumber(progress.total, lang) }) : undefined}
      />
      {known && <span className="hint"> {tb('backup.progress.count', { done: formatNumber(progress.done, lang), total: formatNumber(progress.total, lang) })}</span>}
    </div>
  );
}
