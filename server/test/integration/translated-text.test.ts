import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, FieldMessage } from '@spilno/shared';
import { useCastProgramme } from '../cast-world';
import { buildAction, buildEvent, buildIndicator } from '../factories';
import type { TestApp } from '../graphql';
import type { Cast, CastProgramme } from '../programme-cast';

const TEXTS = `query ($id: ID!, $eventId: ID!, $lang: String!) {
  programme(id: $id) {
    titleIn(lang: $lang) { text lang isFallback }
    summaryIn(lang: $lang) { text lang isFallback }
    actions {
      code
      titleIn(lang: $lang) { text lang isFallback }
      descriptionIn(lang: $lang) { text lang isFallback }
    }
    indicators {
      nameIn(lang: $lang) { text lang isFallback }
      unitIn(lang: $lang) { text lang isFallback }
    }
  }
  event(id: $eventId) { titleIn(lang: $lang) { text lang isFallback } }
}`;

interface Text {
  text: string | null;
  lang: string;
  isFallback: boolean;
}
interface Texts {
  programme: {
    titleIn: Text;
    summaryIn: Text;
    actions: { code: string; titleIn: Text; descriptionIn: Text }[];
    indicators: { nameIn: Text; unitIn: Text }[];
  };
  event: { titleIn: Text };
}

let app: TestApp;
let cast: Cast;
let p: CastProgramme;
let eventId: string;

useCastProgramme((world) => ({ app, cast, p } = world), {
  title: 'Прикордонне співробітництво',
  summary: 'Місцева демократія.',
  translations: [{ language: 'en', title: 'Cross-border co-operation', text: null }],
});
beforeAll(async () => {
  const ds = app.dataSource;
  await buildAction(ds, p.programme.id, {
    code: '1',
    title: 'Конференції',
    description: 'Щороку.',
    translations: [{ language: 'en', title: 'Conferences', text: null }],
  });
  await buildAction(ds, p.programme.id, { code: '2', title: 'Навчання' });
  await buildIndicator(ds, p.programme.id, { name: 'Проведено заходів', unit: 'заходів' });
  eventId = (await buildEvent(ds, p.programme.id, { title: 'Круглий стіл громад' })).id;
});

const texts = (lang: string) =>
  cast.clients.observer.ok<Texts>(TEXTS, { id: p.programme.id, eventId, lang });

describe('texts in the reader’s language', () => {
  it('say which fell back to the original because no translation exists', async () => {
    const { programme, event } = await texts('en');
    expect(programme.titleIn).toEqual({
      text: 'Cross-border co-operation',
      lang: 'en',
      isFallback: false,
    });
    expect(programme.summaryIn).toEqual({
      text: 'Місцева демократія.',
      lang: 'uk',
      isFallback: true,
    });
    const [first, second] = programme.actions;
    expect(first?.titleIn).toEqual({ text: 'Conferences', lang: 'en', isFallback: false });
    expect(first?.descriptionIn).toEqual({ text: 'Щороку.', lang: 'uk', isFallback: true });
    expect(second?.titleIn).toEqual({ text: 'Навчання', lang: 'uk', isFallback: true });
    // No description at all is nothing to translate.
    expect(second?.descriptionIn).toEqual({ text: null, lang: 'en', isFallback: false });
    expect(programme.indicators[0]).toEqual({
      nameIn: { text: 'Проведено заходів', lang: 'uk', isFallback: true },
      unitIn: { text: 'заходів', lang: 'uk', isFallback: true },
    });
    expect(event.titleIn).toEqual({ text: 'Круглий стіл громад', lang: 'uk', isFallback: true });
  });

  it('never mark the original language as a fallback', async () => {
    const { programme, event } = await texts('uk');
    expect(programme.titleIn.isFallback).toBe(false);
    expect(programme.actions.map((a) => a.titleIn.isFallback)).toEqual([false, false]);
    expect(programme.indicators[0]?.nameIn.isFallback).toBe(false);
    expect(event.titleIn).toEqual({ text: 'Круглий стіл громад', lang: 'uk', isFallback: false });
  });

  it('refuse a language that is not a language code, naming the argument', async () => {
    const result = await cast.clients.observer.request(TEXTS, {
      id: p.programme.id,
      eventId,
      lang: 'english',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'lang', message: FieldMessage.INVALID },
    ]);
  });
});
