import { TwinningKind, TwinningStatus } from '@spilno/shared';
import type { EntityManager } from 'typeorm';
import { Event } from '../../modules/events/public';
import {
  TwinningEvent,
  TwinningRelation,
  TwinningStatusChange,
} from '../../modules/twinning/public';

/** Who recorded a step: a demo account by its e-mail. */
type Author =
  | 'coordinator@spilno.test'
  | 'partner.kharkiv@spilno.test'
  | 'partner.neighbour@spilno.test'
  | 'admin@spilno.test';

export interface SeedTwinning {
  /** Organisation keys of organisations.ts. */
  a: string;
  b: string;
  kind: TwinningKind;
  areas: string[];
  description?: string;
  contacts?: { organisation: 'a' | 'b'; name: string; position: string }[];
  /** Code of the programme it grew in. */
  programme: string | null;
  /** The history, oldest first; the first step is the relation's creation. */
  steps: { status: TwinningStatus; on: string; by: Author; note?: string }[];
  /** Titles of events of its programme held under it. */
  events?: string[];
}

const KH_BE = 'KH-BE-2012';

/**
 * "Development of existing and new twinning inter-municipal relations" under the Kharkiv–
 * Belgorod programme: the regional councils and the associations that signed it, the border
 * districts facing each other, city councils, a proposal still waiting, one that came to
 * nothing, and a SPACES study-visit contact with Sibiu still in the draft programme.
 */
export const SEED_TWINNING: SeedTwinning[] = [
  {
    a: 'kharkivRegion',
    b: 'belgorodDuma',
    kind: TwinningKind.AGREEMENT,
    areas: ['Місцеве самоврядування', 'Економіка', 'Культура'],
    description:
      'Угода про співробітництво Харківської обласної ради та Белгородської обласної Думи в розвитку місцевого самоврядування.',
    contacts: [{ organisation: 'a', name: 'Сергій Чернов', position: 'Голова обласної ради' }],
    programme: KH_BE,
    steps: [
      {
        status: TwinningStatus.NEGOTIATING,
        on: '2011-11-15',
        by: 'coordinator@spilno.test',
        note: 'Сторони погодили підготувати угоду разом із програмою співробітництва.',
      },
      {
        status: TwinningStatus.ACTIVE,
        on: '2012-04-27',
        by: 'coordinator@spilno.test',
        note: 'Угоду підписано в день підписання Програми 2012–2014.',
      },
    ],
    events: ['Конференція «Місцеве самоврядування прикордонних регіонів»'],
  },
  {
    a: 'association',
    b: 'belgorodAssociation',
    kind: TwinningKind.AGREEMENT,
    areas: ['Місцеве самоврядування', 'Обмін досвідом'],
    contacts: [
      {
        organisation: 'b',
        name: 'Василий Потрясаев',
        position: 'Председатель Президиума Ассоциации',
      },
    ],
    programme: KH_BE,
    steps: [
      {
        status: TwinningStatus.ACTIVE,
        on: '2012-04-27',
        by: 'coordinator@spilno.test',
        note: 'Асоціації підписали Програму прикордонного міжмуніципального співробітництва.',
      },
    ],
    events: [
      'Общее собрание ассоциаций: итоги первого полугодия Программы',
      'Підсумкова конференція 2012 року',
    ],
  },
  {
    a: 'kharkivDistrict7',
    b: 'belgorodDistrict1',
    kind: TwinningKind.MEMORANDUM,
    areas: ['Прикордонна співпраця', 'Надзвичайні ситуації', 'Охорона здоров’я'],
    description: 'Сусідні прикордонні райони: спільне реагування на надзвичайні ситуації.',
    programme: KH_BE,
    steps: [
      { status: TwinningStatus.PROPOSED, on: '2012-06-05', by: 'partner.kharkiv@spilno.test' },
      {
        status: TwinningStatus.ACTIVE,
        on: '2012-09-20',
        by: 'partner.neighbour@spilno.test',
        note: 'Меморандум підписали голови районних рад.',
      },
    ],
    events: ['Круглый стол: пункты пропуска и сотрудничество приграничных районов'],
  },
  {
    a: 'kharkivDistrict24',
    b: 'belgorodDistrict0',
    kind: TwinningKind.AGREEMENT,
    areas: ['Муніципальні послуги', 'Сільське господарство'],
    programme: KH_BE,
    steps: [
      { status: TwinningStatus.PROPOSED, on: '2012-05-14', by: 'coordinator@spilno.test' },
      { status: TwinningStatus.NEGOTIATING, on: '2012-07-02', by: 'coordinator@spilno.test' },
      {
        status: TwinningStatus.ACTIVE,
        on: '2012-10-25',
        by: 'coordinator@spilno.test',
        note: 'Підписано під час навчального візиту до Белгородського району.',
      },
    ],
    events: ['Учебный визит глав районов Харьковщины в Белгородский район'],
  },
  {
    a: 'kharkivDistrict3',
    b: 'belgorodDistrict2',
    kind: TwinningKind.LETTER_OF_INTENT,
    areas: ['Прикордонна співпраця', 'Туризм'],
    programme: KH_BE,
    steps: [
      {
        status: TwinningStatus.PROPOSED,
        on: '2012-11-06',
        by: 'partner.kharkiv@spilno.test',
        note: 'Запропоновано на круглому столі щодо пунктів пропуску.',
      },
      {
        status: TwinningStatus.NEGOTIATING,
        on: '2013-02-05',
        by: 'coordinator@spilno.test',
        note: 'Узгоджується текст листа про наміри.',
      },
    ],
  },
  {
    a: 'kharkivCityCouncil',
    b: 'belgorodCity',
    kind: TwinningKind.AGREEMENT,
    areas: ['Культура', 'Спорт', 'Освіта'],
    programme: null,
    steps: [
      { status: TwinningStatus.ACTIVE, on: '2006-09-15', by: 'admin@spilno.test' },
      {
        status: TwinningStatus.DORMANT,
        on: '2014-06-01',
        by: 'coordinator@spilno.test',
        note: 'Спільних заходів не проводиться.',
      },
    ],
  },
  {
    a: 'kharkivCity1',
    b: 'belgorodDistrict3',
    kind: TwinningKind.MEMORANDUM,
    areas: ['Економіка', 'Прикордонна торгівля'],
    programme: KH_BE,
    steps: [
      {
        status: TwinningStatus.PROPOSED,
        on: '2013-03-14',
        by: 'coordinator@spilno.test',
        note: 'Пропозиція Куп’янської міської ради після круглого столу в Харкові.',
      },
    ],
  },
  {
    a: 'kharkivCity5',
    b: 'belgorodDistrict4',
    kind: TwinningKind.MEMORANDUM,
    areas: ['Культура'],
    programme: KH_BE,
    steps: [
      { status: TwinningStatus.PROPOSED, on: '2012-05-21', by: 'coordinator@spilno.test' },
      { status: TwinningStatus.NEGOTIATING, on: '2012-08-09', by: 'coordinator@spilno.test' },
      {
        status: TwinningStatus.TERMINATED,
        on: '2013-09-30',
        by: 'coordinator@spilno.test',
        note: 'Сторони не дійшли згоди щодо змісту меморандуму.',
      },
    ],
  },
  {
    a: 'kharkivDistrict11',
    b: 'sibiuCounty',
    kind: TwinningKind.LETTER_OF_INTENT,
    areas: ['Просторове планування', 'Міжмуніципальні проєкти'],
    programme: 'SPACES-2020',
    steps: [
      {
        status: TwinningStatus.PROPOSED,
        on: '2020-02-20',
        by: 'coordinator@spilno.test',
        note: 'Домовленість під час підготовки навчального візиту до Сібіу.',
      },
    ],
  },
];

export interface TwinningSeedRefs {
  organisations: Map<string, string>;
  users: Map<string, string>;
  programmes: Map<string, string>;
}

/** Inserts the relations with their history and linked events, as the service would. */
export async function insertTwinning(manager: EntityManager, refs: TwinningSeedRefs) {
  const id = (map: Map<string, string>, key: string) => {
    const value = map.get(key);
    if (!value) throw new Error(`demo twinning refers to unknown "${key}"`);
    return value;
  };
  for (const seed of SEED_TWINNING) {
    const last = seed.steps.at(-1);
    if (!last) throw new Error('a demo twinning relation needs a history');
    const sides = { a: id(refs.organisations, seed.a), b: id(refs.organisations, seed.b) };
    const programmeId = seed.programme ? id(refs.programmes, seed.programme) : null;
    const relation = await manager.save(
      manager.create(TwinningRelation, {
        organisationAId: sides.a,
        organisationBId: sides.b,
        // Every demo relation was proposed by the organisation it names first.
        proposingOrganisationId: sides.a,
        kind: seed.kind,
        status: last.status,
        since: (seed.steps.find((s) => s.status === TwinningStatus.ACTIVE) ?? seed.steps[0])?.on,
        areas: seed.areas,
        description: seed.description ?? null,
        contacts: (seed.contacts ?? []).map((contact) => ({
          organisationId: sides[contact.organisation],
          name: contact.name,
          position: contact.position,
          email: null,
          phone: null,
        })),
        programmeId,
        version: seed.steps.length,
      }),
    );
    await manager.insert(
      TwinningStatusChange,
      seed.steps.map((step, index) => ({
        relationId: relation.id,
        fromStatus: index === 0 ? null : (seed.steps[index - 1]?.status ?? null),
        toStatus: step.status,
        effectiveOn: step.on,
        // Recorded in order, a minute apart, so the timeline reads as it happened.
        at: new Date(Date.parse(`${step.on}T09:00:00Z`) + index * 60_000),
        authorId: id(refs.users, step.by),
        note: step.note ?? null,
      })),
    );
    if (seed.events?.length && programmeId) {
      const events = await manager.findBy(Event, { programmeId });
      await manager.insert(
        TwinningEvent,
        seed.events.map((title) => {
          const event = events.find((e) => e.title === title);
          if (!event) throw new Error(`demo twinning names the unknown event "${title}"`);
          return { relationId: relation.id, eventId: event.id };
        }),
      );
    }
  }
}
