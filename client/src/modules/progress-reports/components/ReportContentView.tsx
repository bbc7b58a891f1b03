import { Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgressReportFieldsFragment } from '../../../generated/graphql';
import { DataTable, type DataColumn } from '../../../ui/DataTable';
import { useFormat } from '../../../ui/useFormat';
import { ActionStatusBadge } from '../../action-plan/public';
import { EventTime } from '../../events/public';

export interface ReportContentViewProps {
  content: ProgressReportFieldsFragment['content'];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

interface ContentTableProps {
  title: string;
  /** The table's accessible name. */
  label: string;
  /** Said instead of an empty table. */
  empty: string;
  rowCount: number;
  minWidth: number;
  columns: Exclude<DataColumn, string>[];
  children: ReactNode;
}

/** A section of the report listing its rows in a table that scrolls sideways on a phone. */
function ContentTable(props: ContentTableProps) {
  const { title, label, empty, rowCount, minWidth, columns, children } = props;
  return (
    <Section title={title}>
      {rowCount === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <DataTable minWidth={minWidth} aria-label={label} columns={columns}>
          {children}
        </DataTable>
      )}
    </Section>
  );
}

/** What the report says the partner did, as filled in from the data of the period. */
export function ReportContentView({ content }: ReportContentViewProps) {
  const { t } = useTranslation('progress-reports');
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
      <ContentTable
        title={t('content.actions')}
        label={t('content.actionsLabel')}
        empty={t('content.noActions')}
        rowCount={content.actions.length}
        minWidth={560}
        columns={[
          { label: t('content.action') },
          { label: t('content.progress') },
          { label: t('content.statusChange') },
          { label: t('content.notes') },
        ]}
      >
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
      </ContentTable>
      <ContentTable
        title={t('content.events')}
        label={t('content.eventsLabel')}
        empty={t('content.noEvents')}
        rowCount={content.events.length}
        minWidth={560}
        columns={[
          { label: t('content.date') },
          { label: t('content.event') },
          { label: t('content.type') },
          { label: t('content.attendees'), numeric: true },
        ]}
      >
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
      </ContentTable>
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
      <ContentTable
        title={t('content.indicators')}
        label={t('content.indicatorsLabel')}
        empty={t('content.noIndicators')}
        rowCount={content.indicators.length}
        minWidth={480}
        columns={[
          { label: t('content.indicator') },
          { label: t('content.inPeriod'), numeric: true },
          { label: t('content.achieved'), numeric: true },
          { label: t('content.target'), numeric: true },
        ]}
      >
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
      </ContentTable>
    </Stack>
  );
}
