// Tells a new user that what they see is sample data, with one action to remove it.
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { sampleProjectsCountQuery, settingsQuery } from '../../queries/portfolio';
import { useSampleActions } from '../../queries/useSampleActions';
import { useCanEdit } from '../../queries/access';

// The confirmation loads when it is first asked for: the notice is on the first screen.
const RemoveSampleDialog = lazy(() => import('./RemoveSampleDialog').then((module) => ({ default: module.RemoveSampleDialog })));

export function SampleNotice() {
  const { t } = useI18n();
  const settings = useQuery(settingsQuery());
  // A count, not the projects: this notice is on every screen and must not read the portfolio.
  const sampleProjects = useQuery(sampleProjectsCountQuery());
  const { remove, dismissNotice } = useSampleActions();
  const canEdit = useCanEdit();
  const [confirming, setConfirming] = useState(false);
  // Mounted from the first ask on, so a closed dialog hands focus back as the native element does.
  const [asked, setAsked] = useState(false);
  // On a phone the notice is one short line and a "More" button; the full text and the actions
  // unfold under it (styles.css). On a wide screen everything shows and the button does not.
  const [more, setMore] = useState(false);
  const moreId = useId();

  const sampleCount = sampleProjects.data ?? 0;
  if (!settings.data || settings.data.sampleNoticeDismissed || sampleCount === 0) return null;

  return (
    <aside className={more ? 'sample-notice more' : 'sample-notice'} aria-label={t('project.origin.sample')}>
      <p className="notice-short">{t('sample.short')}</p>
      <p id={moreId} className="notice-long">
        {t('sample.notice')}
      </p>
      <div className="actions notice-long">
        {canEdit && (
          <button
            type="button"
            className="danger"
            onClick={() => {
              setAsked(true);
              setConfirming(true);
            }}
          >
            {t('sample.remove')}
          </button>
        )}
        <button type="button" onClick={() => dismissNotice.mutate()}>
          {t('sample.keep')}
        </button>
      </div>
      <button type="button" className="notice-more" aria-expanded={more} aria-controls={moreId} onClick={() => setMore(!more)}>
        {more ? t('sample.less') : t('sample.more')}
      </button>
      {asked && (
        <Suspense fallback={null}>
          <RemoveSampleDialog open={confirming} title={t('sample.remove')} sampleCount={sampleCount} remove={remove} onClose={() => setConfirming(false)} />
        </Suspense>
      )}
    </aside>
  );
}
