import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type {
  ActionChoicesQuery,
  ActionFieldsFragment,
  ActionPlanQuery,
  PlanProgrammeFieldsFragment,
} from '../../../generated/graphql';
import { organisationName } from '../../organisations/public';
import { buildActionTree, isOutlineComplete, type ActionNode } from '../actionTree';
import {
  ActionChoicesQuery as ActionChoicesDocument,
  ActionPlanQuery as ActionPlanDocument,
} from '../graphql/actionPlan';

export type PlanProgramme = NonNullable<ActionPlanQuery['programme']>;
export type PlanAction = ActionFieldsFragment;
export type PlanPartner = PlanProgrammeFieldsFragment['partners'][number];
/** An action as the form's parent choice and code suggestion need it. */
export type ActionChoice = NonNullable<ActionChoicesQuery['programme']>['actions'][number];

export interface ActionPlan {
  programme: PlanProgramme;
  /** The loaded actions as a tree: the whole plan, or the top levels of a large one. */
  tree: ActionNode<PlanAction>[];
  /** Whether every action arrived with the plan, none waiting to be opened. */
  complete: boolean;
  /** Partner id → the partner, for names and sides. */
  partners: ReadonlyMap<string, PlanPartner>;
}

/** The programme's plan (its outline) with its tree and partners worked out once. */
export function useActionPlan(programmeId: string) {
  const query = useQuery(ActionPlanDocument, { variables: { programmeId } });
  const programme = query.data?.programme ?? null;

  const plan = useMemo<ActionPlan | null>(() => {
    if (!programme) return null;
    const partners = new Map(programme.partners.map((partner) => [partner.id, partner]));
    return {
      programme,
      tree: buildActionTree(programme.actionOutline),
      complete: isOutlineComplete(programme.actionOutline),
      partners,
    };
  }, [programme]);

  return { ...query, plan };
}

/**
 * Every action of the plan for the form: the plan's own when it arrived whole, otherwise
 * read afresh when the form opens (codes must be current for the next one suggested).
 */
export function useActionChoices(plan: ActionPlan) {
  const query = useQuery(
    ActionChoicesDocument,
    plan.complete
      ? skipToken
      : { variables: { programmeId: plan.programme.id }, fetchPolicy: 'network-only' },
  );
  const choices: readonly ActionChoice[] | null = plan.complete
    ? plan.programme.actionOutline
    : (query.data?.programme?.actions ?? null);
  return { choices, error: query.error, refetch: query.refetch };
}

/** The names of an action's responsible partners, in the reader's language. */
export function responsibleNames(
  action: Pick<PlanAction, 'responsible'>,
  partners: ReadonlyMap<string, PlanPartner>,
  locale: string,
): string[] {
  return action.responsible.flatMap((ref) => {
    const partner = partners.get(ref.id);
    return partner ? [organisationName(partner.organisation, locale)] : [];
  });
}
