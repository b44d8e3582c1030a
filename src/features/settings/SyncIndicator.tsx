// The sharing status, always in the header while this browser shares: synced, N changes
// waiting, offline, or the reason of an error, and how many records are in conflict; "Reader"
// before it for a user who may not change anything. Nothing is shown for a browser that does not share.
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18nProvider';
import { useScopedMessages } from '../../i18n/scoped';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';
import { conflictsQuery } from '../../queries/portfolio';
import { useSharing } from '../../queries/sharing';

/** " · 2 conflicts" while records are kept in more than one version; nothing otherwise. */
function useConflictsText(): string {
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const count = useQuery(conflictsQuery()).data?.length ?? 0;
  return count > 0 ? ` · ${tc('sync.conflicts', { count })}` : '';
}

/** Whole percent received, never 100 before the pull is over. */
export function receivedPercent({ done, total }: { done: number; total: number }): number {
  return Math.max(0, Math.min(99, Math.floor((done / total) * 100)));
}

export function SyncStatusText() {
  const { t } = useI18n();
  const { sync, signedOut } = useSharing();
  const conflicts = useConflictsText();
  if (signedOut) return <>{t('sync.signedOut')}</>;
  if (!sync) return <>{t('sync.connecting')}</>;
  const problems = `${sync.problems.length > 0 ? ` · ${t('sync.problems', { count: sync.problems.length })}` : ''}${conflicts}`;
  const reason = sync.reason ?? '';
  switch (sync.state) {
    case 'connecting':
      // An empty browser taking the server's portfolio (the first pull) says how far it is.
      return <>{sync.receiving && sync.receiving.total > 0 ? t('sync.receiving', { percent: receivedPercent(sync.receiving) }) : t('sync.connecting')}</>;
    case 'offline':
      // No reason: the browser has no network. A reason: the network is on, and the server did not answer.
      return <>{`${sync.reason ? t('sync.unreachable', { reason }) : t('sync.offline')}${sync.waiting > 0 ? ` · ${t('sync.waiting', { count: sync.waiting })}` : ''}${problems}`}</>;
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
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const { config, sync, signedOut, access } = useSharing();
  if (!config) return null;
  const tone = signedOut || sync?.state === 'error' || sync?.state === 'denied' ? 'error' : sync?.state === 'offline' ? 'warning' : 'ok';
  return (
    <>
      {access === 'reader' && (
        <span className="reader-tag" title={tc('reader.notice')} data-testid="reader-notice">
          {tc('reader.badge')}
          <span className="visually-hidden">: {tc('reader.notice')}</span>
        </span>
      )}
      <Link to="/settings" className={`sync-indicator sync-${tone}`} aria-label={t('sync.label')} data-testid="sync-status">
        <span role="status">
          <SyncStatusText />
        </span>
      </Link>
    </>
  );
}
