import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressReportFieldsFragment } from '../../../generated/graphql';
import { useFormat } from '../../../ui/useFormat';
import { ActionStatusBadge } from '../../action-plan/components/ActionStatusBadge';
import { EventTime } from '../../events/components/EventTime';

export interface ReportContentViewProps {
  content: ProgressReportFieldsFragment['content'];
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** What the report says the partner did, as filled in from the data of the period. */
export function ReportContentView({ content }: ReportContentViewProps) {
  const { t } = useTranslation('reports');
  const { t: te } = useTranslation('events');
  const format = useFormat();
  const total = content.attendeesBySide.reduce((sum, side) => sum + side.count, 0);

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {content.frozenAt
          ? t('page.frozen', { date: format.dateTime(content.frozenAt) })
          : t('page.live')}
      </Text>
      <Section title={t('content.actions')}>
        {content.actions.length === 0 ? (
          <Text size="sm">{t('content.noActions')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label={t('content.actionsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('content.action')}</Table.Th>
                  <Table.Th>{t('content.progress')}</Table.Th>
                  <Table.Th>{t('content.statusChange')}</Table.Th>
                  <Table.Th>{t('content.notes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.actions.map((action) => (
                  <Table.Tr key={action.actionId}>
                    <Table.Td>
                      {action.code} {action.title}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('content.progressChange', {
                        from: action.fromProgress,
                        to: action.toProgress,
                      })}
                    </Table.Td>
                    <Table.Td>
                      <ActionStatusBadge status={action.toStatus} />
                    </Table.Td>
                    <Table.Td>
                      {action.notes
                        .filter((note) => note.note)
                        .map((note, index) => (
                          <Text key={index} size="sm">
                            {format.date(note.at.slice(0, 10))}: {note.note}
                          </Text>
                        ))}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      <Section title={t('content.events')}>
        {content.events.length === 0 ? (
          <Text size="sm">{t('content.noEvents')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table aria-label={t('content.eventsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('content.date')}</Table.Th>
                  <Table.Th>{t('content.event')}</Table.Th>
                  <Table.Th>{t('content.type')}</Table.Th>
                  <Table.Th ta="right">{t('content.attendees')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.events.map((event) => (
                  <Table.Tr key={event.eventId}>
                    <Table.Td>
                      <EventTime event={event} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{event.title}</Text>
                      {event.venue ? (
                        <Text size="xs" c="dimmed">
                          {event.venue}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{te(`enums.EventType.${event.type}`)}</Table.Td>
                    <Table.Td ta="right">
                      {format.number(event.totalAttendees)}
                      {event.attendees.length > 0 ? (
                        <Text size="xs" c="dimmed">
                          {event.attendees
                            .map((side) => `${side.sideName}: ${format.number(side.count)}`)
                            .join('; ')}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      <Section title={t('content.attendeesBySide')}>
        <Table aria-label={t('content.attendeesBySide')} maw={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('content.side')}</Table.Th>
              <Table.Th ta="right">{t('content.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {content.attendeesBySide.map((side) => (
              <Table.Tr key={side.sideId}>
                <Table.Td>{side.sideName}</Table.Td>
                <Table.Td ta="right">{format.number(side.count)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th>{t('content.total')}</Table.Th>
              <Table.Th ta="right">{format.number(total)}</Table.Th>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t('content.indicators')}>
        {content.indicators.length === 0 ? (
          <Text size="sm">{t('content.noIndicators')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table aria-label={t('content.indicatorsLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('content.indicator')}</Table.Th>
                  <Table.Th ta="right">{t('content.inPeriod')}</Table.Th>
                  <Table.Th ta="right">{t('content.achieved')}</Table.Th>
                  <Table.Th ta="right">{t('content.target')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.indicators.map((indicator) => (
                  <Table.Tr key={indicator.indicatorId}>
                    <Table.Td>
                      {indicator.name}
                      <Text size="xs" c="dimmed">
                        {indicator.unit}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {indicator.inPeriod === null ? (
                        <Text size="xs" c="dimmed">
                          {t('content.entered')}
                        </Text>
                      ) : (
                        format.number(indicator.inPeriod)
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{format.number(indicator.achieved)}</Table.Td>
                    <Table.Td ta="right">{format.number(indicator.target)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
    </Stack>
  );
}
