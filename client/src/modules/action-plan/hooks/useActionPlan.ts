import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ActionPlanQuery } from '../../../generated/graphql';
import { organisationName } from '../../organisations/public';
import { buildActionTree, type ActionNode } from '../actionTree';
import { ActionPlanQuery as ActionPlanDocument } from '../graphql/actionPlan';

export type PlanProgramme = NonNullable<ActionPlanQuery['programme']>;
export type PlanAction = PlanProgramme['actions'][number];
export type PlanPartner = PlanProgramme['partners'][number];

export interface ActionPlan {
  programme: PlanProgramme;
  tree: ActionNode<PlanAction>[];
  /** Partner id → the partner, for names and sides. */
  partners: ReadonlyMap<string, PlanPartner>;
}

/** The programme's plan with its tree and partners worked out once. */
export function useActionPlan(programmeId: string) {
  const query = useQuery(ActionPlanDocument, { variables: { programmeId } });
  const programme = query.data?.programme ?? null;

  const plan = useMemo<ActionPlan | null>(() => {
    if (!programme) return null;
    const partners = new Map(programme.partners.map((partner) => [partner.id, partner]));
    return {
      programme,
      tree: buildActionTree(programme.actions),
      partners,
    };
  }, [programme]);

  return { ...query, plan };
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
