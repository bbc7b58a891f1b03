import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveActionMutation } from '../graphql/actionPlan';
import { usePlanRefetch } from '../hooks/usePlanRefetch';
import type { PlanAction } from '../hooks/useActionPlan';
import { ErrorAlert } from '../../../ui/ErrorAlert';

export interface RemoveActionModalProps {
  action: PlanAction;
  onClose: () => void;
  onRemoved: (code: string) => void;
  onReload: () => void;
}

/** Asks before removing an action without sub-actions; the server refuses the others too. */
export function RemoveActionModal({
  action,
  onClose,
  onRemoved,
  onReload,
}: RemoveActionModalProps) {
  const { t } = useTranslation('action-plan');
  const [failure, setFailure] = useState<unknown>(null);
  const refetchQueries = usePlanRefetch();
  const [removeAction, { loading }] = useMutation(RemoveActionMutation, { refetchQueries });

  const handleConfirm = async () => {
    setFailure(null);
    try {
      await removeAction({ variables: { id: action.id, version: action.version } });
      onRemoved(action.code);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('remove.title', { code: action.code })}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <Stack>
        {failure ? <ErrorAlert error={failure} onReload={onReload} /> : null}
        <Text>{t('remove.body', { code: action.code, title: action.title })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('actions.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void handleConfirm()}>
            {t('remove.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
