import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ActionStatus } from '@spilno/shared';
import { In } from 'typeorm';
import { plainById, plainManyBy, plainReader } from '../../src/common/plain-rows';
import { ActionResponsible } from '../../src/modules/action-plan/action-responsible.entity';
import { Action } from '../../src/modules/action-plan/action.entity';
import { Programme } from '../../src/modules/programmes/programme.entity';
import { useCastProgramme } from '../cast-world';
import { buildAction } from '../factories';
import type { TestApp } from '../graphql';
import type { CastProgramme } from '../programme-cast';

let app: TestApp;
let p: CastProgramme;

useCastProgramme((world) => ({ app, p } = world));

describe('entities read as plain rows', () => {
  it('are what TypeORM builds of the same rows, column for column', async () => {
    const parent = await buildAction(app.dataSource, p.programme.id, {
      plannedBudget: 1250.5,
      responsible: [p.uaPartner, p.plPartner],
    });
    const child = await buildAction(app.dataSource, p.programme.id, {
      parentId: parent.id,
      status: ActionStatus.IN_PROGRESS,
      description: 'Опис',
      translations: [{ language: 'en', title: 'Round table', text: 'About' }],
      weight: 2.5,
      spentBudget: 10,
    });
    const ids = [child.id, parent.id, '00000000-0000-0000-0000-000000000000'];

    const plain = await plainById(app.dataSource, Action).loadMany(ids);
    const built = await app.dataSource.getRepository(Action).findBy({ id: In(ids) });
    expect(plain[2]).toBeNull();
    for (const [i, id] of ids.slice(0, 2).entries()) {
      expect(plain[i]).toBeInstanceOf(Action);
      expect(plain[i]).toStrictEqual(built.find((action) => action.id === id));
    }
    expect((plain[1] as Action).plannedBudget).toBe(1250.5);
    expect((plain[0] as Action).startsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const [byProgramme] = await plainManyBy(
      app.dataSource,
      Action,
      'programmeId',
      '"code"',
    ).loadMany([p.programme.id]);
    expect(byProgramme).toStrictEqual(
      await app.dataSource
        .getRepository(Action)
        .find({ where: { programmeId: p.programme.id }, order: { code: 'ASC' } }),
    );

    const [links] = await plainManyBy(app.dataSource, ActionResponsible, 'actionId').loadMany([
      parent.id,
    ]);
    const built2 = await app.dataSource
      .getRepository(ActionResponsible)
      .findBy({ actionId: parent.id });
    expect(links).toHaveLength(2);
    const byPartner = (a: ActionResponsible, b: ActionResponsible) =>
      a.partnerId.localeCompare(b.partnerId);
    expect([...(links as ActionResponsible[])].sort(byPartner)).toStrictEqual(
      built2.sort(byPartner),
    );
  });

  it('are refused for an entity whose columns TypeORM converts itself', () => {
    expect(() => plainReader(app.dataSource, Programme)).toThrow(/Programme\./);
  });
});
