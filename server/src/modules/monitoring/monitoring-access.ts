import type { DataSource } from 'typeorm';
import { ForbiddenError } from '../../common/errors';
import { findOrNotFound } from '../../common/find';
import { type Policy, Partner } from '../programmes/public';
import type { User } from '../users/public';
import { mayTakePart, mayTriage } from './issue.policy';
import { MonitoringIssue } from './monitoring-issue.entity';
import { MonitoringRound } from './monitoring-round.entity';

/**
 * The monitoring services' enforcement of issue.policy.ts: the record if readable, else
 * NOT_FOUND; FORBIDDEN when the policy refuses the change.
 */
export class MonitoringAccess {
  constructor(
    private readonly dataSource: DataSource,
    readonly policy: Policy,
  ) {}

  /** The issue if `user` may read its programme, else NOT_FOUND. */
  async readableIssue(user: User, id: string): Promise<MonitoringIssue> {
    const issue = await findOrNotFound(this.dataSource, MonitoringIssue, 'Issue', id);
    await this.policy.readableProgramme(user, issue.programmeId);
    return issue;
  }

  /** The round if `user` may read its programme, else NOT_FOUND. */
  async readableRound(user: User, id: string): Promise<MonitoringRound> {
    const round = await findOrNotFound(this.dataSource, MonitoringRound, 'Round', id);
    await this.policy.readableProgramme(user, round.programmeId);
    return round;
  }

  /** See issue.policy.ts. */
  mayTriage(user: User, programmeId: string): Promise<boolean> {
    return mayTriage(this.policy.viewer(user), programmeId);
  }

  async assertTriage(user: User, programmeId: string): Promise<void> {
    if (!(await this.mayTriage(user, programmeId))) {
      throw new ForbiddenError('Only the programme’s coordinators may triage its issues');
    }
  }

  /** The partner record of a partner user's own organisation in the programme, if any. */
  async ownPartner(user: User, programmeId: string): Promise<Partner | null> {
    if (!this.policy.viewer(user).isPartner || !user.organisationId) return null;
    return this.dataSource
      .getRepository(Partner)
      .findOneBy({ programmeId, organisationId: user.organisationId });
  }

  /** Triagers, and staff of the programme's partner organisations: those who take part. */
  async assertTakesPart(user: User, programmeId: string): Promise<void> {
    if (await mayTakePart(this.policy.viewer(user), programmeId)) return;
    throw new ForbiddenError('Only the programme’s partners and coordinators take part in it');
  }
}
