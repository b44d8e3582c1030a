// Load and remove the sample portfolio, with the messages that go with it.
import { loadSamplePortfolio, removeSamplePortfolio, updateSettings } from '../db/portfolioRepository';
import { useNotify } from '../components/Notifications';
import { storageErrorMessage } from '../components/storageMessage';
import { useI18n } from '../i18n/I18nProvider';
import { useStorageMutation } from './mutation';

const loadSample = async () => (await import('../domain/sample')).samplePortfolio;

// The sample brings its own organisations and programmes along with its projects.
const sampleKeys = [['projects'], ['organisations'], ['programmes'], ['history'], ['settings']] as const;

export function useSampleActions() {
  const { t } = useI18n();
  const notify = useNotify();
  const onError = (error: unknown) => notify({ tone: 'error', text: storageErrorMessage(error, t) });

  const load = useStorageMutation(async () => loadSamplePortfolio(await loadSample()), sampleKeys, {
    onSuccess: () => notify({ tone: 'success', text: t('settings.sample.loaded') }),
    onError,
  });
  const remove = useStorageMutation(async () => removeSamplePortfolio(await loadSample()), sampleKeys, {
    onSuccess: () => notify({ tone: 'success', text: t('sample.removed') }),
    onError,
  });
  const dismissNotice = useStorageMutation(() => updateSettings({ sampleNoticeDismissed: true }), [['settings']], { onError });
  return { load, remove, dismissNotice };
}
