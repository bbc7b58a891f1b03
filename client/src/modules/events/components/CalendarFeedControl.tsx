import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFormat } from '../../../ui/useFormat';
import {
  CalendarFeedQuery,
  CalendarFeedUrlMutation,
  RevokeCalendarFeedMutation,
} from '../graphql/events';
import { calendarFeedPath } from '../../../app/paths';

export interface CalendarFeedControlProps {
  programmeId: string;
}

/**
 * The personal secret iCal link: the server keeps only its hash, so a link is shown once,
 * right after it is made; making another replaces it.
 */
export function CalendarFeedControl({ programmeId }: CalendarFeedControlProps) {
  const { t } = useTranslation('events');
  const format = useFormat();
  const [opened, setOpened] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const feed = useQuery(CalendarFeedQuery, { variables: { programmeId }, skip: !opened });
  const [createLink, creating] = useMutation(CalendarFeedUrlMutation, {
    refetchQueries: ['CalendarFeed'],
  });
  const [revokeLink, revoking] = useMutation(RevokeCalendarFeedMutation, {
    refetchQueries: ['CalendarFeed'],
  });
  const existing = feed.data?.calendarFeed ?? null;

  const handleCreate = async () => {
    setRevoked(false);
    try {
      const result = await createLink({ variables: { programmeId } });
      if (result.data) setLink(`${window.location.origin}${result.data.calendarFeedUrl}`);
    } catch {
      // Shown from the mutation's error state.
    }
  };
  const handleRevoke = async () => {
    try {
      await revokeLink({ variables: { programmeId } });
      setLink(null);
      setRevoked(true);
      setConfirming(false);
    } catch {
      // Shown in the confirmation dialog.
    }
  };

  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {t('feed.open')}
      </Button>
      <Modal
        opened={opened && !confirming}
        onClose={() => setOpened(false)}
        title={t('feed.title')}
        closeButtonProps={{ 'aria-label': t('form.close') }}
      >
        <Stack>
          <Text size="sm">{t('feed.intro')}</Text>
          {feed.error ? (
            <ErrorAlert error={feed.error} onRetry={() => void feed.refetch()} />
          ) : null}
          {creating.error ? <ErrorAlert error={creating.error} /> : null}
          {existing && !link ? (
            <Text size="sm" c="dimmed">
              {t('feed.existing', { date: format.dateTime(existing.createdAt) })}{' '}
              {existing.lastUsedAt
                ? t('feed.lastUsed', { date: format.dateTime(existing.lastUsedAt) })
                : null}
            </Text>
          ) : null}
          {link ? (
            <Group align="flex-end" wrap="nowrap">
              <TextInput label={t('feed.link')} value={link} readOnly style={{ flex: 1 }} />
              <CopyButton value={link}>
                {({ copied, copy }) => (
                  <Button variant="light" onClick={copy}>
                    {copied ? t('feed.copied') : t('feed.copy')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          ) : null}
          {revoked ? (
            <Text size="sm" role="status">
              {t('feed.revoked')}
            </Text>
          ) : null}
          <Group justify="space-between">
            <Anchor href={calendarFeedPath(programmeId)} size="sm">
              {t('feed.download')}
            </Anchor>
            <Group gap="xs">
              {existing || link ? (
                <Button variant="subtle" color="red" onClick={() => setConfirming(true)}>
                  {t('feed.revoke')}
                </Button>
              ) : null}
              <Button loading={creating.loading} onClick={() => void handleCreate()}>
                {existing || link ? t('feed.replace') : t('feed.create')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={confirming}
        title={t('feed.revokeTitle')}
        body={t('feed.revokeBody')}
        confirmLabel={t('feed.revoke')}
        danger
        busy={revoking.loading}
        error={revoking.error}
        onConfirm={() => void handleRevoke()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
