import { defineModule, type CoreServices } from '../../common/module';
import { PublicSiteResolver } from './public.resolver';
import { PublicSiteService } from './public.service';

export const publicSiteModule = defineModule({
  name: 'public-site',
  resolvers: [PublicSiteResolver],
  services: ({ dataSource }: CoreServices) => ({ publicSite: new PublicSiteService(dataSource) }),
});
