// Deleting a project from its page, with a confirmation first and an undo after.
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Project } from '../../domain/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useNotify } from '../../components/Notifications';
import { storageErrorMessage } from '../../components/storageMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { useDeleteProject, useRestoreProject } from '../../queries/projects';

export function DeleteProjectButton({ project, name }: { project: Project; name: string }) {
  const { t } = useI18n();
  const notify = useNotify();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const undo = useRestoreProject({ onError: (error) => notify({ tone: 'error', text: storageErrorMessage(error, t) }) });
  const remove = useDeleteProject({
    onSuccess: async (deleted) => {
      setConfirming(false);
      await navigate('/projects');
      notify({
        tone: 'success',
        text: t('project.deleted', { name }),
        action: {
          label: t('common.undo'),
          run: () => {
            undo.mutate(deleted);
          },
        },
      });
    },
    onError: (error) => {
      setConfirming(false);
      notify({ tone: 'error', text: storageErrorMessage(error, t) });
    },
  });
  return (
    <>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('project.delete')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={t('project.deleteConfirm.title', { name })}
        confirmLabel={t('common.delete')}
        destructive
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => remove.mutate(project.id)}
      >
        <p>{t('project.deleteConfirm.body')}</p>
      </ConfirmDialog>
    </>
  );
}
