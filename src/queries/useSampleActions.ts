// Load and remove the sample portfolio, with the messages that go with it.
import { useMutation } from '@tanstack/react-query';
import { loadSamplePortfolio, removeSamplePortfolio, updateSettings } from '../db/portfolioRepository';
import { useNotify } from '../components/Notifications';
import { storageErrorMessage } from '../components/storageMessage';
import { useI18n } from '../i18n/I18nProvider';

const loadSample = async () => (await import('../domain/sample')).samplePortfolio;

export function useSampleActions() {
  const { t } = useI18n();
  const notify = useNotify();
  const onError = (error: unknown) => notify({ tone: 'error', text: storageErrorMessage(error, t) });

  const load = useMutation({
    mutationFn: async () => loadSamplePortfolio(await loadSample()),
    onSuccess: () => notify({ tone: 'success', text: t('settings.sample.loaded') }),
    onError,
  });
  const remove = useMutation({
    mutationFn: async () => removeSamplePortfolio(await loadSample()),
    onSuccess: () => notify({ tone: 'success', text: t('sample.removed') }),
    onError,
  });
  const dismissNotice = useMutation({ mutationFn: () => updateSettings({ sampleNoticeDismissed: true }), onError });
  return { load, remove, dismissNotice };
}
