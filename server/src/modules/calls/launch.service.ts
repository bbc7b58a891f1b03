import {
  ActionStatus,
  AuditAction,
  FieldMessage,
  PartnerRole,
  ProgrammeStatus,
  todayIso,
} from '@spilno/shared';
import { DateTime } from 'luxon';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { BadInputError, ForbiddenError } from '../../common/errors';
import { Action, ActionResponsible } from '../action-plan/public';
import { AuditTrail, type AuditService } from '../audit/public';
import { Organisation } from '../organisations/public';
import { Partner, Programme, ProgrammeCoordinator, ProgrammeSide } from '../programmes/public';
import type { User } from '../users/public';
import { ApplicationMember } from './application-member.entity';
import { Application } from './application.entity';
import type { ApplicationService } from './application.service';
import type { Call } from './call.entity';
import { mayLaunch, mayManageCalls } from './calls.policy';

/** How long a launched programme runs until its coordinator says otherwise. */
const PROGRAMME_YEARS = 2;

/**
 * A selected application becomes a DRAFT programme: its members are the partners (the lead
 * as LEAD) on one side per country, whoever launches it coordinates it, and each of the
 * call's deliverables is an action for every member, which the coordinator then refines.
 * All in one transaction, so a programme never exists half made.
 */
export class LaunchService {
  private readonly programmeTrail: AuditTrail<Programme>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    audit: AuditService,
  ) {
    this.programmeTrail = new AuditTrail(audit, {
      entityType: 'Programme',
      fields: ['code', 'title', 'summary', 'startsOn', 'endsOn', 'status'],
      summary: (programme) => `${programme.code} ${programme.title}`,
    });
  }

  async launch(actor: User, applicationId: string): Promise<Programme> {
    if (!mayManageCalls(actor))
      throw new ForbiddenError('Admins and coordinators launch programmes');
    const { application, call } = await this.applications.readable(actor, applicationId);
    if (!mayLaunch(actor, application)) {
      throw BadInputError.field(
        'applicationId',
        application.programmeId ? FieldMessage.TAKEN : FieldMessage.NOT_ALLOWED,
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const programme = await this.createProgramme(manager, call, application);
      // Claims the application for this programme; a concurrent launch finds it claimed.
      const claimed = await manager.update(
        Application,
        { id: application.id, programmeId: IsNull() },
        { programmeId: programme.id, version: () => '"version" + 1' },
      );
      if (claimed.affected !== 1) throw BadInputError.field('applicationId', FieldMessage.TAKEN);
      await manager.insert(ProgrammeCoordinator, { programmeId: programme.id, userId: actor.id });
      const partners = await this.seatPartners(manager, programme.id, application.id);
      await this.planDeliverables(manager, programme, call.deliverables, partners);
      await this.programmeTrail.created(manager, actor, programme);
      await this.applications.trail.write(manager, actor, AuditAction.UPDATE, application, [
        { field: 'programmeId', before: null, after: programme.id },
      ]);
      return programme;
    });
  }

  private async createProgramme(
    manager: EntityManager,
    call: Call,
    application: Application,
  ): Promise<Programme> {
    const startsOn = todayIso();
    return manager.save(
      manager.create(Programme, {
        code: await freeCode(manager, call.code),
        title: application.title,
        summary: application.motivation,
        startsOn,
        endsOn: DateTime.fromISO(startsOn).plus({ years: PROGRAMME_YEARS }).toISODate()!,
        status: ProgrammeStatus.DRAFT,
        languages: [],
        translations: [],
      }),
    );
  }

  /** One side per country of the members, in the order they first appear (the lead's first). */
  private async seatPartners(
    manager: EntityManager,
    programmeId: string,
    applicationId: string,
  ): Promise<Partner[]> {
    const members = await manager
      .getRepository(ApplicationMember)
      .createQueryBuilder('m')
      .innerJoinAndMapOne('m.organisation', Organisation, 'o', 'o.id = m.organisationId')
      .where('m.applicationId = :applicationId', { applicationId })
      .orderBy('m.isLead', 'DESC')
      .addOrderBy('o.name', 'ASC')
      .getMany();
    const sides = new Map<string, string>();
    for (const member of members) {
      const country = member.organisation!.country;
      if (sides.has(country)) continue;
      const side = await manager.save(
        manager.create(ProgrammeSide, {
          programmeId,
          name: country,
          country,
          position: sides.size,
        }),
      );
      sides.set(country, side.id);
    }
    const partners: Partner[] = [];
    for (const member of members) {
      partners.push(
        await manager.save(
          manager.create(Partner, {
            programmeId,
            organisationId: member.organisationId,
            sideId: sides.get(member.organisation!.country)!,
            role: member.isLead ? PartnerRole.LEAD : PartnerRole.PARTNER,
          }),
        ),
      );
    }
    return partners;
  }

  private async planDeliverables(
    manager: EntityManager,
    programme: Programme,
    deliverables: string[],
    partners: Partner[],
  ): Promise<void> {
    for (const [i, title] of deliverables.entries()) {
      const action = await manager.save(
        manager.create(Action, {
          programmeId: programme.id,
          parentId: null,
          code: String(i + 1),
          title,
          description: null,
          startsOn: programme.startsOn,
          dueOn: programme.endsOn,
          status: ActionStatus.PLANNED,
          translations: [],
        }),
      );
      if (partners.length) {
        await manager.insert(
          ActionResponsible,
          partners.map((p) => ({ actionId: action.id, partnerId: p.id })),
        );
      }
    }
  }
}

/** The call's code with the first free number: SPACES-2020-1, SPACES-2020-2, … */
async function freeCode(manager: EntityManager, callCode: string): Promise<string> {
  const base = callCode.slice(0, 27);
  for (let n = 1; ; n++) {
    const code = `${base}-${n}`;
    if (!(await manager.existsBy(Programme, { code }))) return code;
  }
}
