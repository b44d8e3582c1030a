// Tells a new user that what they see is sample data, with one action to remove it.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { sampleProjectsCountQuery, settingsQuery } from '../../queries/portfolio';
import { useSampleActions } from '../../queries/useSampleActions';
import { RemoveSampleDialog } from './RemoveSampleDialog';

export function SampleNotice() {
  const { t } = useI18n();
  const settings = useQuery(settingsQuery());
  // A count, not the projects: this notice is on every screen and must not read the portfolio.
  const sampleProjects = useQuery(sampleProjectsCountQuery());
  const { remove, dismissNotice } = useSampleActions();
  const [confirming, setConfirming] = useState(false);

  const sampleCount = sampleProjects.data ?? 0;
  if (!settings.data || settings.data.sampleNoticeDismissed || sampleCount === 0) return null;

  return (
    <aside className="sample-notice" aria-label={t('project.origin.sample')}>
      <p>{t('sample.notice')}</p>
      <div className="actions">
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('sample.remove')}
        </button>
        <button type="button" onClick={() => dismissNotice.mutate()}>
          {t('sample.keep')}
        </button>
      </div>
      <RemoveSampleDialog open={confirming} title={t('sample.remove')} sampleCount={sampleCount} remove={remove} onClose={() => setConfirming(false)} />
    </aside>
  );
}
