// Settings: home organisation, language, sharing, storage status and the sample portfolio.
import { useQuery } from '@tanstack/react-query';
import { useId, useState, useSyncExternalStore } from 'react';
import { languages } from '../../domain/constants';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatBytes } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { getServiceWorkerState, onServiceWorkerState } from '../../lib/serviceWorker';
import { sampleProjectsCountQuery, settingsQuery, storageStatusQuery, useDirectories } from '../../queries/portfolio';
import { useUpdateSettings } from '../../queries/settings';
import { useSampleActions } from '../../queries/useSampleActions';
import { useCanEdit } from '../../queries/access';
import { SharingCard } from './SharingCard';
import { useSharing } from '../../queries/sharing';
import { RemoveSampleDialog } from './RemoveSampleDialog';

export default function SettingsPage() {
  const { t, lang, setLang } = useI18n();
  useDocumentTitle(t('nav.settings'));
  const notify = useNotify();
  const settings = useQuery(settingsQuery());
  const storage = useQuery(storageStatusQuery());
  // Counted by key: Settings need not read the whole portfolio.
  const sampleProjects = useQuery(sampleProjectsCountQuery());
  const { organisations } = useDirectories();
  const { load, remove } = useSampleActions();
  const canEdit = useCanEdit();
  const sharing = useSharing();
  const [confirm, setConfirm] = useState<'load' | 'remove' | null>(null);
  const homeId = useId();
  const langId = useId();

  const saveHome = useUpdateSettings({
    onSuccess: () => notify({ tone: 'success', text: t('settings.home.saved') }),
    onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }),
  });

  const sortedOrganisations = [...organisations].sort((a, b) => a.name.localeCompare(b.name, lang));
  const sampleCount = sampleProjects.data ?? 0;
  const persisted = storage.data?.persisted;
  const { offline } = useSyncExternalStore(onServiceWorkerState, getServiceWorkerState);

  return (
    <section className="page settings">
      <h1>{t('settings.title')}</h1>

      <section aria-labelledby={`${homeId}-h`} className="card">
        <h2 id={`${homeId}-h`}>{t('settings.home')}</h2>
        <label htmlFor={homeId}>{t('settings.home')}</label>
        <select
          id={homeId}
          aria-describedby={`${homeId}-hint`}
          value={settings.data?.homeOrganisationId ?? ''}
          disabled={!canEdit}
          onChange={(event) => saveHome.mutate({ homeOrganisationId: event.target.value || null })}
        >
          <option value="">{t('settings.home.none')}</option>
          {sortedOrganisations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {o.city ? `, ${o.city}` : ''}
            </option>
          ))}
        </select>
        <p id={`${homeId}-hint`} className="hint">
          {t('settings.home.hint')}
        </p>
      </section>

      <section aria-labelledby={`${langId}-h`} className="card">
        <h2 id={`${langId}-h`}>{t('settings.language')}</h2>
        <label htmlFor={langId}>{t('settings.language')}</label>
        <select id={langId} value={lang} onChange={(event) => setLang(event.target.value === 'lv' ? 'lv' : 'en')}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`lang.${code}`)}
            </option>
          ))}
        </select>
      </section>

      <SharingCard />

      <section aria-labelledby="storage-h" className="card">
        <h2 id="storage-h">{t('settings.storage')}</h2>
        <p>{sharing.config ? t('settings.storage.whereShared', { server: sharing.config.server }) : t('settings.storage.where')}</p>
        <dl className="facts">
          <dt>{t('settings.storage.persisted')}</dt>
          <dd data-testid="persisted">
            {persisted === true
              ? t('settings.storage.granted')
              : persisted === false
                ? t('settings.storage.notGranted')
                : t('settings.storage.unsupported')}
          </dd>
          <dt>{t('settings.storage.used')}</dt>
          <dd>
            {t('settings.storage.usedValue', {
              used: formatBytes(storage.data?.usageBytes ?? null, lang),
              quota: formatBytes(storage.data?.quotaBytes ?? null, lang),
            })}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="offline-h" className="card">
        <h2 id="offline-h">{t('settings.offline')}</h2>
        <p>{t(`settings.offline.${offline}`)}</p>
      </section>

      <section aria-labelledby="sample-h" className="card">
        <h2 id="sample-h">{t('settings.sample')}</h2>
        <p>{t('settings.sample.body')}</p>
        {canEdit && (
          <div className="actions">
            <button type="button" onClick={() => setConfirm('load')} disabled={load.isPending}>
              {t('settings.sample.load')}
            </button>
            {sampleCount > 0 && (
              <button type="button" className="danger" onClick={() => setConfirm('remove')} disabled={remove.isPending}>
                {t('settings.sample.remove')}
              </button>
            )}
          </div>
        )}
      </section>

      <ConfirmDialog
        open={confirm === 'load'}
        title={t('settings.sample.load')}
        confirmLabel={t('settings.sample.load')}
        busy={load.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => load.mutate(undefined, { onSettled: () => setConfirm(null) })}
      >
        <p>{t('settings.sample.loadConfirm')}</p>
      </ConfirmDialog>
      <RemoveSampleDialog open={confirm === 'remove'} title={t('settings.sample.remove')} sampleCount={sampleCount} remove={remove} onClose={() => setConfirm(null)} />
    </section>
  );
}
