import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import { todayIso } from '@spilno/shared';
import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../../ui/EmptyMessage';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingState } from '../../../ui/LoadingState';
import { useFormat } from '../../../ui/useFormat';
import { organisationName } from '../../organisations/public';
import { useActionTimeline } from '../hooks/useActionTimeline';
import { ACTION_STATUSES, OVERDUE_COLOR, STATUS_COLORS } from '../statusColors';
import { datePosition, yearTicks } from '../timeline';
import { timelineGroups } from '../timelineGroups';
import { LABEL_WIDTH, TimelineRow, TimelineTrack } from './TimelineRow';

// Narrower than this, bars of short actions would shrink to slivers; phones scroll instead.
const MIN_WIDTH = 820;

/** The plan over time, lane by lane for each partner of each side. */
export function TimelineTab({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('action-plan');
  const format = useFormat();
  const headingId = useId();
  const [today] = useState(() => todayIso());
  const { programme, loading, error, refetch } = useActionTimeline(programmeId);

  const groups = useMemo(
    () =>
      programme
        ? timelineGroups(programme.sides, programme.partners, programme.actions, (partner) =>
            organisationName(partner.organisation, format.locale),
          )
        : [],
    [programme, format.locale],
  );

  if (loading && !programme) return <LoadingState />;
  if (!programme) {
    return error ? (
      <ErrorAlert error={error} onRetry={() => void refetch()} />
    ) : (
      <EmptyMessage title={t('notFound')} />
    );
  }

  const period = { startsOn: programme.startsOn, endsOn: programme.endsOn };
  const todayOffset = datePosition(today, period);
  const ticks = yearTicks(period);

  return (
    <Stack gap="sm">
      <Title order={2} size="h4" id={headingId}>
        {t('timeline.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('timeline.period', {
          start: format.date(programme.startsOn),
          end: format.date(programme.endsOn),
        })}
        {' · '}
        {todayOffset === null ? t('timeline.todayOutside') : t('timeline.todayShown')}
      </Text>
      <Group gap="xs" aria-label={t('timeline.legend')} role="group">
        {ACTION_STATUSES.map((status) => (
          <Badge key={status} color={STATUS_COLORS[status]} variant="filled">
            {t(`status.${status}`)}
          </Badge>
        ))}
        <Badge color={OVERDUE_COLOR} variant="outline">
          {t('table.overdue')}
        </Badge>
      </Group>
      {programme.actions.length === 0 ? (
        <EmptyMessage title={t('table.empty')} />
      ) : (
        <Box
          tabIndex={0}
          role="region"
          aria-labelledby={headingId}
          style={{ overflowX: 'auto' }}
          pb="xs"
        >
          <Box miw={MIN_WIDTH}>
            <Box display="flex" aria-hidden="true" mb={4}>
              <Box w={LABEL_WIDTH} style={{ flexShrink: 0 }} />
              <TimelineTrack today={todayOffset}>
                {ticks.map((tick) => (
                  <Text
                    key={tick.label}
                    size="xs"
                    c="dimmed"
                    pos="absolute"
                    top={4}
                    style={{
                      left: `${tick.offset}%`,
                      paddingLeft: 4,
                      borderLeft: '1px solid var(--mantine-color-default-border)',
                    }}
                  >
                    {tick.label}
                  </Text>
                ))}
              </TimelineTrack>
            </Box>
            {groups.map((group) => (
              <Fragment key={group.side?.id ?? 'unassigned'}>
                <Title
                  order={3}
                  size="h6"
                  mt="sm"
                  py={4}
                  px="xs"
                  bg="var(--mantine-color-default-hover)"
                >
                  {group.side
                    ? t('timeline.side', {
                        name: group.side.name,
                        country: format.country(group.side.country),
                      })
                    : t('timeline.unassigned')}
                </Title>
                <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                  {group.lanes.map((lane) => (
                    <Box component="li" key={lane.partner?.id ?? 'none'} mt={4}>
                      {lane.partner ? (
                        <Text size="sm" fw={600} px="xs">
                          {organisationName(lane.partner.organisation, format.locale)}
                        </Text>
                      ) : null}
                      {lane.actions.length === 0 ? (
                        <Text size="xs" c="dimmed" px="xs">
                          {t('timeline.noActions')}
                        </Text>
                      ) : (
                        <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                          {lane.actions.map((action) => (
                            <TimelineRow
                              key={action.id}
                              action={action}
                              period={period}
                              today={todayOffset}
                              languages={programme.languages}
                            />
                          ))}
                        </Box>
                      )}
                    </Box>
                  ))}
                </Box>
              </Fragment>
            ))}
          </Box>
        </Box>
      )}
    </Stack>
  );
}
