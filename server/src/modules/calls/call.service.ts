import {
  ApplicationStatus,
  callTransitions,
  CallStatus,
  FieldMessage,
  LIST_LIMITS,
} from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { throwIfAny } from '../../common/dates';
import { isUniqueViolation } from '../../common/db-errors';
import { BadInputError, ForbiddenError, NotFoundError } from '../../common/errors';
import { isId } from '../../common/ids';
import { windowErrors, type ListWindow } from '../../common/list-limit';
import { validateInput } from '../../common/validate';
import { updateAndReload } from '../../common/versioned-update';
import { AuditTrail, type AuditService } from '../audit/public';
import { Organisation } from '../organisations/public';
import type { User } from '../users/public';
import { ApplicationMember } from './application-member.entity';
import { Application } from './application.entity';
import { Call } from './call.entity';
import type { CallInput } from './call.inputs';
import { callErrors, callFields } from './call-rules';
import { mayManageCalls, scopeCalls } from './calls.policy';

export const CALL_LABEL = 'Call';

const AUDITED: (keyof Call & string)[] = [
  'code',
  'title',
  'summary',
  'status',
  'opensOn',
  'closesOn',
  'timeZone',
  'minMembers',
  'maxMembers',
  'stages',
  'deliverables',
];

/** A selected group as the public page shows it: organisations, never people. */
export interface PublicGroupRow {
  title: string;
  members: { name: string; nameEn: string | null; country: string; lead: boolean }[];
}

/** Calls: setting them up, their status, reading them and their public page. */
export class CallService {
  private readonly trail: AuditTrail<Call>;

  constructor(
    private readonly dataSource: DataSource,
    audit: AuditService,
  ) {
    this.trail = new AuditTrail(audit, {
      entityType: CALL_LABEL,
      fields: AUDITED,
      summary: (call) => `${call.code} ${call.title}`,
    });
  }

  /** The calls `user` reads, the latest opening first, one window of them. */
  list(user: User, window: ListWindow): Promise<Call[]> {
    throwIfAny(windowErrors(LIST_LIMITS.calls, window.limit, window.offset));
    return scopeCalls(this.dataSource.getRepository(Call).createQueryBuilder('c'), 'c', user)
      .orderBy('c.opensOn', 'DESC')
      .addOrderBy('c.code', 'ASC')
      .limit(window.limit)
      .offset(window.offset)
      .getMany();
  }

  /** The call if `user` reads it, else NOT_FOUND. */
  async readable(user: User, id: string): Promise<Call> {
    const call = isId(id)
      ? await scopeCalls(this.dataSource.getRepository(Call).createQueryBuilder('c'), 'c', user)
          .andWhere('c.id = :id', { id })
          .getOne()
      : null;
    if (!call) throw new NotFoundError(CALL_LABEL);
    return call;
  }

  private async managed(user: User, id: string): Promise<Call> {
    if (!mayManageCalls(user)) throw new ForbiddenError('Admins and coordinators run calls');
    return this.readable(user, id);
  }

  async create(actor: User, input: CallInput): Promise<Call> {
    if (!mayManageCalls(actor)) throw new ForbiddenError('Admins and coordinators run calls');
    await validateInput(input);
    throwIfAny(callErrors(input));
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const call = await manager.save(
          manager.create(Call, { ...callFields(input), status: CallStatus.DRAFT }),
        );
        await this.trail.created(manager, actor, call);
        return call;
      }),
    );
  }

  /**
   * Replaces a call's set-up while it is a DRAFT or OPEN: once evaluation began its stages
   * and criteria are what the scores were given against.
   */
  async update(actor: User, id: string, version: number, input: CallInput): Promise<Call> {
    const existing = await this.managed(actor, id);
    await validateInput(input);
    const errors = callErrors(input);
    if (existing.status !== CallStatus.DRAFT && existing.status !== CallStatus.OPEN) {
      errors.push({ field: 'id', message: FieldMessage.NOT_ALLOWED });
    }
    throwIfAny(errors);
    return this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const updated = await updateAndReload(
          manager,
          Call,
          CALL_LABEL,
          id,
          version,
          callFields(input),
        );
        await this.trail.updated(manager, actor, existing, updated);
        return updated;
      }),
    );
  }

  /** Moves a call forward: DRAFT → OPEN → EVALUATING → CLOSED, never back. */
  async setStatus(actor: User, id: string, version: number, status: CallStatus): Promise<Call> {
    const existing = await this.managed(actor, id);
    if (!callTransitions(existing.status).includes(status)) {
      throw BadInputError.field('status', FieldMessage.TRANSITION_NOT_ALLOWED);
    }
    return this.dataSource.transaction(async (manager) => {
      const updated = await updateAndReload(manager, Call, CALL_LABEL, id, version, { status });
      await this.trail.updated(manager, actor, existing, updated);
      return updated;
    });
  }

  /** A call that is no longer a draft, by its code, for the page open to everyone. */
  async publicCall(code: string): Promise<Call | null> {
    if (code.length > 32) return null;
    const call = await this.dataSource.getRepository(Call).findOneBy({ code });
    return call && call.status !== CallStatus.DRAFT ? call : null;
  }

  /** The groups selected in a CLOSED call, by title; none before it closes. */
  async selectedGroups(call: Call, limit: number): Promise<PublicGroupRow[]> {
    if (call.status !== CallStatus.CLOSED) return [];
    const applications = await this.dataSource.getRepository(Application).find({
      where: { callId: call.id, status: ApplicationStatus.SELECTED },
      order: { title: 'ASC', id: 'ASC' },
      take: limit,
    });
    if (!applications.length) return [];
    const members = await this.dataSource
      .getRepository(ApplicationMember)
      .createQueryBuilder('m')
      .innerJoin(Organisation, 'o', 'o.id = m.organisationId')
      .select(['m.applicationId AS "applicationId"', 'm.isLead AS lead'])
      .addSelect(['o.name AS name', 'o.nameEn AS "nameEn"', 'o.country AS country'])
      .where('m.applicationId IN (:...ids)', { ids: applications.map((a) => a.id) })
      .orderBy('m.isLead', 'DESC')
      .addOrderBy('o.name', 'ASC')
      .getRawMany<PublicGroupRow['members'][number] & { applicationId: string }>();
    return applications.map((application) => ({
      title: application.title,
      members: members
        .filter((m) => m.applicationId === application.id)
        .map(({ name, nameEn, country, lead }) => ({ name, nameEn, country, lead })),
    }));
  }

  private async saving<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error)) throw BadInputError.field('input.code', FieldMessage.TAKEN);
      throw error;
    }
  }
}
