import { Role } from '@spilno/shared';
import type { EnumValue } from '../../ui/enums';

export interface MonitoringPartner {
  id: string;
  side: { id: string };
  organisation: { id: string };
}

/** What deciding who may do what in a programme's monitoring needs. */
export interface MonitoringAccess {
  /** Whether the reader triages (the programme's `viewerCan.edit`, the server's decision). */
  canTriage: boolean;
  /** Whether the reader may raise issues (the programme's `viewerCan.raiseIssue`). */
  canRaise: boolean;
  role: EnumValue<Role> | null;
  organisationId: string | null;
  partners: readonly MonitoringPartner[];
}

/**
 * The partner record of the reader's own organisation, when the reader is a partner's staff:
 * the organisation its forms raise issues and submit a round's answers for. Whether the
 * reader may do either at all is the server's `viewerCan`.
 */
export function ownPartner(access: MonitoringAccess): MonitoringPartner | null {
  if (access.role !== Role.PARTNER || !access.organisationId) return null;
  return access.partners.find((p) => p.organisation.id === access.organisationId) ?? null;
}

/**
 * The organisations the reader may raise an issue for: a partner user its own; coordinators
 * every partner organisation, their own (when it is one) first, as the server defaults to it.
 */
export function raiserChoices(access: MonitoringAccess): string[] {
  const own = ownPartner(access);
  if (!access.canTriage) return own ? [own.organisation.id] : [];
  const ids = access.partners.map((p) => p.organisation.id);
  const mine = ids.find((id) => id === access.organisationId);
  return mine ? [mine, ...ids.filter((id) => id !== mine)] : ids;
}
