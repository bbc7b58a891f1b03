import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OUTBOX_PATH } from '../../../app/paths';

export interface QueuedNoticeProps {
  title: string;
  onClose: () => void;
}

/** What a form shows in place of its fields once its write is queued. */
export function QueuedNotice({ title, onClose }: QueuedNoticeProps) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="blue" variant="light" role="status" title={t('outbox.queuedTitle')}>
        <Text size="sm">{t('outbox.queuedBody', { title })}</Text>
        <Anchor component={Link} to={OUTBOX_PATH} size="sm">
          {t('outbox.label')}
        </Anchor>
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('outbox.done')}</Button>
      </Group>
    </Stack>
  );
}
