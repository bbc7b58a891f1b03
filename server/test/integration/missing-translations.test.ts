import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { EventStatus, ProgrammeStatus } from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import { buildAction, buildEvent } from '../factories';
import type { TestApp } from '../graphql';
import { CAST, castProgramme, refusal, type Cast, type CastProgramme } from '../programme-cast';

const MISSING = `query ($programmeId: ID!) {
  missingTranslations(programmeId: $programmeId) {
    recordType recordId label field missingLanguages link
  }
}`;

interface Missing {
  recordType: string;
  recordId: string;
  label: string;
  field: string;
  missingLanguages: string[];
  link: string;
}

let app: TestApp;
let cast: Cast;
let p: CastProgramme;

useCastProgramme((world) => ({ app, cast, p } = world), {
  title: 'Прикордонне співробітництво',
  summary: 'Місцева демократія по обидва боки кордону.',
  languages: ['uk', 'en', 'pl'],
  // The title is translated into both other languages, the summary into English only.
  translations: [
    { language: 'en', title: 'Cross-border co-operation', text: 'Local democracy.' },
    { language: 'pl', title: 'Współpraca transgraniczna', text: null },
  ],
});

const list = async (programmeId: string) =>
  (await cast.clients.coordinator.ok<{ missingTranslations: Missing[] }>(MISSING, { programmeId }))
    .missingTranslations;

describe('missing translations of a programme', () => {
  it('lists each untranslated field with the working languages it lacks and a link', async () => {
    const ds = app.dataSource;
    const action = await buildAction(ds, p.programme.id, {
      code: '1.2',
      title: 'Щорічна конференція',
      description: 'Два дні доповідей.',
      translations: [
        { language: 'en', title: 'Annual conference', text: null },
        { language: 'pl', title: '  ', text: 'Dwa dni referatów.' },
      ],
    });
    const translated = await buildAction(ds, p.programme.id, {
      code: '1.1',
      title: 'Круглі столи',
      translations: [
        { language: 'en', title: 'Round tables', text: null },
        { language: 'pl', title: 'Okrągłe stoły', text: null },
      ],
    });
    const event = await buildEvent(ds, p.programme.id, { title: 'Круглий стіл громад' });
    await buildEvent(ds, p.programme.id, {
      title: 'Скасована подія',
      status: EventStatus.CANCELLED,
    });

    const missing = await list(p.programme.id);
    const base = `/programmes/${p.programme.id}`;
    expect(missing).toEqual([
      {
        recordType: 'Programme',
        recordId: p.programme.id,
        label: 'Прикордонне співробітництво',
        field: 'summary',
        missingLanguages: ['pl'],
        link: base,
      },
      {
        recordType: 'Action',
        recordId: action.id,
        label: '1.2 Щорічна конференція',
        field: 'title',
        missingLanguages: ['pl'],
        link: `${base}/plan`,
      },
      {
        recordType: 'Action',
        recordId: action.id,
        label: '1.2 Щорічна конференція',
        field: 'description',
        missingLanguages: ['en'],
        link: `${base}/plan`,
      },
      {
        recordType: 'Event',
        recordId: event.id,
        label: 'Круглий стіл громад',
        field: 'title',
        missingLanguages: ['en', 'pl'],
        link: `${base}/events/${event.id}`,
      },
    ]);
    // A fully translated action, one without a description, is not listed.
    expect(missing.map((row) => row.recordId)).not.toContain(translated.id);
  });

  it('is empty for a programme with one working language', async () => {
    const single = await castProgramme(app, cast, { languages: ['uk'] });
    await buildAction(app.dataSource, single.programme.id, { title: 'Лише українською' });
    expect(await list(single.programme.id)).toEqual([]);
  });

  it.each([ProgrammeStatus.ACTIVE, ProgrammeStatus.DRAFT])(
    'is for the programme’s coordinators and admins only (%s)',
    async (status) => {
      const programme = await castProgramme(app, cast, { status, languages: ['uk', 'en'] });
      for (const member of CAST) {
        const expected = refusal(member, 'coordinate', status);
        const result = await cast.clients[member].request(MISSING, {
          programmeId: programme.programme.id,
        });
        expect(result.errors?.[0]?.extensions?.code, member).toBe(expected);
        if (!expected) {
          expect(
            (result.data as { missingTranslations: Missing[] }).missingTranslations,
            member,
          ).toEqual([expect.objectContaining({ recordType: 'Programme', field: 'title' })]);
        }
      }
    },
  );

  it('does not exist for malformed or unknown ids', async () => {
    expect(await cast.clients.admin.code(MISSING, { programmeId: 'not-an-id' })).toBe('NOT_FOUND');
  });
});
