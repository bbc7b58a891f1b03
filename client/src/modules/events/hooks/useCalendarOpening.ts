import { useQuery } from '@apollo/client/react';
import { calendarOpening, needsLatestEvent } from '../calendarOpening';
import { localDateIn } from '../eventTime';
import { EventAtQuery } from '../graphql/events';

export interface CalendarOpeningOptions {
  programmeId: string;
  /** The programme's period; null while it loads. */
  period: { startsOn: string; endsOn: string } | null;
  today: string;
  /** False when the day is already known (from the link, or in the list view). */
  enabled: boolean;
}

/**
 * The day the calendar opens on (see `calendarOpening`), or null while it is being found.
 * The latest event is read only for a programme that is not running today: the count first,
 * then the event at the end of the start order.
 */
export function useCalendarOpening({
  programmeId,
  period,
  today,
  enabled,
}: CalendarOpeningOptions): string | null {
  const needed = enabled && period !== null && needsLatestEvent({ today, ...period });
  const first = useQuery(EventAtQuery, { variables: { programmeId, offset: 0 }, skip: !needed });
  const total = first.data?.events.total ?? 0;
  const last = useQuery(EventAtQuery, {
    variables: { programmeId, offset: total - 1 },
    skip: !needed || total <= 1,
  });
  if (!period) return null;
  if (!needed) return calendarOpening({ today, ...period, latestEventDay: null });
  const latest = total <= 1 ? first.data?.events.items[0] : last.data?.events.items[0];
  const settled = first.data && (total <= 1 || last.data);
  // Without an answer (an error included) the programme's own period still places the view.
  if (!settled && (first.loading || last.loading)) return null;
  return calendarOpening({
    today,
    ...period,
    latestEventDay: latest ? localDateIn(latest.startsAt, latest.timeZone) : null,
  });
}
