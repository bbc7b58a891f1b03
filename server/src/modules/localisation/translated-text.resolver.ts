import { FieldMessage, LOCALE_CODE_PATTERN } from '@spilno/shared';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { BadInputError } from '../../common/errors';
import {
  pickTranslation,
  TranslatedText,
  type TranslatableRecord,
  type TranslatedField,
} from '../../common/translation';
import { Action } from '../action-plan/public';
import { Event } from '../events/public';
import { Indicator } from '../indicators/public';
import { Programme } from '../programmes/public';

const LANG = { description: 'Language code the reader wants, e.g. en.' };

function checkedLang(lang: string): string {
  if (!LOCALE_CODE_PATTERN.test(lang)) throw BadInputError.field('lang', FieldMessage.INVALID);
  return lang;
}

/** The working languages of a record's programme, the first being the one it is written in. */
async function languagesOf(ctx: Context, programmeId: string): Promise<string[]> {
  return (await ctx.loaders.programme.load(programmeId))?.languages ?? [];
}

async function inProgramme(
  ctx: Context,
  programmeId: string,
  record: TranslatableRecord,
  field: TranslatedField,
  lang: string,
): Promise<TranslatedText> {
  return pickTranslation(record, field, await languagesOf(ctx, programmeId), checkedLang(lang));
}

@Resolver(() => Programme)
export class ProgrammeTextResolver {
  @FieldResolver(() => TranslatedText, { description: 'The title in `lang`, or the fallback.' })
  titleIn(@Root() programme: Programme, @Arg('lang', LANG) lang: string): TranslatedText {
    return pickTranslation(
      { ...programme, text: programme.summary },
      'title',
      programme.languages,
      checkedLang(lang),
    );
  }

  @FieldResolver(() => TranslatedText, { description: 'The summary in `lang`, or the fallback.' })
  summaryIn(@Root() programme: Programme, @Arg('lang', LANG) lang: string): TranslatedText {
    return pickTranslation(
      { ...programme, text: programme.summary },
      'text',
      programme.languages,
      checkedLang(lang),
    );
  }
}

@Resolver(() => Action)
export class ActionTextResolver {
  @FieldResolver(() => TranslatedText, { description: 'The title in `lang`, or the fallback.' })
  titleIn(@Root() action: Action, @Arg('lang', LANG) lang: string, @Ctx() ctx: Context) {
    return inProgramme(
      ctx,
      action.programmeId,
      { ...action, text: action.description },
      'title',
      lang,
    );
  }

  @FieldResolver(() => TranslatedText, {
    description: 'The description in `lang`, or the fallback.',
  })
  descriptionIn(@Root() action: Action, @Arg('lang', LANG) lang: string, @Ctx() ctx: Context) {
    return inProgramme(
      ctx,
      action.programmeId,
      { ...action, text: action.description },
      'text',
      lang,
    );
  }
}

@Resolver(() => Event)
export class EventTextResolver {
  @FieldResolver(() => TranslatedText, { description: 'The title in `lang`, or the fallback.' })
  titleIn(@Root() event: Event, @Arg('lang', LANG) lang: string, @Ctx() ctx: Context) {
    return inProgramme(
      ctx,
      event.programmeId,
      { ...event, text: event.description },
      'title',
      lang,
    );
  }

  @FieldResolver(() => TranslatedText, {
    description: 'The description in `lang`, or the fallback.',
  })
  descriptionIn(@Root() event: Event, @Arg('lang', LANG) lang: string, @Ctx() ctx: Context) {
    return inProgramme(ctx, event.programmeId, { ...event, text: event.description }, 'text', lang);
  }
}

/** Indicators are written in their programme's first working language and not translated. */
@Resolver(() => Indicator)
export class IndicatorTextResolver {
  @FieldResolver(() => TranslatedText, { description: 'The name in `lang`, or the fallback.' })
  nameIn(@Root() indicator: Indicator, @Arg('lang', LANG) lang: string, @Ctx() ctx: Context) {
    return inProgramme(
      ctx,
      indicator.programmeId,
      { title: indicator.name, text: null, translations: [] },
      'title',
      lang,
    );
  }

  @FieldResolver(() => TranslatedText, { description: 'The unit in `lang`, or the fallback.' })
  unitIn(@Root() indicator: Indicator, @Arg('lang', LANG) lang: string, @Ctx() ctx: Context) {
    return inProgramme(
      ctx,
      indicator.programmeId,
      { title: indicator.unit, text: null, translations: [] },
      'title',
      lang,
    );
  }
}
