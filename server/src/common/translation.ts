import {
  LOCALE_CODE_PATTERN,
  pickTranslation as pickShared,
  SUMMARY_MAX,
  TITLE_MAX,
  type TranslatedField,
} from '@spilno/shared';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

/**
 * A record's title and text in one working language. The record's own columns hold the
 * original; translations hold the other working languages, and `pickTranslation`
 * falls back to the original where one is missing.
 */
@ObjectType({ description: 'Title and text of a record in one working language.' })
export class Translation {
  @Field({ description: 'Language code, e.g. uk, en, ru.' })
  language: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true, description: 'Summary or description.' })
  text: string | null;
}

@InputType()
export class TranslationInput {
  @Field()
  @Matches(LOCALE_CODE_PATTERN)
  language: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TITLE_MAX)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(SUMMARY_MAX)
  text?: string | null;
}

/** Keeps one entry per language, the last given winning, with blank values dropped. */
export function normaliseTranslations(input: TranslationInput[] | undefined | null): Translation[] {
  const byLanguage = new Map<string, Translation>();
  for (const t of input ?? []) {
    const title = t.title?.trim() || null;
    const text = t.text?.trim() || null;
    if (title || text) byLanguage.set(t.language, { language: t.language, title, text });
  }
  return [...byLanguage.values()];
}

/** A record with an original title and text and their translations into other languages. */
export interface TranslatableRecord {
  title: string;
  text: string | null;
  translations: readonly Translation[];
}

export type { TranslatedField };

/**
 * The working languages after the first (the one the record is written in) that have no
 * translation of `field`. A blank original text needs none.
 */
export function missingLanguages(
  record: TranslatableRecord,
  field: TranslatedField,
  languages: readonly string[],
): string[] {
  if (field === 'text' && !record.text?.trim()) return [];
  return languages
    .slice(1)
    .filter(
      (language) => !record.translations.some((t) => t.language === language && t[field]?.trim()),
    );
}

@ObjectType({
  description:
    'A text in the language asked for, or in the original when it has no translation into it.',
})
export class TranslatedText {
  @Field(() => String, { nullable: true })
  text: string | null;

  @Field({ description: 'Language the text is written in.' })
  lang: string;

  @Field({
    description:
      'True when the text is not in the language asked for: no translation exists, so the ' +
      'original is shown, and the reader should be told so.',
  })
  isFallback: boolean;
}

/**
 * `field` of a record in `lang`, by the fallback rule the client applies too: the
 * translation where one exists, else the original marked as a fallback.
 */
export function pickTranslation(
  record: TranslatableRecord,
  field: TranslatedField,
  languages: readonly string[],
  lang: string,
): TranslatedText {
  return pickShared(record, field, languages, lang);
}
