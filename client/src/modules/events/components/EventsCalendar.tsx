import { ActionIcon, Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventSummaryFragment } from '../../../generated/graphql';
import { localDateIn, monthGrid, shiftMonth } from '../eventTime';
import type { LocalisedText } from '../../programmes/localisedText';
import { eventText } from '../eventText';
import { eventPath } from '../../../app/paths';
import { UntranslatedMark } from '../../localisation/components/UntranslatedMark';

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
  const byDay = useMemo(() => {
    const days = new Map<string, { event: EventSummaryFragment; text: LocalisedText }[]>();
    for (const event of events) {
      const day = localDateIn(event.startsAt, event.timeZone);
      const text = eventText(event, languages, i18n.language);
      days.set(day, [...(days.get(day) ?? []), { event, text }]);
    }
    return days;
  }, [events, languages, i18n.language]);
  const monthLabel = new Intl.DateTimeFormat(i18n.language, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <ActionIcon
          variant="default"
          aria-label={t('calendar.previous')}
          onClick={() => onMonthChange(shiftMonth(month, -1))}
        >
          ‹
        </ActionIcon>
        <Title order={3} size="h4">
          {monthLabel}
        </Title>
        <ActionIcon
          variant="default"
          aria-label={t('calendar.next')}
          onClick={() => onMonthChange(shiftMonth(month, 1))}
        >
          ›
        </ActionIcon>
      </Group>
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
                  {(byDay.get(day) ?? []).map(({ event, text }) => (
                    <Fragment key={event.id}>
                      <Anchor
                        component={Link}
                        to={eventPath(programmeId, event.id)}
                        size="xs"
                        lineClamp={2}
                        display="block"
                        lang={text.titleLanguage}
                        style={{ wordBreak: 'break-word' }}
                      >
                        {text.title}
                      </Anchor>
                      <UntranslatedMark shown={text.titleLanguage} />
                    </Fragment>
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
