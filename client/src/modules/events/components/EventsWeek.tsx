import { ActionIcon, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventSummaryFragment } from '../../../generated/graphql';
import { instantToZoned, localDateIn, shiftWeek, weekDays } from '../eventTime';
import type { LocalisedText } from '../../programmes/localisedText';
import { eventText } from '../eventText';
import { eventPath } from '../../../app/paths';
import { UntranslatedMark } from '../../localisation/components/UntranslatedMark';

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
  const byDay = useMemo(() => {
    const map = new Map<
      string,
      { event: EventSummaryFragment; time: string; text: LocalisedText }[]
    >();
    for (const event of events) {
      const local = instantToZoned(event.startsAt, event.timeZone);
      const day = localDateIn(event.startsAt, event.timeZone);
      const text = eventText(event, languages, i18n.language);
      map.set(day, [...(map.get(day) ?? []), { event, time: local.slice(11, 16), text }]);
    }
    for (const list of map.values()) list.sort((a, b) => a.time.localeCompare(b.time));
    return map;
  }, [events, languages, i18n.language]);
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
      <Group justify="space-between">
        <ActionIcon
          variant="default"
          aria-label={t('week.previous')}
          onClick={() => onDateChange(shiftWeek(first, -1))}
        >
          ‹
        </ActionIcon>
        <Title order={3} size="h4">
          {range}
        </Title>
        <ActionIcon
          variant="default"
          aria-label={t('week.next')}
          onClick={() => onDateChange(shiftWeek(first, 1))}
        >
          ›
        </ActionIcon>
      </Group>
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
                    {(byDay.get(day) ?? []).map(({ event, time, text }) => (
                      <div key={event.id}>
                        <Text size="xs" c="dimmed">
                          {time}
                        </Text>
                        <Anchor
                          component={Link}
                          to={eventPath(programmeId, event.id)}
                          size="xs"
                          lineClamp={3}
                          display="block"
                          lang={text.titleLanguage}
                          style={{ wordBreak: 'break-word' }}
                        >
                          {text.title}
                        </Anchor>
                        <UntranslatedMark shown={text.titleLanguage} />
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
