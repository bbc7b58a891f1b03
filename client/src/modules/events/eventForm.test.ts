import { DESCRIPTION_MAX, FieldMessage } from '@spilno/shared';
import { describe, expect, it } from 'vitest';
import {
  emptyEventForm,
  eventFormErrors,
  eventToForm,
  organiserPartnerIds,
  toEventInput,
  type EventAccess,
  type EventFormValues,
} from './eventForm';

function roundTable(overrides: Partial<EventFormValues> = {}): EventFormValues {
  return {
    ...emptyEventForm({ timeZone: 'Europe/Kyiv', organiserPartnerId: 'p1', sideIds: ['ua', 'be'] }),
    type: 'ROUND_TABLE',
    title: 'Круглий стіл: прикордонна торгівля',
    startsAt: '2026-03-29T01:30',
    endsAt: '2026-03-29T05:00',
    ...overrides,
  };
}

describe('eventFormErrors', () => {
  it('accepts a complete short form', () => {
    expect(eventFormErrors(roundTable())).toEqual({});
  });

  it('asks for type, title and both times', () => {
    const errors = eventFormErrors(
      roundTable({ type: null, title: ' ', startsAt: '', endsAt: '' }),
    );
    expect(errors).toEqual({
      type: FieldMessage.REQUIRED,
      title: FieldMessage.REQUIRED,
      startsAt: FieldMessage.REQUIRED,
      endsAt: FieldMessage.REQUIRED,
    });
  });

  it('refuses days the calendar does not have and takes a leap day', () => {
    for (const bad of ['2026-02-30T10:00', '2026-13-01T10:00', '2025-02-29T10:00']) {
      expect(eventFormErrors(roundTable({ startsAt: bad })).startsAt, bad).toBe(
        FieldMessage.INVALID_DATE,
      );
      expect(eventFormErrors(roundTable({ endsAt: bad })).endsAt, bad).toBe(
        FieldMessage.INVALID_DATE,
      );
    }
    expect(
      eventFormErrors(roundTable({ startsAt: '2024-02-29T10:00', endsAt: '2024-02-29T12:00' })),
    ).toEqual({});
  });

  it('refuses an end before the start, judged as instants in the zone', () => {
    expect(eventFormErrors(roundTable({ endsAt: '2026-03-29T01:00' })).endsAt).toBe(
      FieldMessage.END_BEFORE_START,
    );
  });

  it('takes HELD only for an event that has started, as the server does', () => {
    // 01:30 Kyiv time on 29 March 2026 is 23:30 UTC the day before.
    const justBefore = new Date('2026-03-28T23:29:00Z');
    const justAfter = new Date('2026-03-28T23:30:00Z');
    expect(eventFormErrors(roundTable({ status: 'HELD' }), justBefore).status).toBe(
      FieldMessage.NOT_STARTED,
    );
    expect(eventFormErrors(roundTable({ status: 'HELD' }), justAfter)).toEqual({});
    expect(eventFormErrors(roundTable({ status: 'PLANNED' }), justBefore)).toEqual({});
  });

  it('refuses an unknown zone and impossible dates', () => {
    const errors = eventFormErrors(
      roundTable({ timeZone: 'Europe/Atlantis', startsAt: '2026-02-30T10:00' }),
    );
    expect(errors.timeZone).toBe(FieldMessage.INVALID);
    expect(errors.startsAt).toBe(FieldMessage.INVALID_DATE);
  });

  it('checks the details: counts, link, agenda', () => {
    const errors = eventFormErrors(
      roundTable({
        attendees: { ua: -1, be: '2.5' },
        onlineLink: 'meet here',
        agenda: [{ title: '', decision: '' }],
      }),
    );
    expect(errors).toEqual({
      'attendees.ua': FieldMessage.OUT_OF_RANGE,
      'attendees.be': FieldMessage.INVALID,
      onlineLink: FieldMessage.INVALID,
      'agenda.0.title': FieldMessage.REQUIRED,
    });
  });
});

describe('toEventInput', () => {
  it('sends instants with the zone’s offset and only the counts given', () => {
    const input = toEventInput(roundTable({ attendees: { ua: 12, be: '' } }));
    expect(input.startsAt).toBe('2026-03-29T01:30:00+02:00');
    expect(input.endsAt).toBe('2026-03-29T05:00:00+03:00');
    expect(input.attendees).toEqual([{ sideId: 'ua', count: 12 }]);
    expect(input.venue).toBeNull();
  });

  it('round-trips an event through the form', () => {
    const event = {
      ...toEventInput(roundTable()),
      type: 'ROUND_TABLE' as const,
      status: 'HELD' as const,
      format: 'HYBRID' as const,
      organiser: { id: 'p1' },
      attendees: [{ sideId: 'be', count: 7 }],
      agenda: [{ title: 'Митний пост', decision: null }],
      translations: [{ language: 'en', title: 'Round table: border trade', text: null }],
    };
    const form = eventToForm(event, ['ua', 'be']);
    expect(form.startsAt).toBe('2026-03-29T01:30');
    expect(form.attendees).toEqual({ ua: '', be: 7 });
    expect(form.agenda).toEqual([{ title: 'Митний пост', decision: '' }]);
    expect(form.translations).toEqual({ en: { title: 'Round table: border trade', text: '' } });
  });

  it('sends the translations of the other working languages only on an update', () => {
    const values = roundTable({
      translations: {
        en: { title: ' Round table: border trade ', text: '' },
        ru: { title: '', text: 'Торговля' },
        pl: { title: 'Okrągły stół', text: '' },
      },
    });
    expect(toEventInput(values).translations).toBeUndefined();
    const input = toEventInput(values, {
      participantOrganisationIds: ['org-1'],
      translationLanguages: ['ru', 'en'],
    });
    expect(input.participantOrganisationIds).toEqual(['org-1']);
    // Polish is no longer a working language of the programme, so it is not sent.
    expect(input.translations).toEqual([
      { language: 'ru', title: null, text: 'Торговля' },
      { language: 'en', title: 'Round table: border trade', text: null },
    ]);
  });

  it('refuses a translated description longer than the original may be', () => {
    const errors = eventFormErrors(
      roundTable({ translations: { en: { title: '', text: 'x'.repeat(DESCRIPTION_MAX + 1) } } }),
    );
    expect(errors).toEqual({ 'translations.en.text': FieldMessage.TOO_LONG });
  });
});

describe('the organisers offered', () => {
  const access = (organise: boolean[]): EventAccess => ({
    canEdit: false,
    canLog: true,
    partners: organise.map((organiseEvent, index) => ({
      id: `p${index + 1}`,
      viewerCan: { organiseEvent },
    })),
  });

  it('are exactly the partners the server lets the reader organise for, in order', () => {
    expect(organiserPartnerIds(access([true, false]))).toEqual(['p1']);
    expect(organiserPartnerIds(access([false, true, true]))).toEqual(['p2', 'p3']);
    expect(organiserPartnerIds(access([false, false]))).toEqual([]);
  });
});
