/** The event page's address, below its programme's events tab. */
export function eventPath(programmeId: string, eventId: string): string {
  return `/programmes/${encodeURIComponent(programmeId)}/events/${encodeURIComponent(eventId)}`;
}
