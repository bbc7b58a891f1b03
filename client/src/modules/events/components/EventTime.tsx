import { Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, eventTimeDisplay, type ZonedInterval } from '../eventTime';

export interface EventTimeProps {
  event: ZonedInterval;
}

/** The event's time where it is held and, when the reader's clock differs, on that clock. */
export function EventTime({ event }: EventTimeProps) {
  const { t, i18n } = useTranslation('events');
  const display = useMemo(
    () => eventTimeDisplay(event, browserTimeZone(), i18n.language),
    [event, i18n.language],
  );
  return (
    <Stack gap={2}>
      <Text size="sm">{display.event}</Text>
      {display.reader ? (
        <Text size="xs" c="dimmed">
          {t('list.readerTime', { time: display.reader })}
        </Text>
      ) : null}
    </Stack>
  );
}
