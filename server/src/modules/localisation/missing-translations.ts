import { EventStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import {
  missingLanguages,
  type TranslatableRecord,
  type TranslatedField,
} from '../../common/translation';
import { byCode, type Action } from '../action-plan/public';
import type { Event } from '../events/public';
import type { Programme } from '../programmes/public';
import type { MissingTranslation } from './missing-translation.types';

interface Source {
  recordType: string;
  recordId: string;
  label: string;
  link: string;
  record: TranslatableRecord;
  /** What the record's text is called in the app's forms. */
  textField: string;
}

/**
 * Whether record `r` lacks a translation of its title, or of a text that is not blank, into
 * one of the languages $2: the rows worth checking, which missingLanguages then names exactly.
 */
function lacking(textColumn: string): string {
  const translated = (
    field: string,
  ) => `EXISTS (SELECT 1 FROM jsonb_array_elements(r.translations) t
      WHERE t->>'language' = l.language AND coalesce(t->>'${field}', '') ~ '\\S')`;
  return `EXISTS (SELECT 1 FROM unnest($2::text[]) AS l(language)
    WHERE NOT ${translated('title')}
       OR (coalesce(r."${textColumn}", '') ~ '\\S' AND NOT ${translated('text')}))`;
}

/** The entries of one source: its title, its text, or both. */
function entriesOf(source: Source, languages: readonly string[]): MissingTranslation[] {
  return (['title', 'text'] as TranslatedField[]).flatMap((field) => {
    const missing = missingLanguages(source.record, field, languages);
    return missing.length === 0
      ? []
      : [
          {
            recordType: source.recordType,
            recordId: source.recordId,
            label: source.label,
            field: field === 'title' ? 'title' : source.textField,
            missingLanguages: missing,
            link: source.link,
          },
        ];
  });
}

/**
 * The first `limit` titles and texts of a programme, its actions and its events (not
 * cancelled ones) that lack a translation into one of the programme's working languages, in
 * the order a coordinator works through them: the programme, its plan by code, its events by
 * date. Only records that lack one are read; the plan's (sorted by code as people read codes)
 * whole, the events no more than the limit needs.
 */
export async function missingTranslations(
  dataSource: DataSource,
  programme: Programme,
  limit: number,
): Promise<MissingTranslation[]> {
  if (programme.languages.length < 2) return [];
  const languages = programme.languages;
  const others = languages.slice(1);
  const base = `/programmes/${programme.id}`;
  const found = entriesOf(
    {
      recordType: 'Programme',
      recordId: programme.id,
      label: programme.title,
      link: base,
      record: { ...programme, text: programme.summary },
      textField: 'summary',
    },
    languages,
  );
  if (found.length < limit) {
    const actions = await dataSource.query<Action[]>(
      `SELECT r.id, r.code, r.title, r.description, r.translations FROM action r
        WHERE r."programmeId" = $1 AND ${lacking('description')}`,
      [programme.id, others],
    );
    for (const action of actions.sort(byCode)) {
      found.push(
        ...entriesOf(
          {
            recordType: 'Action',
            recordId: action.id,
            label: `${action.code} ${action.title}`,
            link: `${base}/plan`,
            record: { ...action, text: action.description },
            textField: 'description',
          },
          languages,
        ),
      );
      if (found.length >= limit) break;
    }
  }
  if (found.length < limit) {
    // Every event read lacks a translation, so the ones still wanted are enough.
    const events = await dataSource.query<Event[]>(
      `SELECT r.id, r.title, r.description, r.translations FROM event r
        WHERE r."programmeId" = $1 AND r.status <> $3 AND ${lacking('description')}
        ORDER BY r."startsAt", r.id LIMIT $4`,
      [programme.id, others, EventStatus.CANCELLED, limit - found.length],
    );
    for (const event of events) {
      found.push(
        ...entriesOf(
          {
            recordType: 'Event',
            recordId: event.id,
            label: event.title,
            link: `${base}/events/${event.id}`,
            record: { ...event, text: event.description },
            textField: 'description',
          },
          languages,
        ),
      );
    }
  }
  return found.slice(0, limit);
}
