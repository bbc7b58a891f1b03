import DataLoader from 'dataloader';
import { manyBy, perLimit } from '../../common/loaders';
import { defineModule, type CoreServices } from '../../common/module';
import type { AuditService } from '../audit';
import { computedValues, countedEventIds } from './indicator-values';
import { Indicator } from './indicator.entity';
import { IndicatorResolver } from './indicator.resolver';
import { IndicatorService } from './indicator.service';

export const indicatorsModule = defineModule({
  name: 'indicators',
  entities: [Indicator],
  resolvers: [IndicatorResolver],
  services: ({ dataSource, policy, audit }: CoreServices & { audit: AuditService }) => ({
    indicators: new IndicatorService(dataSource, policy, audit),
  }),
  loaders: (dataSource) => ({
    indicatorsByProgramme: manyBy(dataSource, Indicator, 'programmeId', { createdAt: 'ASC' }),
    /** Achieved value of a computed indicator, by indicator id. */
    computedAchieved: new DataLoader<string, number>(async (ids) => {
      const values = await computedValues(dataSource, ids);
      return ids.map((id) => values.get(id) ?? 0);
    }),
    /** Ids of the first held events a computed indicator counts, by indicator id. */
    countedEventIds: perLimit((ids, limit) => countedEventIds(dataSource, ids, limit)),
  }),
});
