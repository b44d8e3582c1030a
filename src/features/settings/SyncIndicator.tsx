// The sharing status, always in the header while this browser shares: synced, N changes
// waiting, offline, or the reason of an error. Nothing is shown for a browser that does not share.
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { useSharing } from '../../queries/sharing';

export function SyncStatusText() {
  const { t } = useI18n();
  const { sync, signedOut } = useSharing();
  if (signedOut) return <>{t('sync.signedOut')}</>;
  if (!sync) return <>{t('sync.connecting')}</>;
  const problems = sync.problems.length > 0 ? ` · ${t('sync.problems', { count: sync.problems.length })}` : '';
  const reason = sync.reason ?? '';
  switch (sync.state) {
    case 'connecting':
      return <>{t('sync.connecting')}</>;
    case 'offline':
      return <>{`${t('sync.offline')}${sync.waiting > 0 ? ` · ${t('sync.waiting', { count: sync.waiting })}` : ''}${problems}`}</>;
    case 'denied':
      return <>{t('sync.denied', { reason })}</>;
    case 'error':
      return <>{t('sync.error', { reason })}</>;
    default:
      return <>{`${sync.waiting > 0 ? t('sync.waiting', { count: sync.waiting }) : sync.state === 'sending' ? t('sync.sending') : t('sync.synced')}${problems}`}</>;
  }
}

export function SyncIndicator() {
  const { t } = useI18n();
  const { config, sync, signedOut } = useSharing();
  if (!config) return null;
  const tone = signedOut || sync?.state === 'error' || sync?.state === 'denied' ? 'error' : sync?.state === 'offline' ? 'warning' : 'ok';
  return (
    <Link to="/settings" className={`sync-indicator sync-${tone}`} aria-label={t('sync.label')} data-testid="sync-status">
      <span role="status">
        <SyncStatusText />
      </span>
    </Link>
  );
}
