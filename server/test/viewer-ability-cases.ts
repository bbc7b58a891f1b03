import { ProgrammeStatus } from '@spilno/shared';
import { codes, PROGRAMME_SCOPES, type AbilityCase, type Built, type World } from './ability-cases';
import { eventInput, LOG_EVENT } from './event-documents';
import { buildOrganisation, buildTwinning } from './factories';
import type { Client } from './graphql';
import { buildRound } from './monitoring-factories';
import { issueInput, RAISE_ISSUE, SUBMIT_ROUND } from './monitoring-documents';
import { PORTFOLIO } from './dashboard-documents';
import { castProgramme, type SignedIn } from './programme-cast';
import { ADD_COORDINATOR, CREATE_PROGRAMME, programmeInput } from './programme-documents';
import { CREATE_REPORT, reportInput } from './report-documents';
import {
  CREATE_TWINNING,
  detailsInput,
  twinningInput,
  UPDATE_TWINNING,
} from './twinning-documents';

/**
 * The matrix's cases for what the viewer may do beyond one record's own mutations: the
 * account-wide abilities of `User.viewerCan` (each held to the operation or page it opens),
 * the programme's coordinators and twinning, the partner a form acts for, and moving a
 * twinning relation. The matrix runs them exactly as it runs ABILITY_CASES.
 */

const CREATE_ORGANISATION = `mutation ($input: OrganisationInput!) {
  createOrganisation(input: $input) { id }
}`;
const USERS = '{ users(limit: 1) { total } }';
const AUDIT_LOG = '{ auditLog(limit: 1) { total } }';

let organisationSequence = 0;

/** The organisation a member proposes for: a partner user its own, anyone else a fresh one. */
async function proposerOrganisation(world: World, member: SignedIn): Promise<string> {
  const own = world.cast.users[member].organisationId;
  return own ?? (await buildOrganisation(world.app.dataSource)).id;
}

async function propose(
  client: Client,
  world: World,
  member: SignedIn,
  overrides: Record<string, unknown> = {},
): Promise<string[]> {
  const a = await proposerOrganisation(world, member);
  const b = await buildOrganisation(world.app.dataSource, { country: 'PL' });
  return codes(await client.request(CREATE_TWINNING, { input: twinningInput(a, b.id, overrides) }));
}

/** Account-wide abilities do not depend on a record; one programme stands in for the scope. */
const ANY = { 'any programme': PROGRAMME_SCOPES.active };

const userCase = (ability: string, attempt: AbilityCase['attempt']): AbilityCase => ({
  type: 'User',
  ability,
  scopes: ANY,
  attempt,
});

const partnerOf =
  (which: 'ua' | 'pl', status: ProgrammeStatus) =>
  async (world: World): Promise<Built> => {
    const p = await castProgramme(world.app, world.cast, { status });
    const partner = which === 'ua' ? p.uaPartner : p.plPartner;
    return { id: partner.id, p, extra: { organisationId: partner.organisationId } };
  };

/** The UA partner and the PL one of an active programme, and the UA one of a draft. */
const PARTNER_SCOPES = {
  'ua partner': partnerOf('ua', ProgrammeStatus.ACTIVE),
  'pl partner': partnerOf('pl', ProgrammeStatus.ACTIVE),
  'ua partner of a draft': partnerOf('ua', ProgrammeStatus.DRAFT),
};

const relationIn =
  (status: ProgrammeStatus) =>
  async (world: World): Promise<Built> => {
    const p = await castProgramme(world.app, world.cast, { status });
    const across = await buildOrganisation(world.app.dataSource, { country: 'PL' });
    const relation = await buildTwinning(world.app.dataSource, world.cast.ua, across, {
      programmeId: p.programme.id,
    });
    return { id: relation.id, p };
  };

export const VIEWER_ABILITY_CASES: AbilityCase[] = [
  userCase('createProgramme', async (client) =>
    codes(await client.request(CREATE_PROGRAMME, { input: programmeInput() })),
  ),
  userCase('editDirectory', async (client) => {
    organisationSequence += 1;
    const input = {
      name: `Громада ${process.pid}-${organisationSequence}`,
      kind: 'TERRITORIAL_COMMUNITY',
      country: 'UA',
      region: 'Харківська область',
    };
    return codes(await client.request(CREATE_ORGANISATION, { input }));
  }),
  userCase('manageUsers', async (client) => codes(await client.request(USERS))),
  userCase('readAudit', async (client) => codes(await client.request(AUDIT_LOG))),
  userCase('readPortfolio', async (client) => codes(await client.request(PORTFOLIO))),
  userCase('proposeTwinning', (client, _built, member, world) => propose(client, world, member)),
  // Recording any pair as already signed: what a proposal of one's own organisation is not.
  userCase('createTwinning', async (client, _built, _member, world) => {
    const [a, b] = [
      await buildOrganisation(world.app.dataSource),
      await buildOrganisation(world.app.dataSource, { country: 'PL' }),
    ];
    return codes(
      await client.request(CREATE_TWINNING, {
        input: twinningInput(a.id, b.id, { status: 'ACTIVE' }),
      }),
    );
  }),
  {
    type: 'Programme',
    ability: 'addCoordinator',
    scopes: PROGRAMME_SCOPES,
    attempt: async (client, { id }, _member, { cast }) =>
      codes(
        await client.request(ADD_COORDINATOR, {
          programmeId: id,
          userId: cast.users.otherCoordinator.id,
        }),
      ),
  },
  {
    type: 'Programme',
    ability: 'proposeTwinning',
    scopes: PROGRAMME_SCOPES,
    attempt: (client, { id }, member, world) => propose(client, world, member, { programmeId: id }),
  },
  {
    type: 'Partner',
    ability: 'writeReport',
    scopes: PARTNER_SCOPES,
    attempt: async (client, { id, p }) =>
      codes(
        await client.request(CREATE_REPORT, {
          programmeId: p.programme.id,
          partnerId: id,
          input: reportInput(),
        }),
      ),
  },
  {
    type: 'Partner',
    ability: 'organiseEvent',
    scopes: PARTNER_SCOPES,
    attempt: async (client, { id, p }) =>
      codes(
        await client.request(LOG_EVENT, {
          programmeId: p.programme.id,
          input: eventInput({ organiserPartnerId: id }),
        }),
      ),
  },
  {
    type: 'Partner',
    ability: 'raiseIssue',
    scopes: PARTNER_SCOPES,
    attempt: async (client, { p, extra }) =>
      codes(
        await client.request(RAISE_ISSUE, {
          programmeId: p.programme.id,
          input: issueInput({ raisedById: extra?.organisationId }),
        }),
      ),
  },
  {
    type: 'Partner',
    ability: 'answerRound',
    scopes: PARTNER_SCOPES,
    attempt: async (client, { id, p }, _member, { app }) => {
      const round = await buildRound(app.dataSource, p.programme.id);
      return codes(await client.request(SUBMIT_ROUND, { roundId: round.id, partnerId: id }));
    },
  },
  {
    type: 'TwinningRelation',
    ability: 'moveProgramme',
    scopes: {
      'in an active programme': relationIn(ProgrammeStatus.ACTIVE),
      'in a draft programme': relationIn(ProgrammeStatus.DRAFT),
    },
    attempt: async (client, { id }) =>
      codes(
        await client.request(UPDATE_TWINNING, {
          id,
          version: 1,
          input: detailsInput({ programmeId: null }),
        }),
      ),
  },
];
