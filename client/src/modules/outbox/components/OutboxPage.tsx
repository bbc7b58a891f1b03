import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { formatDateTime } from '../../../ui/format';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useCurrentUser } from '../../auth/public';
import { useOutboxItems } from '../hooks/useOutboxItems';
import type { OutboxStore } from '../store';
import type { OutboxItem, OutboxState } from '../types';

const STATE_COLOURS: Record<OutboxState, string> = {
  waiting: 'gray',
  sending: 'blue',
  sent: 'green',
  attention: 'red',
};

const EXPLAINED = new Set([
  'CONFLICT',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'QUOTA_EXCEEDED',
]);

async function withStore(action: (store: OutboxStore) => Promise<void>) {
  const { outboxStore } = await import('../store');
  await action(outboxStore());
}

async function sendAgain(userId: string) {
  (await import('../runtime')).sendNow(userId);
}

function OutboxCard({ item, onDiscard }: { item: OutboxItem; onDiscard: () => void }) {
  const { t, i18n } = useTranslation('outbox');
  const user = useCurrentUser();
  const seq = item.seq ?? -1;
  return (
    <Card withBorder padding="md" aria-label={`${t(`kind.${item.kind}`)}: ${item.title}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t(`kind.${item.kind}`)}
            </Text>
            <Text fw={600}>{item.title}</Text>
          </Stack>
          <Badge color={STATE_COLOURS[item.state]} variant="light">
            {t(`state.${item.state}`)}
          </Badge>
        </Group>
        <Group gap="md">
          <Text size="sm" c="dimmed">
            {t('queuedAt', {
              time: formatDateTime(new Date(item.createdAt).toISOString(), i18n.language),
            })}
          </Text>
          {item.files.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t('files', { count: item.files.length })}
            </Text>
          ) : null}
          {item.attempts > 0 && item.state !== 'sent' ? (
            <Text size="sm" c="dimmed">
              {t('attempts', { count: item.attempts })}
            </Text>
          ) : null}
        </Group>
        {item.state === 'attention' && item.reason ? (
          <Alert color="red" variant="light" role="status">
            {EXPLAINED.has(item.reason)
              ? t(`reason.${item.reason as 'CONFLICT'}`)
              : t('reason.other', { code: item.reason })}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button component={Link} to={item.path} variant="default" size="xs">
            {t('open')}
          </Button>
          {item.state === 'attention' ? (
            <Button
              size="xs"
              onClick={() =>
                void withStore((store) => store.retry(user.id, seq)).then(() => sendAgain(user.id))
              }
            >
              {t('sendAgain')}
            </Button>
          ) : null}
          {item.state === 'waiting' ? (
            <Button size="xs" variant="light" onClick={() => void sendAgain(user.id)}>
              {t('sendNow')}
            </Button>
          ) : null}
          {item.state === 'attention' || item.state === 'waiting' ? (
            <Button size="xs" color="red" variant="subtle" onClick={onDiscard}>
              {t('discard')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** Every write of the user that waits, is being sent, was sent, or was refused. */
export function OutboxPage() {
  const { t } = useTranslation('outbox');
  const user = useCurrentUser();
  const items = useOutboxItems(user.id);
  const [discarding, setDiscarding] = useState<OutboxItem | null>(null);

  if (items === null) return <LoadingState />;
  const hasSent = items.some((item) => item.state === 'sent');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          hasSent ? (
            <Button
              variant="default"
              onClick={() => void withStore((store) => store.clearSent(user.id))}
            >
              {t('clearSent')}
            </Button>
          ) : null
        }
      />
      {items.length === 0 ? (
        <EmptyMessage title={t('empty')} />
      ) : (
        <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <li key={item.key}>
              <OutboxCard item={item} onDiscard={() => setDiscarding(item)} />
            </li>
          ))}
        </Stack>
      )}
      <ConfirmModal
        opened={discarding !== null}
        title={t('discardTitle', { title: discarding?.title ?? '' })}
        body={t('discardBody')}
        confirmLabel={t('discard')}
        danger
        onCancel={() => setDiscarding(null)}
        onConfirm={() => {
          const seq = discarding?.seq;
          setDiscarding(null);
          if (seq !== undefined) void withStore((store) => store.discard(user.id, seq));
        }}
      />
    </>
  );
}
