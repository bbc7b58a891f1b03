import { FieldMessage, type FieldError } from '@spilno/shared';
import { In, Not, type EntityManager } from 'typeorm';
import { Organisation } from '../organisations/public';
import { ApplicationMember } from './application-member.entity';
import type { Call } from './call.entity';
import type { ApplicationInput } from './call.inputs';

const FIELD = 'input.memberOrganisationIds';

/**
 * What is wrong with an application's membership: the lead counts towards the call's
 * minimum and maximum; nobody is named twice (the lead among the others included); every
 * organisation exists and is in no other application of the call.
 */
export async function memberErrors(
  manager: EntityManager,
  call: Call,
  input: ApplicationInput,
  applicationId: string | null,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  const seen = new Set<string>([input.leadOrganisationId]);
  input.memberOrganisationIds.forEach((id, i) => {
    if (seen.has(id)) errors.push({ field: `${FIELD}.${i}`, message: FieldMessage.DUPLICATE });
    seen.add(id);
  });
  const count = seen.size;
  if (count < call.minMembers) errors.push({ field: FIELD, message: FieldMessage.TOO_FEW });
  if (count > call.maxMembers) errors.push({ field: FIELD, message: FieldMessage.TOO_MANY });
  if (errors.length) return errors;
  const ids = [...seen];
  const known = new Set(
    (await manager.find(Organisation, { where: { id: In(ids) }, select: { id: true } })).map(
      (o) => o.id,
    ),
  );
  const taken = new Set(
    (
      await manager.find(ApplicationMember, {
        where: {
          callId: call.id,
          organisationId: In(ids),
          ...(applicationId ? { applicationId: Not(applicationId) } : {}),
        },
        select: { organisationId: true },
      })
    ).map((m) => m.organisationId),
  );
  const check = (id: string, field: string) => {
    if (!known.has(id)) errors.push({ field, message: FieldMessage.UNKNOWN_REFERENCE });
    else if (taken.has(id)) errors.push({ field, message: FieldMessage.TAKEN });
  };
  check(input.leadOrganisationId, 'input.leadOrganisationId');
  input.memberOrganisationIds.forEach((id, i) => check(id, `${FIELD}.${i}`));
  return errors;
}

/**
 * Makes the stored members those of `input`: members who stay keep their confirmation, the
 * lead is confirmed by applying.
 */
export async function setMembers(
  manager: EntityManager,
  call: Call,
  applicationId: string,
  input: ApplicationInput,
  actorId: string,
): Promise<void> {
  const wanted = [input.leadOrganisationId, ...input.memberOrganisationIds];
  const existing = await manager.findBy(ApplicationMember, { applicationId });
  const gone = existing.filter((m) => !wanted.includes(m.organisationId));
  if (gone.length) await manager.delete(ApplicationMember, { id: In(gone.map((m) => m.id)) });
  const present = new Set(existing.map((m) => m.organisationId));
  const added = wanted.filter((id) => !present.has(id));
  if (!added.length) return;
  const now = new Date();
  await manager.insert(
    ApplicationMember,
    added.map((organisationId) => {
      const lead = organisationId === input.leadOrganisationId;
      return {
        applicationId,
        callId: call.id,
        organisationId,
        isLead: lead,
        confirmedAt: lead ? now : null,
        confirmedById: lead ? actorId : null,
      };
    }),
  );
}

/** The organisation ids of an application's members, the lead included. */
export async function memberIds(manager: EntityManager, applicationId: string): Promise<string[]> {
  const rows = await manager.find(ApplicationMember, {
    where: { applicationId },
    select: { organisationId: true },
  });
  return rows.map((r) => r.organisationId);
}
