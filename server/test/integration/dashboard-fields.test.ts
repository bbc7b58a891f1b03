import 'reflect-metadata';
import express from 'express';
import { ErrorCode, ProgrammeStatus } from '@spilno/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/common/context';
import { AppError } from '../../src/common/errors';
import { createLoaders } from '../../src/loaders';
import { createViewer } from '../../src/common/viewer';
import type { ProgrammeDashboard } from '../../src/modules/dashboard/dashboard.types';
import { DashboardFiguresResolver } from '../../src/modules/dashboard/dashboard-figures.resolver';
import { CooperationResolver } from '../../src/modules/programme-report/cooperation.resolver';
import type { User } from '../../src/modules/users/user.entity';
import { startTestApp, type TestApp } from '../graphql';
import { buildCast, castProgramme, type Cast, type SignedIn } from '../programme-cast';

/**
 * No field trusts its parent: each figure of a programme dashboard checks for itself that
 * its programme is readable, so a dashboard value that reaches it by any road other than the
 * checked `programmeDashboard` root still hands out nothing. The resolvers are called as
 * GraphQL calls them, with a request's context over the real services and database.
 */
let app: TestApp;
let cast: Cast;
/** The admin's dashboard of a draft programme, then handed to others as a parent value. */
let dashboard: ProgrammeDashboard;

beforeAll(async () => {
  app = await startTestApp();
  cast = await buildCast(app);
  const draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
  dashboard = await app.services.dashboard.forProgramme(
    cast.users.admin,
    draft.programme.id,
    createLoaders(app.dataSource),
  );
});
afterAll(() => app?.close());

function contextOf(user: User): Context {
  return {
    user,
    viewer: createViewer(app.dataSource, user),
    sessionTokenHash: null,
    ip: '127.0.0.1',
    deviceCookie: undefined,
    secure: false,
    res: express.response,
    services: app.services,
    loaders: createLoaders(app.dataSource),
  };
}

const figures = new DashboardFiguresResolver();
const cooperation = new CooperationResolver();
const FIELDS = {
  topActions: (d, c) => figures.topActions(d, c),
  eventsPerQuarter: (d, c) => figures.eventsPerQuarter(d, c),
  issuesPerQuarter: (d, c) => figures.issuesPerQuarter(d, c),
  indicators: (d, c) => figures.indicators(d, c),
  budget: (d, c) => figures.budget(d, c),
  balance: (d, c) => figures.balance(d, c),
  cooperation: (d, c) => cooperation.cooperation(d, c),
} satisfies Record<string, (parent: ProgrammeDashboard, ctx: Context) => Promise<unknown>>;

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe.each(Object.entries(FIELDS))('ProgrammeDashboard.%s', (_field, resolve) => {
  const cases: [SignedIn, string | undefined][] = [
    ['admin', undefined],
    ['coordinator', undefined],
    ['otherCoordinator', ErrorCode.NOT_FOUND],
    ['partner', ErrorCode.NOT_FOUND],
    ['observer', ErrorCode.NOT_FOUND],
    ['outsider', ErrorCode.NOT_FOUND],
  ];
  it.each(cases)('of a draft programme, as %s: %s', async (member, expected) => {
    const ctx = contextOf(cast.users[member]);
    expect(await codeOf(resolve(dashboard, ctx))).toBe(expected);
  });
});
