import { defineModule } from '../../common/module';
import {
  ActionTextResolver,
  EventTextResolver,
  IndicatorTextResolver,
  ProgrammeTextResolver,
} from './translated-text.resolver';
import { TranslationResolver } from './translation.resolver';

export const localisationModule = defineModule({
  name: 'localisation',
  resolvers: [
    TranslationResolver,
    ProgrammeTextResolver,
    ActionTextResolver,
    EventTextResolver,
    IndicatorTextResolver,
  ],
});
