import type { ProgrammeStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import type { Policy } from '../../common/policy';
import type { User } from '../user/user.entity';
import { Programme } from './programme.entity';

export class ProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  /** Programmes the user may read, newest first. */
  list(user: User, status?: ProgrammeStatus | null): Promise<Programme[]> {
    const query = this.dataSource.getRepository(Programme).createQueryBuilder('p');
    if (status) query.andWhere('p.status = :status', { status });
    return this.policy
      .scopeProgrammes(query, 'p', user)
      .orderBy('p.startsOn', 'DESC')
      .addOrderBy('p.code')
      .getMany();
  }

  /** Null where the programme does not exist or the user may not read it. */
  async get(user: User, id: string): Promise<Programme | null> {
    return this.policy.readableProgramme(user, id).catch(() => null);
  }
}
