import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import type { EventService } from '../events';
import { ProgrammeTwinningAbilityResolver } from './programme-twinning.resolver';
import { TwinningEvent } from './twinning-event.entity';
import { TwinningRelation } from './twinning-relation.entity';
import { TwinningStatusChange } from './twinning-status-change.entity';
import {
  TwinningContactResolver,
  TwinningResolver,
  TwinningStatusChangeResolver,
} from './twinning.resolver';
import { TwinningService } from './twinning.service';
import { readerOf, type NotificationService } from '../notifications/public';

export type { TwinningService };

export const twinningModule = defineModule({
  name: 'twinning',
  entities: [TwinningRelation, TwinningStatusChange, TwinningEvent],
  resolvers: [
    TwinningResolver,
    TwinningStatusChangeResolver,
    TwinningContactResolver,
    ProgrammeTwinningAbilityResolver,
  ],
  services: ({
    dataSource,
    policy,
    events,
    audit,
    notifications,
  }: CoreServices & {
    events: EventService;
    audit: AuditService;
    notifications: NotificationService;
  }) => {
    const twinning = new TwinningService(dataSource, policy, events, audit, notifications);
    notifications.registerReader(
      'TwinningRelation',
      readerOf((user, id) => twinning.readable(user, id)),
    );
    return { twinning };
  },
});
