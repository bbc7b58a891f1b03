import { LOCALE_CODE_PATTERN, SUMMARY_MAX, TITLE_MAX } from '@spilno/shared';
import { IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';

/**
 * A record's title and text in one working language. The record's own columns hold the
 * original; translations hold the other working languages, and the client falls back
 * to the original where one is missing.
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
