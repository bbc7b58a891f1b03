import type { DataSource } from 'typeorm';
import { isId } from '../../common/ids';
import { pageWindow, type Page } from '../../common/pagination';
import { validateInput } from '../../common/validate';
import { Organisation } from './organisation.entity';
import type { OrganisationsArgs } from './organisation.inputs';
import { anyCasePattern } from './text-search';

/** The directory of councils and bodies; every signed-in user may read it. */
export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  async list(args: OrganisationsArgs): Promise<Page<Organisation>> {
    await validateInput(args, '');
    const { take, skip } = pageWindow(args);
    const [items, total] = await this.filtered(args).take(take).skip(skip).getManyAndCount();
    return { items, total };
  }

  /** Every organisation matching the filters, unpaged (for export). */
  async all(args: OrganisationsArgs): Promise<Organisation[]> {
    await validateInput(args, '');
    return this.filtered(args).getMany();
  }

  private filtered(args: OrganisationsArgs) {
    const query = this.dataSource.getRepository(Organisation).createQueryBuilder('o');
    if (args.search?.trim()) {
      // Same expression as the trigram index of the migration, so the index serves it.
      query.andWhere(`lower(o.name || ' ' || coalesce(o."nameEn", '')) ~ :search`, {
        search: anyCasePattern(args.search.trim()),
      });
    }
    if (args.country) query.andWhere('o.country = :country', { country: args.country });
    if (args.kind) query.andWhere('o.kind = :kind', { kind: args.kind });
    return query.orderBy('o.name').addOrderBy('o.id');
  }

  async get(id: string): Promise<Organisation | null> {
    return isId(id) ? this.dataSource.getRepository(Organisation).findOneBy({ id }) : null;
  }
}
