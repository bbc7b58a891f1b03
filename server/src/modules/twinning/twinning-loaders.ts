import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { firstManyBy, manyBy } from '../../common/loaders';
import { Attachment } from '../attachments/public';
import { Programme } from '../programmes/public';
import { TwinningEvent } from './twinning-event.entity';
import { TwinningStatusChange } from './twinning-status-change.entity';

const perRequest = new WeakMap<Context, TwinningLoaders>();

/**
 * Loaders of the twinning fields, one set per request (the context object is the request's).
 * Some depend on who asks — which programmes and events they may read — so they are built around the signed-in user and never outlive the request.
 */
export function twinningLoaders(ctx: Context): TwinningLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createTwinningLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

function createTwinningLoaders(ctx: Context) {
  const { dataSource, policy } = ctx.services;
  const user = ctx.user;
  return {
    // The latest statuses, oldest first, so the one it has now is always among them.
    historyByRelation: firstManyBy(
      dataSource,
      TwinningStatusChange,
      'relationId',
      { at: 'DESC', id: 'DESC' },
      { reverse: true },
    ),
    eventLinksByRelation: firstManyBy(dataSource, TwinningEvent, 'relationId', {
      linkedAt: 'ASC',
    }),
    attachmentsByRelation: manyBy(dataSource, Attachment, 'twinningRelationId', {
      createdAt: 'ASC',
    }),
    /** The programme when the user may read it, else null. */
    readableProgramme: new DataLoader<string, Programme | null>(async (ids) => {
      if (!user) return ids.map(() => null);
      const query = dataSource
        .getRepository(Programme)
        .createQueryBuilder('p')
        .where('p.id IN (:...ids)', { ids: [...ids] });
      const rows = await policy.scopeProgrammes(query, 'p', user).getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type TwinningLoaders = ReturnType<typeof createTwinningLoaders>;
