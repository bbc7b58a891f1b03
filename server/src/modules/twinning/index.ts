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
  }: CoreServices & { events: EventService; audit: AuditService }) => ({
    twinning: new TwinningService(dataSource, policy, events, audit),
  }),
});
