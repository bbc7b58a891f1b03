import {
  ApplicationStatus,
  AuditAction,
  CallStatus,
  FieldMessage,
  LIST_LIMITS,
  Role,
} from '@spilno/shared';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ForbiddenError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { checkedLimit } from '../../common/list-limit';
import { validateInput } from '../../common/validate';
import { updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import type { User } from '../users/public';
import { memberErrors, memberIds, setMembers } from './application-members';
import { ApplicationMember } from './application-member.entity';
import { Application } from './application.entity';
import type { CallService } from './call.service';
import type { ApplicationInput } from './call.inputs';
import { Call } from './call.entity';
import { closingInstant } from './call-rules';
import { leads, mayApply, mayConfirm, mayReadApplication } from './calls.policy';

export const APPLICATION_LABEL = 'Application';

const AUDITED: (keyof Application & string)[] = [
  'title',
  'leadOrganisationId',
  'motivation',
  'status',
  'stage',
  'decisionComment',
  'programmeId',
];

const NIL_ID = '00000000-0000-0000-0000-000000000000';

/** An application with the organisations in it, as the rules need them. */
export interface ReadApplication {
  application: Application;
  call: Call;
  members: string[];
}

/** Applications by groups: applying, membership, editing and submitting. */
export class ApplicationService {
  readonly trail: AuditTrail<Application>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly calls: CallService,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: APPLICATION_LABEL,
      fields: AUDITED,
      summary: (application) => application.title,
    });
  }

  /** The application with its call and members if `user` reads it, else NOT_FOUND. */
  async readable(user: User, id: string): Promise<ReadApplication> {
    const application = isId(id)
      ? await this.dataSource.getRepository(Application).findOneBy({ id })
      : null;
    if (!application) throw new NotFoundError(APPLICATION_LABEL);
    const members = await memberIds(this.dataSource.manager, id);
    if (!mayReadApplication(user, application, members)) throw new NotFoundError(APPLICATION_LABEL);
    const call = await this.calls.readable(user, application.callId).catch(() => {
      throw new NotFoundError(APPLICATION_LABEL);
    });
    return { application, call, members };
  }

  /** The applications to a call that `user` reads, by title. */
  list(user: User, call: Call, limit: number): Promise<Application[]> {
    checkedLimit(LIST_LIMITS.callApplications, limit);
    const query = this.dataSource
      .getRepository(Application)
      .createQueryBuilder('a')
      .where('a.callId = :callId', { callId: call.id });
    if (user.role === Role.OBSERVER) {
      query.andWhere('a.status <> :draft', { draft: ApplicationStatus.DRAFT });
    } else if (user.role === Role.PARTNER) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM call_application_member scope_m WHERE scope_m."applicationId" = a.id AND scope_m."organisationId" = :scopeOrg)',
        { scopeOrg: user.organisationId ?? NIL_ID },
      );
    }
    return query.orderBy('a.title', 'ASC').addOrderBy('a.id', 'ASC').limit(limit).getMany();
  }

  /** A partner user applies for its own organisation as lead, to an OPEN call. */
  async apply(actor: User, callId: string, input: ApplicationInput): Promise<Application> {
    if (!mayApply(actor)) throw new ForbiddenError('Partner users apply for their organisation');
    const call = await this.calls.readable(actor, callId);
    if (input.leadOrganisationId !== actor.organisationId) {
      throw new ForbiddenError('A partner user applies with its own organisation as lead');
    }
    await validateInput(input);
    if (call.status !== CallStatus.OPEN) {
      throw BadInputError.field('callId', FieldMessage.CALL_NOT_OPEN);
    }
    return this.membershipWrite(async (manager) => {
      await lockCall(manager, call.id);
      throwIfAny(await memberErrors(manager, call, input, null));
      const application = await manager.save(
        manager.create(Application, {
          callId: call.id,
          title: input.title.trim(),
          leadOrganisationId: input.leadOrganisationId,
          motivation: input.motivation?.trim() || null,
          status: ApplicationStatus.DRAFT,
          stage: 1,
        }),
      );
      await setMembers(manager, call, application.id, input, actor.id);
      await this.trail.created(manager, actor, application);
      return application;
    });
  }

  /** The lead replaces a draft application's title, motivation and members. */
  async update(
    actor: User,
    id: string,
    version: number,
    input: ApplicationInput,
  ): Promise<Application> {
    const { application, call } = await this.lead(actor, id);
    await validateInput(input);
    const errors = [];
    if (application.status !== ApplicationStatus.DRAFT) {
      errors.push({ field: 'id', message: FieldMessage.NOT_ALLOWED });
    }
    if (input.leadOrganisationId !== application.leadOrganisationId) {
      errors.push({ field: 'input.leadOrganisationId', message: FieldMessage.NOT_ALLOWED });
    }
    throwIfAny(errors);
    return this.membershipWrite(async (manager) => {
      await lockCall(manager, call.id);
      throwIfAny(await memberErrors(manager, call, input, id));
      const updated = await updateAndReload(manager, Application, APPLICATION_LABEL, id, version, {
        title: input.title.trim(),
        motivation: input.motivation?.trim() || null,
      });
      await setMembers(manager, call, id, input, actor.id);
      await this.trail.updated(manager, actor, application, updated);
      return updated;
    });
  }

  /** The lead submits a draft while the call is OPEN, until the end of its closing day. */
  async submit(actor: User, id: string, version: number): Promise<Application> {
    const { application, call } = await this.lead(actor, id);
    if (application.status !== ApplicationStatus.DRAFT) {
      throw BadInputError.field('id', FieldMessage.NOT_ALLOWED);
    }
    if (call.status !== CallStatus.OPEN)
      throw BadInputError.field('id', FieldMessage.CALL_NOT_OPEN);
    if (Date.now() >= closingInstant(call).getTime()) {
      throw BadInputError.field('id', FieldMessage.PAST_CLOSING);
    }
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, Application, APPLICATION_LABEL, id, version, {
        status: ApplicationStatus.SUBMITTED,
        submittedAt: new Date(),
      });
      await this.trail.updated(manager, actor, application, updated);
      return updated;
    });
  }

  /** A member organisation's user confirms it takes part; confirming again changes nothing. */
  async confirm(actor: User, id: string): Promise<Application> {
    const { application, members } = await this.readable(actor, id);
    if (!mayConfirm(actor, members)) {
      throw new ForbiddenError('A member organisation’s partner users confirm its participation');
    }
    if (application.status === ApplicationStatus.REJECTED) {
      throw BadInputError.field('applicationId', FieldMessage.NOT_ALLOWED);
    }
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        ApplicationMember,
        { applicationId: id, organisationId: actor.organisationId!, confirmedAt: IsNull() },
        { confirmedAt: new Date(), confirmedById: actor.id },
      );
      if (result.affected) {
        await this.trail.write(manager, actor, AuditAction.UPDATE, application, [
          { field: 'confirmed', before: null, after: actor.organisationId },
        ]);
      }
    });
    return application;
  }

  /** The application if `actor` is a partner user of its lead, else FORBIDDEN. */
  private async lead(actor: User, id: string): Promise<ReadApplication> {
    const read = await this.readable(actor, id);
    if (!leads(actor, read.application)) {
      throw new ForbiddenError('The lead organisation’s partner users edit and submit it');
    }
    return read;
  }

  private async membershipWrite(
    write: (manager: EntityManager) => Promise<Application>,
  ): Promise<Application> {
    try {
      return await this.dataSource.transaction(write);
    } catch (error) {
      // Another application took one of the organisations between the check and the insert.
      if (isUniqueViolation(error)) {
        throw BadInputError.field('input.memberOrganisationIds', FieldMessage.TAKEN);
      }
      throw error;
    }
  }
}

/** Serialises the membership writes of one call, so the check of taken members holds. */
async function lockCall(manager: EntityManager, callId: string): Promise<void> {
  await manager.query('SELECT id FROM "call" WHERE id = $1 FOR UPDATE', [callId]);
}
