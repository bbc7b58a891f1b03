import { Stack, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummaryFragment } from '../../../generated/graphql';
import { shiftWeek, weekDays } from '../eventTime';
import { useEventsByDay } from '../hooks/useEventsByDay';
import { CalendarEventLink, CalendarPager } from './CalendarParts';

export interface EventsWeekProps {
  programmeId: string;
  /** The programme's working languages, for titles in the reader's language. */
  languages: readonly string[];
  /** `YYYY-MM-DD`, any day of the week shown. */
  date: string;
  events: readonly EventSummaryFragment[];
  onDateChange: (date: string) => void;
}

/** One week, Monday first; each event sits on its date, at its time, where it is held. */
export function EventsWeek({
  programmeId,
  languages,
  date,
  events,
  onDateChange,
}: EventsWeekProps) {
  const { t, i18n } = useTranslation('events');
  const days = useMemo(() => weekDays(date), [date]);
  const byDay = useEventsByDay(events, languages, { byTime: true });
  const first = days[0] ?? date;
  const last = days.at(-1) ?? date;
  const range = new Intl.DateTimeFormat(i18n.language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
  const weekdays = t('calendar.weekdays').split(',');

  return (
    <Stack gap="xs">
      <CalendarPager
        label={range}
        previousLabel={t('week.previous')}
        nextLabel={t('week.next')}
        onPrevious={() => onDateChange(shiftWeek(first, -1))}
        onNext={() => onDateChange(shiftWeek(first, 1))}
      />
      <Table.ScrollContainer minWidth={700}>
        <Table
          withTableBorder
          withColumnBorders
          layout="fixed"
          aria-label={t('week.label', { range })}
        >
          <Table.Thead>
            <Table.Tr>
              {days.map((day, index) => (
                <Table.Th key={day} p={4}>
                  <Text size="xs">
                    {t('week.day', { weekday: weekdays[index] ?? '', day: Number(day.slice(8)) })}
                  </Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              {days.map((day) => (
                <Table.Td key={day} p={4} valign="top" style={{ height: 160 }}>
                  <Stack gap={6}>
                    {(byDay.get(day) ?? []).map((entry) => (
                      <div key={entry.event.id}>
                        <Text size="xs" c="dimmed">
                          {entry.time}
                        </Text>
                        <CalendarEventLink programmeId={programmeId} entry={entry} lines={3} />
                      </div>
                    ))}
                  </Stack>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
