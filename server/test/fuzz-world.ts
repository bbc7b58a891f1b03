import crypto from 'node:crypto';
import { Role } from '@spilno/shared';
import type { User } from '../src/modules/users/user.entity';
import {
  buildAction,
  buildEvent,
  buildIndicator,
  buildOrganisation,
  buildProgramme,
  buildTwinning,
  buildUser,
} from './factories';
import type { TestApp } from './graphql';

/** Which real record an ID argument names: by the argument, else by the root field. */
export type IdResolver = (rootField: string, path: readonly (string | number)[]) => string;

export interface FuzzWorld {
  admin: User;
  partner: User;
  resolveId: IdResolver;
}

/** Record kinds a root field's own `id` names, tried in order (a side before its programme). */
const FIELD_KINDS: [RegExp, string][] = [
  [/Side/, 'side'],
  [/Partner/, 'partner'],
  [/Twinning/, 'twinning'],
  [/Indicator/, 'indicator'],
  [/Action/, 'action'],
  [/Event/, 'event'],
  [/Organisation|Member/, 'organisation'],
  [/User/, 'user'],
  [/^(programme|updateProgramme|publishProgramme)$/, 'programme'],
];

/**
 * A small programme with partners, an action, an event, an indicator and a twinning
 * relation, so that fuzzed requests name real records and get past "not found" to the
 * checks of their input.
 */
export async function buildFuzzWorld(app: TestApp): Promise<FuzzWorld> {
  const ds = app.dataSource;
  const [ua, pl] = await Promise.all([
    buildOrganisation(ds),
    buildOrganisation(ds, { country: 'PL', region: 'Lubelskie' }),
  ]);
  const admin = await buildUser(ds, { role: Role.ADMIN });
  const partner = await buildUser(ds, { role: Role.PARTNER, organisationId: ua!.id });
  const target = await buildUser(ds, { role: Role.OBSERVER });
  const { programme, sides, partners } = await buildProgramme(ds, {
    coordinators: [admin],
    partners: [ua!, pl!],
  });
  const action = await buildAction(ds, programme.id, { responsible: partners });
  const event = await buildEvent(ds, programme.id);
  const indicator = await buildIndicator(ds, programme.id);
  const twinning = await buildTwinning(ds, ua!, pl!, { programmeId: programme.id });
  const records: Record<string, string> = {
    programme: programme.id,
    side: sides[0]!.id,
    partner: partners[0]!.id,
    action: action.id,
    event: event.id,
    indicator: indicator.id,
    twinning: twinning.id,
    organisation: ua!.id,
    organisationA: ua!.id,
    organisationB: pl!.id,
    member: pl!.id,
    association: ua!.id,
    user: target.id,
    actor: admin.id,
    assignee: partner.id,
  };
  const unknown = crypto.randomUUID();
  return {
    admin,
    partner,
    resolveId(rootField, path) {
      const name = String(path.findLast((segment) => typeof segment === 'string') ?? '');
      const named = /^(\w+?)Ids?$/.exec(name)?.[1];
      if (named) return records[named] ?? unknown;
      const kind = FIELD_KINDS.find(([pattern]) => pattern.test(rootField))?.[1];
      return (kind && records[kind]) ?? unknown;
    },
  };
}
