import { useQuery } from '@apollo/client/react';
import type { ActionTimelineQuery } from '../../../generated/graphql';
import { ActionTimelineQuery as ActionTimelineDocument } from '../graphql/actionPlan';

export type TimelineProgramme = NonNullable<ActionTimelineQuery['programme']>;
export type TimelineAction = TimelineProgramme['actions'][number];

/** Every action of the plan as the timeline draws it, fetched afresh when the tab opens. */
export function useActionTimeline(programmeId: string) {
  const query = useQuery(ActionTimelineDocument, {
    variables: { programmeId },
    fetchPolicy: 'cache-and-network',
  });
  return { ...query, programme: query.data?.programme ?? null };
}
