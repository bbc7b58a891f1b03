import { SERVER_PATHS } from '@spilno/shared';
import { defineModule, type CoreServices } from '../../common/module';
import { CooperationResolver } from './cooperation.resolver';
import { programmeReportRouter } from './programme-report.route';
import { ProgrammeReportService } from './programme-report.service';

export const programmeReportModule = defineModule({
  name: 'programme-report',
  resolvers: [CooperationResolver],
  services: ({ dataSource, policy, exports }: CoreServices) => ({
    programmeReport: new ProgrammeReportService(dataSource, policy, exports),
  }),
  routes: [{ paths: [SERVER_PATHS.programmeReportPdf], router: programmeReportRouter }],
});
