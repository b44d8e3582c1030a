// Settings → Sharing: connect this browser to the department's server, or disconnect it.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/I18nProvider';
import { cancelSharing, DEFAULT_SERVER, disconnect, signInToShare, startSharing, useSharing, type FirstChoice, type SignedIn, type SyncErrorCode } from '../../queries/sharing';
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
  // Signed in on a first connection where both sides hold records: waiting for the person's choice.
  const [choosing, setChoosing] = useState<SignedIn | null>(null);

  async function attempt(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      const { code, message } = caught as { code?: SyncErrorCode; message?: string };
      setError(code ? t(errorKey(code), { reason: message ?? '' }) : String(message ?? caught));
    } finally {
      setBusy(false);
    }
  }

  const onConnect = (event: FormEvent) => {
    event.preventDefault();
    void attempt(async () => {
      const signedIn = await signInToShare(server, user, password);
      setPassword('');
      if (signedIn.overlap) setChoosing(signedIn);
      else await startSharing(signedIn);
    });
  };

  const onChoose = (signedIn: SignedIn, choice: FirstChoice) =>
    void attempt(async () => {
      await startSharing(signedIn, choice);
      setChoosing(null);
    });

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
      ) : choosing?.overlap ? (
        <FirstConnectionChoice
          signedIn={choosing}
          busy={busy}
          error={error}
          onChoose={(choice) => onChoose(choosing, choice)}
          onCancel={() => {
            setChoosing(null);
            void cancelSharing(choosing);
          }}
        />
      ) : (
        <form onSubmit={onConnect} aria-describedby={`${id}-notes`}>
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
          <FormEnd error={error} busy={busy} submit={t('sharing.connect')} />
        </form>
      )}
    </section>
  );
}

/** The end of a sharing form: the error, if any, and the submit button, which says so while it works. */
function FormEnd({ error, busy, submit, children }: { error: string | null; busy: boolean; submit: string; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('sharing.connecting') : submit}
        </button>
        {children}
      </div>
    </>
  );
}

type ChoiceProps = { signedIn: SignedIn; busy: boolean; error: string | null; onChoose: (choice: FirstChoice) => void; onCancel: () => void };

/**
 * A first connection where this browser and the server both hold records: merge, or take the
 * server's. A reader shares nothing: "merge" keeps this browser's records here only, and where
 * the server holds the same project, the server's version replaces this browser's.
 */
export function FirstConnectionChoice({ signedIn, busy, error, onChoose, onCancel }: ChoiceProps) {
  const { t } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState<FirstChoice>('merge');
  const overlap = signedIn.overlap;
  if (!overlap) return null;
  const reader = signedIn.access !== 'editor';
  return (
    <form
      aria-labelledby={`${id}-h`}
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(choice);
      }}
    >
      <h3 id={`${id}-h`}>{t('sharing.first.title')}</h3>
      <ul>
        <li>{t('sharing.first.there', { count: overlap.there.projects })}</li>
        <li>{t('sharing.first.here', { count: overlap.here.projects })}</li>
        {overlap.projectsOnBoth > 0 && <li>{t(reader ? 'sharing.first.onBothReader' : 'sharing.first.onBoth', { count: overlap.projectsOnBoth })}</li>}
      </ul>
      <fieldset>
        <legend>{t('sharing.first.question')}</legend>
        {(['merge', 'server'] as const).map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={`${id}-choice`} value={value} checked={choice === value} onChange={() => setChoice(value)} />
            <span>{t(value === 'merge' && reader ? 'sharing.first.mergeReader' : `sharing.first.${value}`)}</span>
          </label>
        ))}
      </fieldset>
      <FormEnd error={error} busy={busy} submit={t('sharing.first.continue')}>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('sharing.first.cancel')}
        </button>
      </FormEnd>
    </form>
  );
}
