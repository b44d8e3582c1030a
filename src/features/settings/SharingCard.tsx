// Settings → Sharing: connect this browser to the department's server, or disconnect it.
import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';
import { connect, DEFAULT_SERVER, disconnect, useSharing, type SyncErrorCode } from '../../queries/sharing';
import { SyncStatusText } from './SyncIndicator';
import { DirectoryConflicts } from './DirectoryConflicts';
import { useScopedMessages } from '../../i18n/scoped';
import { conflictsEn } from '../../i18n/messages/conflicts.en';
import { conflictsLv } from '../../i18n/messages/conflicts.lv';

function errorKey(code: SyncErrorCode): MessageKey {
  return `sharing.error.${code}`;
}

export function SharingCard() {
  const { t } = useI18n();
  const sharing = useSharing();
  const tc = useScopedMessages(conflictsEn, conflictsLv);
  const id = useId();
  const [server, setServer] = useState(sharing.config?.server ?? DEFAULT_SERVER);
  const [user, setUser] = useState(sharing.config?.user ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onConnect(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await connect(server, user, password);
      setPassword('');
    } catch (caught) {
      const { code, message } = caught as { code?: SyncErrorCode; message?: string };
      setError(code ? t(errorKey(code), { reason: message ?? '' }) : String(message ?? caught));
    } finally {
      setBusy(false);
    }
  }

  const connected = sharing.config !== null && !sharing.signedOut;
  return (
    <section aria-labelledby={`${id}-h`} className="card">
      <h2 id={`${id}-h`}>{t('sharing.title')}</h2>
      <p>{t('sharing.intro')}</p>
      {connected && sharing.config ? (
        <>
          <p>{t('sharing.connectedAs', { server: sharing.config.server, user: sharing.config.user, role: t(`sharing.role.${sharing.access}`) })}</p>
          {sharing.access === 'reader' && <p role="note">{tc('reader.notice')}</p>}
          <p>
            <SyncStatusText />
          </p>
          <DirectoryConflicts />
          <p className="hint">{t('sharing.disconnectNote')}</p>
          <div className="actions">
            <button type="button" onClick={() => void disconnect()}>
              {t('sharing.disconnect')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(event) => void onConnect(event)} aria-describedby={`${id}-notes`}>
          {sharing.signedOut && <p role="status">{t('sharing.signedOut')}</p>}
          <label htmlFor={`${id}-server`}>{t('sharing.server')}</label>
          <input id={`${id}-server`} value={server} onChange={(event) => setServer(event.target.value)} required autoComplete="url" />
          <label htmlFor={`${id}-user`}>{t('sharing.user')}</label>
          <input id={`${id}-user`} value={user} onChange={(event) => setUser(event.target.value)} required autoComplete="username" />
          <label htmlFor={`${id}-password`}>{t('sharing.password')}</label>
          <input id={`${id}-password`} type="password" value={password} onChange={(event) => setPassword(event.target.value)} required autoComplete="current-password" />
          <p id={`${id}-notes`} className="hint">
            {t('sharing.notes')}
          </p>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <div className="actions">
            <button type="submit" disabled={busy}>
              {busy ? t('sharing.connecting') : t('sharing.connect')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
