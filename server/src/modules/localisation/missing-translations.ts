import { EventStatus } from '@spilno/shared';
import type { DataSource } from 'typeorm';
import { Not } from 'typeorm';
import {
  missingLanguages,
  type TranslatableRecord,
  type TranslatedField,
} from '../../common/translation';
import { Action } from '../action-plan/public';
import { Event } from '../events/public';
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

const byCode = (a: Action, b: Action) => a.code.localeCompare(b.code, undefined, { numeric: true });

/**
 * Every title and text of a programme, its actions and its events (not cancelled ones) that
 * lacks a translation into one of the programme's working languages, in the order a
 * coordinator works through them: the programme, its plan by code, its events by date.
 */
export async function missingTranslations(
  dataSource: DataSource,
  programme: Programme,
): Promise<MissingTranslation[]> {
  if (programme.languages.length < 2) return [];
  const base = `/programmes/${programme.id}`;
  const [actions, events] = await Promise.all([
    dataSource.getRepository(Action).find({
      select: { id: true, code: true, title: true, description: true, translations: true },
      where: { programmeId: programme.id },
    }),
    dataSource.getRepository(Event).find({
      select: { id: true, title: true, description: true, translations: true, startsAt: true },
      where: { programmeId: programme.id, status: Not(EventStatus.CANCELLED) },
      order: { startsAt: 'ASC', id: 'ASC' },
    }),
  ]);
  const sources: Source[] = [
    {
      recordType: 'Programme',
      recordId: programme.id,
      label: programme.title,
      link: base,
      record: { ...programme, text: programme.summary },
      textField: 'summary',
    },
    ...actions.sort(byCode).map((action) => ({
      recordType: 'Action',
      recordId: action.id,
      label: `${action.code} ${action.title}`,
      link: `${base}/plan`,
      record: { ...action, text: action.description },
      textField: 'description',
    })),
    ...events.map((event) => ({
      recordType: 'Event',
      recordId: event.id,
      label: event.title,
      link: `${base}/events/${event.id}`,
      record: { ...event, text: event.description },
      textField: 'description',
    })),
  ];
  return sources.flatMap((source) =>
    (['title', 'text'] as TranslatedField[]).flatMap((field) => {
      const missing = missingLanguages(source.record, field, programme.languages);
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
    }),
  );
}
