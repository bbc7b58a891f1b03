import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { MonitoringProgrammeQuery } from '../../../generated/graphql';
import type { MonitoringAccess } from '../access';
import { MonitoringProgrammeQuery as MonitoringProgrammeDocument } from '../graphql/monitoring';

export type MonitoringProgramme = NonNullable<MonitoringProgrammeQuery['programme']>;
export type MonitoringPartnerRecord = MonitoringProgramme['partners'][number];
export type MonitoringSide = MonitoringProgramme['sides'][number];

export interface MonitoringContext {
  programme: MonitoringProgramme;
  access: MonitoringAccess;
  /** Partner id → the partner. */
  partners: ReadonlyMap<string, MonitoringPartnerRecord>;
  /** Organisation id → its partner record, for the side an issue was raised from. */
  partnerOfOrganisation: ReadonlyMap<string, MonitoringPartnerRecord>;
  /** Side id → the side, in the programme's order. */
  sides: ReadonlyMap<string, MonitoringSide>;
}

/** The programme's sides and partners with the reader's rights over its monitoring. */
export function useMonitoringProgramme(programmeId: string) {
  const query = useQuery(MonitoringProgrammeDocument, { variables: { programmeId } });
  const programme = query.data?.programme ?? null;
  const me = query.data?.me ?? null;

  const context = useMemo<MonitoringContext | null>(() => {
    if (!programme) return null;
    return {
      programme,
      access: {
        canTriage: programme.viewerCan.edit,
        canRaise: programme.viewerCan.raiseIssue,
        organisationId: me?.organisation?.id ?? null,
        partners: programme.partners,
      },
      partners: new Map(programme.partners.map((partner) => [partner.id, partner])),
      partnerOfOrganisation: new Map(
        programme.partners.map((partner) => [partner.organisation.id, partner]),
      ),
      sides: new Map(
        [...programme.sides].sort((a, b) => a.position - b.position).map((side) => [side.id, side]),
      ),
    };
  }, [programme, me]);

  return { ...query, context };
}
