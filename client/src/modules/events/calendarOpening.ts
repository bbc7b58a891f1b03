/** What decides the day a programme's calendar opens on, all as `YYYY-MM-DD`. */
export interface CalendarOpeningFacts {
  /** Today on the reader's clock. */
  today: string;
  startsOn: string;
  endsOn: string;
  /** The day the programme's latest event starts, where it is held; null without events. */
  latestEventDay: string | null;
}

/**
 * The day a programme's month and week views open on when the link names none: today while
 * the programme runs; otherwise where its work last happened (its latest event), so a
 * programme that ended years ago does not open on an empty month; with no events, its start.
 */
export function calendarOpening(facts: CalendarOpeningFacts): string {
  if (facts.today >= facts.startsOn && facts.today <= facts.endsOn) return facts.today;
  return facts.latestEventDay ?? facts.startsOn;
}

/** Whether the latest event matters at all: only when today is outside the programme. */
export function needsLatestEvent(facts: Omit<CalendarOpeningFacts, 'latestEventDay'>): boolean {
  return facts.today < facts.startsOn || facts.today > facts.endsOn;
}
