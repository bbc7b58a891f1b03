import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { EventsProgrammeQuery } from '../../../generated/graphql';
import type { EventAccess } from '../eventForm';
import { EventsProgrammeQuery as EventsProgrammeDocument } from '../graphql/events';

export type EventsProgramme = NonNullable<EventsProgrammeQuery['programme']>;
export type EventsPartner = EventsProgramme['partners'][number];
export type EventsSide = EventsProgramme['sides'][number];

export interface EventsContext {
  programme: EventsProgramme;
  access: EventAccess;
  /** Partner id → the partner, for organiser names. */
  partners: ReadonlyMap<string, EventsPartner>;
  /** Side id → the side, for attendee rows. */
  sides: ReadonlyMap<string, EventsSide>;
}

/** The programme's partners, sides and actions with the reader's rights over its events. */
export function useEventsProgramme(programmeId: string) {
  const query = useQuery(EventsProgrammeDocument, { variables: { programmeId } });
  const programme = query.data?.programme ?? null;

  const context = useMemo<EventsContext | null>(() => {
    if (!programme) return null;
    return {
      programme,
      access: {
        canEdit: programme.viewerCan.edit,
        canLog: programme.viewerCan.logEvent,
        partners: programme.partners,
      },
      partners: new Map(programme.partners.map((partner) => [partner.id, partner])),
      sides: new Map(
        [...programme.sides].sort((a, b) => a.position - b.position).map((side) => [side.id, side]),
      ),
    };
  }, [programme]);

  return { ...query, context };
}
