import { Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummaryFragment } from '../../../generated/graphql';
import { monthGrid, shiftMonth } from '../eventTime';
import { useEventsByDay } from '../hooks/useEventsByDay';
import { CalendarEventLink, CalendarPager } from './CalendarParts';

export interface EventsCalendarProps {
  programmeId: string;
  /** The programme's working languages, for titles in the reader's language. */
  languages: readonly string[];
  /** `YYYY-MM`. */
  month: string;
  events: readonly EventSummaryFragment[];
  onMonthChange: (month: string) => void;
}

/** A month grid, Monday first; each event sits on its date where it is held. */
export function EventsCalendar({
  programmeId,
  languages,
  month,
  events,
  onMonthChange,
}: EventsCalendarProps) {
  const { t, i18n } = useTranslation('events');
  const weeks = useMemo(() => monthGrid(month), [month]);
  const byDay = useEventsByDay(events, languages);
  const monthLabel = new Intl.DateTimeFormat(i18n.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

  return (
    <Stack gap="xs">
      <CalendarPager
        label={monthLabel}
        previousLabel={t('calendar.previous')}
        nextLabel={t('calendar.next')}
        onPrevious={() => onMonthChange(shiftMonth(month, -1))}
        onNext={() => onMonthChange(shiftMonth(month, 1))}
      />
      <Table
        withTableBorder
        withColumnBorders
        layout="fixed"
        aria-label={t('calendar.label', { month: monthLabel })}
      >
        <Table.Thead>
          <Table.Tr>
            {t('calendar.weekdays')
              .split(',')
              .map((day) => (
                <Table.Th key={day} p={4}>
                  <Text size="xs">{day}</Text>
                </Table.Th>
              ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]}>
              {week.map((day) => (
                <Table.Td key={day} p={4} valign="top" style={{ height: 72 }}>
                  <Text size="xs" c={day.startsWith(month) ? undefined : 'dimmed'}>
                    {Number(day.slice(8))}
                  </Text>
                  {(byDay.get(day) ?? []).map((entry) => (
                    <CalendarEventLink
                      key={entry.event.id}
                      programmeId={programmeId}
                      entry={entry}
                      lines={2}
                    />
                  ))}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
