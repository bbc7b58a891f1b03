import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventSummaryFragment } from '../../../generated/graphql';
import type { LocalisedText } from '../../programmes/public';
import { instantToZoned } from '../eventTime';
import { eventText } from '../eventText';

export interface DayEvent {
  event: EventSummaryFragment;
  /** `HH:mm` where the event is held. */
  time: string;
  text: LocalisedText;
}

/**
 * The events by the calendar day (`YYYY-MM-DD`) they start on where they are held, with titles in
 * the reader's language where the programme has them. Each day's stay in the order given unless
 * `byTime` sorts them by their local time, for views that show it.
 */
export function useEventsByDay(
  events: readonly EventSummaryFragment[],
  languages: readonly string[],
  { byTime = false }: { byTime?: boolean } = {},
): Map<string, DayEvent[]> {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const days = new Map<string, DayEvent[]>();
    for (const event of events) {
      const local = instantToZoned(event.startsAt, event.timeZone);
      const text = eventText(event, languages, i18n.language);
      const day = local.slice(0, 10);
      days.set(day, [...(days.get(day) ?? []), { event, time: local.slice(11, 16), text }]);
    }
    if (byTime) for (const list of days.values()) list.sort((a, b) => a.time.localeCompare(b.time));
    return days;
  }, [events, languages, i18n.language, byTime]);
}
