import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { Anchor, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import { LIST_LIMITS } from '@spilno/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { ShowMoreButton } from '../../../ui/ShowMoreButton';
import { useFormat } from '../../../ui/useFormat';
import { useShowMore, visibleRows } from '../../../ui/useShowMore';
import { EventStatusBadge } from '../../events/public';
import { ActionHistoryQuery } from '../graphql/actionPlan';
import type { PlanAction } from '../hooks/useActionPlan';
import { eventPath } from '../../../app/paths';

export interface ActionHistoryDrawerProps {
  programmeId: string;
  action: Pick<PlanAction, 'id' | 'code' | 'title'> | null;
  onClose: () => void;
}

/**
 * An action's events, with when it was last held, and every progress report on it, newest
 * first: who, when, from → to, and the note.
 */
export function ActionHistoryDrawer({ programmeId, action, onClose }: ActionHistoryDrawerProps) {
  const { t } = useTranslation('action-plan');
  const { t: tEvents } = useTranslation('events');
  const format = useFormat();
  const notes = useShowMore(
    LIST_LIMITS.actionHistory,
    LIST_LIMITS.actionHistory.default,
    action?.id ?? '',
  );
  const query = useQuery(
    ActionHistoryQuery,
    action
      ? {
          variables: { id: action.id, historyLimit: notes.limit },
          fetchPolicy: 'cache-and-network',
        }
      : skipToken,
  );
  const { loading, error, refetch } = query;
  // What is shown stays while older notes load.
  const data = query.data ?? query.previousData;
  const current = data?.action?.id === action?.id ? (data?.action ?? null) : null;
  const shownNotes = current ? visibleRows(current.history, notes.shown) : null;
  const history = shownNotes?.rows ?? null;
  const events = current?.events ?? [];

  return (
    <Drawer
      opened={action !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        action ? (
          <Stack gap={0}>
            <Text fw={600}>{t('history.title', { code: action.code, title: action.title })}</Text>
            {current ? (
              <Text size="sm" c="dimmed">
                {current.lastHeldAt
                  ? t('history.lastHeld', { date: format.dateTime(current.lastHeldAt) })
                  : t('history.neverHeld')}
              </Text>
            ) : null}
          </Stack>
        ) : (
          ''
        )
      }
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      {current ? (
        <Stack gap="xs" mb="lg">
          <Title order={3} size="h5">
            {t('history.eventsTitle')}
          </Title>
          {events.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('history.eventsEmpty')}
            </Text>
          ) : (
            <Table
              verticalSpacing="xs"
              aria-label={t('history.eventsLabel', { code: action?.code ?? '' })}
            >
              <Table.Tbody>
                {events.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatInZone(event.startsAt, event.timeZone, format.locale)}
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        <Anchor component={Link} to={eventPath(programmeId, event.id)} size="sm">
                          {event.title}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {tEvents(`enums.EventType.${event.type}`)}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <EventStatusBadge status={event.status} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={3} size="h5" mt="md">
            {t('history.progressTitle')}
          </Title>
        </Stack>
      ) : null}
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : !history ? (
        loading ? (
          <LoadingState />
        ) : null
      ) : history.length === 0 ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" aria-label={t('history.label', { code: action?.code ?? '' })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('history.when')}</Table.Th>
                <Table.Th scope="col">{t('history.who')}</Table.Th>
                <Table.Th scope="col">{t('history.change')}</Table.Th>
                <Table.Th scope="col">{t('history.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>{entry.author?.name ?? t('history.unknownAuthor')}</Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm">
                        {t('history.progressChange', {
                          from: entry.fromProgress,
                          to: entry.toProgress,
                        })}
                      </Text>
                      {entry.fromStatus !== entry.toStatus ? (
                        <Text size="xs" c="dimmed">
                          {t('history.statusChange', {
                            from: t(`status.${entry.fromStatus}`),
                            to: t(`status.${entry.toStatus}`),
                          })}
                        </Text>
                      ) : null}
                    </Stack>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>
                    {entry.note ?? (
                      <Text span c="dimmed" size="sm">
                        {t('history.noNote')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <ShowMoreButton
            more={shownNotes?.more ?? false}
            onMore={notes.showMore}
            label={t('history.older')}
            loading={loading}
          />
        </Table.ScrollContainer>
      )}
    </Drawer>
  );
}

/** An event's start on the clock where it is held. */
function formatInZone(instant: string, zone: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, {
      timeZone: zone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(new Date(instant));
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
      new Date(instant),
    );
  }
}
