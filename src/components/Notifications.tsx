// Short messages after an action ("Project deleted. Undo"), announced to screen readers.
// Errors stay until closed; confirmations fade after a while, long enough to use Undo.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export type Notice = {
  id: number;
  tone: 'info' | 'success' | 'error';
  text: string;
  action?: { label: string; run: () => void };
};

type NotifyInput = Omit<Notice, 'id'>;
type NotificationsValue = { notify: (notice: NotifyInput) => void; dismiss: (id: number) => void };

const NotificationsContext = createContext<NotificationsValue | null>(null);
const LIFETIME_MS = 15000;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const { t } = useI18n();

  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const notify = useCallback(
    (notice: NotifyInput) => {
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-3), { ...notice, id }]);
      if (notice.tone !== 'error') setTimeout(() => dismiss(id), LIFETIME_MS);
    },
    [dismiss],
  );
  const value = useMemo(() => ({ notify, dismiss }), [notify, dismiss]);

  return (
    <NotificationsContext.Provider value={value}>
      {children}
      <div className="notices" aria-live="polite" role="status">
        {notices.map((notice) => (
          <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : undefined}>
            <span>{notice.text}</span>
            {notice.action && (
              <button
                type="button"
                onClick={() => {
                  notice.action?.run();
                  dismiss(notice.id);
                }}
              >
                {notice.action.label}
              </button>
            )}
            <button type="button" className="notice-close" aria-label={t('common.close')} onClick={() => dismiss(notice.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NotificationsContext.Provider>
  );
}

export function useNotify(): NotificationsValue['notify'] {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotify must be used inside <NotificationsProvider>');
  return value.notify;
}
