import { useQuery } from '@apollo/client/react';
import { skipToken } from '@apollo/client/react';
import { Drawer, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { ActionHistoryQuery } from '../graphql/actionPlan';
import type { PlanAction } from '../hooks/useActionPlan';

export interface ActionHistoryDrawerProps {
  action: Pick<PlanAction, 'id' | 'code' | 'title'> | null;
  onClose: () => void;
}

/** Every progress report on an action, newest first: who, when, from → to, and the note. */
export function ActionHistoryDrawer({ action, onClose }: ActionHistoryDrawerProps) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const { data, loading, error, refetch } = useQuery(
    ActionHistoryQuery,
    action ? { variables: { id: action.id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const history = data?.action?.id === action?.id ? (data?.action?.history ?? null) : null;

  return (
    <Drawer
      opened={action !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={action ? t('history.title', { code: action.code, title: action.title }) : ''}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
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
        </Table.ScrollContainer>
      )}
    </Drawer>
  );
}
