import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';

/** What a change to the plan makes stale: the plan, its opened levels and its summary. */
const PLAN_QUERIES = ['ActionPlan', 'ActionChildren', 'PlanSummary'];

/**
 * A mutation's `refetchQueries` for a change to the plan: those of its queries on screen when
 * the change is saved (a plan with no level opened has no ActionChildren to refetch). The
 * budget, timeline and indicator tabs fetch afresh when they open, so they are not among them.
 */
export function usePlanRefetch(): () => string[] {
  const client = useApolloClient();
  return useCallback(() => {
    const active = new Set([...client.getObservableQueries()].map((query) => query.queryName));
    return PLAN_QUERIES.filter((name) => active.has(name));
  }, [client]);
}
