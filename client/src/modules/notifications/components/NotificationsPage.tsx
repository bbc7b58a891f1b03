import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { useFormat } from '../../../ui/useFormat';
import { MarkNotificationsReadMutation, NotificationsQuery } from '../graphql/notifications';
import { groupByProgramme } from '../groups';
import { NotificationSettings } from './NotificationSettings';

const REFETCH = ['Notifications', 'UnreadNotifications'];

/** The signed-in user's notifications, grouped by programme, and their settings. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const { data, error, refetch } = useQuery(NotificationsQuery, { variables: { limit: 100 } });
  const [markRead, marking] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: REFETCH,
  });
  const page = data?.notifications;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={page ? t('unreadCount', { count: page.unread }) : undefined}
        actions={
          page && page.unread > 0 ? (
            <Button
              variant="light"
              loading={marking.loading}
              onClick={() => void markRead({ variables: { ids: null } })}
            >
              {t('markAllRead')}
            </Button>
          ) : undefined
        }
      />
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !page ? (
        <LoadingState />
      ) : page.items.length === 0 ? (
        <EmptyMessage title={t('empty')} />
      ) : (
        groupByProgramme(page.items).map((group) => (
          <Stack key={group.programmeId ?? 'none'} gap="xs" component="section">
            <Title order={2} size="h4">
              {group.title ?? t('noProgramme')}
            </Title>
            {group.items.map((item) => (
              <Card
                key={item.id}
                component="article"
                withBorder
                padding="sm"
                aria-label={item.title}
              >
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Stack gap={2}>
                    <Group gap="xs">
                      {!item.readAt && (
                        <Badge size="xs" variant="filled">
                          {t('unread')}
                        </Badge>
                      )}
                      <Anchor component={Link} to={item.link} fw={item.readAt ? 400 : 600}>
                        {item.title}
                      </Anchor>
                    </Group>
                    <Text size="sm">{item.body}</Text>
                    <Text size="xs" c="dimmed">
                      {format.dateTime(item.createdAt)}
                    </Text>
                  </Stack>
                  {!item.readAt && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => void markRead({ variables: { ids: [item.id] } })}
                    >
                      {t('markRead')}
                    </Button>
                  )}
                </Group>
              </Card>
            ))}
          </Stack>
        ))
      )}
      <Divider />
      <NotificationSettings />
    </Stack>
  );
}
