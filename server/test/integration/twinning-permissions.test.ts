import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode, ProgrammeStatus } from '@spilno/shared';
import { UPLOAD_HEADER } from '../../src/modules/attachments/attachment.route';
import type { Event } from '../../src/modules/events/event.entity';
import type { TwinningRelation } from '../../src/modules/twinning/twinning-relation.entity';
import { useCast } from '../cast-world';
import { buildEvent, buildOrganisation, buildTwinning } from '../factories';
import type { Client, TestApp } from '../graphql';
import { expectRefused } from '../matrix';
import {
  castProgramme,
  CAST,
  expectNoChange,
  rowsOf,
  type Cast,
  type CastProgramme,
  type Member,
  type SignedIn,
} from '../programme-cast';
import {
  CHANGE_STATUS,
  CREATE_TWINNING,
  detailsInput,
  LINK_EVENT,
  TWINNING,
  TWINNINGS,
  twinningInput,
  UPDATE_TWINNING,
} from '../twinning-documents';

/**
 * Where a relation is: grown in the cast's ACTIVE programme, in its DRAFT programme, or in
 * none. Each relation pairs the cast partner's UA council with a fresh council across the
 * border, so the partner is a party and the neighbour (a partner of the programmes) is not.
 */
const SCOPES = ['linked', 'draft', 'unlinked'] as const;
type Scope = (typeof SCOPES)[number];

const READERS: Record<Scope, readonly SignedIn[]> = {
  linked: ['admin', 'coordinator', 'otherCoordinator', 'partner', 'neighbour', 'observer'],
  draft: ['admin', 'coordinator'],
  unlinked: ['admin', 'coordinator', 'otherCoordinator', 'partner', 'observer'],
};

const CHANGERS: Record<Scope, readonly SignedIn[]> = {
  linked: ['admin', 'coordinator', 'partner'],
  draft: ['admin', 'coordinator'],
  unlinked: ['admin', 'coordinator', 'otherCoordinator', 'partner'],
};

/** Creating a relation of the partner's council in each scope: who may, and what others get. */
const CREATE: Record<Scope, Partial<Record<SignedIn, ErrorCode>>> = {
  linked: {
    otherCoordinator: ErrorCode.FORBIDDEN,
    neighbour: ErrorCode.FORBIDDEN,
    outsider: ErrorCode.FORBIDDEN,
    observer: ErrorCode.FORBIDDEN,
  },
  draft: {
    otherCoordinator: ErrorCode.NOT_FOUND,
    partner: ErrorCode.NOT_FOUND,
    neighbour: ErrorCode.FORBIDDEN,
    outsider: ErrorCode.FORBIDDEN,
    observer: ErrorCode.FORBIDDEN,
  },
  unlinked: {
    neighbour: ErrorCode.FORBIDDEN,
    outsider: ErrorCode.FORBIDDEN,
    observer: ErrorCode.FORBIDDEN,
  },
};

function expected(member: Member, scope: Scope, access: 'read' | 'change') {
  if (member === 'anonymous') return ErrorCode.UNAUTHENTICATED;
  if (!READERS[scope].includes(member)) return ErrorCode.NOT_FOUND;
  if (access === 'change' && !CHANGERS[scope].includes(member)) return ErrorCode.FORBIDDEN;
  return undefined;
}

const HTTP: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');

let app: TestApp;
let cast: Cast;
const programmes = {} as Record<'linked' | 'draft', CastProgramme>;
const events = {} as Record<'linked' | 'draft', Event>;

useCast((world) => ({ app, cast } = world));
beforeAll(async () => {
  programmes.linked = await castProgramme(app, cast);
  programmes.draft = await castProgramme(app, cast, { status: ProgrammeStatus.DRAFT });
  events.linked = await buildEvent(app.dataSource, programmes.linked.programme.id);
  events.draft = await buildEvent(app.dataSource, programmes.draft.programme.id);
});

function programmeIdOf(scope: Scope): string | null {
  return scope === 'unlinked' ? null : programmes[scope].programme.id;
}

/** A fresh relation of the partner's council in `scope`. */
async function relationIn(scope: Scope): Promise<TwinningRelation> {
  const across = await buildOrganisation(app.dataSource, { country: 'PL' });
  return buildTwinning(app.dataSource, cast.ua, across, { programmeId: programmeIdOf(scope) });
}

function cookieOf(client: Client): Record<string, string> {
  return client.cookie ? { cookie: client.cookie } : {};
}

async function upload(client: Client, twinningRelationId: string) {
  const query = new URLSearchParams({ twinningRelationId, name: 'memorandum.pdf' });
  const response = await fetch(`${app.url}/attachments?${query}`, {
    method: 'POST',
    headers: { [UPLOAD_HEADER]: '1', ...cookieOf(client) },
    body: PDF,
  });
  return { status: response.status, body: (await response.json()) as { id: string } };
}

const relationRows = (id: string) => () => rowsOf(app, 'twinning_relation', 'id', id);

describe.each(SCOPES)('a relation %s', (scope) => {
  describe.each(CAST)('as %s', (member) => {
    const client = () => cast.clients[member];

    it('createTwinningRelation of the partner’s council', async () => {
      const across = await buildOrganisation(app.dataSource, { country: 'PL' });
      const variables = {
        input: twinningInput(cast.ua.id, across.id, { programmeId: programmeIdOf(scope) }),
      };
      const refusal = member === 'anonymous' ? ErrorCode.UNAUTHENTICATED : CREATE[scope][member];
      if (!refusal) {
        const data = await client().ok<{
          createTwinningRelation: { status: string; history: { author: { id: string } }[] };
        }>(CREATE_TWINNING, variables);
        expect(data.createTwinningRelation.status).toBe('PROPOSED');
        expect(data.createTwinningRelation.history).toHaveLength(1);
        return;
      }
      const rows = () => rowsOf(app, 'twinning_relation', 'organisationBId', across.id);
      const result = await expectNoChange(app, rows, () =>
        client().request(CREATE_TWINNING, variables),
      );
      expectRefused(result, refusal);
    });

    it('twinningRelation and twinningRelations', async () => {
      const relation = await relationIn(scope);
      const refusal = expected(member, scope, 'read');
      const one = await client().request<{ twinningRelation: { id: string } | null }>(TWINNING, {
        id: relation.id,
      });
      const list = await client().request<{ twinningRelations: { id: string }[] }>(TWINNINGS, {
        organisationId: relation.organisationBId,
      });
      if (refusal === ErrorCode.UNAUTHENTICATED) {
        expectRefused(one, refusal);
        expectRefused(list, refusal);
        return;
      }
      expect(one.errors).toBeUndefined();
      expect(one.data?.twinningRelation?.id ?? null).toBe(refusal ? null : relation.id);
      expect(list.data?.twinningRelations.map((r) => r.id)).toEqual(refusal ? [] : [relation.id]);
    });

    it('twinningRelations of the programme', async () => {
      if (scope === 'unlinked') return;
      const relation = await relationIn(scope);
      const result = await client().request<{ twinningRelations: { id: string }[] }>(TWINNINGS, {
        programmeId: programmes[scope].programme.id,
      });
      // Whoever reads the programme reads every relation grown in it.
      const refusal = expected(member, scope, 'read');
      if (refusal) {
        expectRefused(result, refusal);
        return;
      }
      expect(result.data?.twinningRelations.map((r) => r.id)).toContain(relation.id);
    });

    it('changeTwinningStatus', async () => {
      const relation = await relationIn(scope);
      const refusal = expected(member, scope, 'change');
      const variables = { id: relation.id, version: 1, status: 'DORMANT', note: 'Пауза' };
      if (!refusal) {
        const data = await client().ok<{
          changeTwinningStatus: { status: string; version: number };
        }>(CHANGE_STATUS, variables);
        expect(data.changeTwinningStatus).toMatchObject({ status: 'DORMANT', version: 2 });
        return;
      }
      const result = await expectNoChange(app, relationRows(relation.id), () =>
        client().request(CHANGE_STATUS, variables),
      );
      expectRefused(result, refusal);
    });

    it('updateTwinningRelation', async () => {
      const relation = await relationIn(scope);
      const refusal = expected(member, scope, 'change');
      const variables = {
        id: relation.id,
        version: 1,
        input: detailsInput({ programmeId: programmeIdOf(scope) }),
      };
      if (!refusal) {
        const data = await client().ok<{ updateTwinningRelation: { kind: string } }>(
          UPDATE_TWINNING,
          variables,
        );
        expect(data.updateTwinningRelation.kind).toBe('AGREEMENT');
        return;
      }
      const result = await expectNoChange(app, relationRows(relation.id), () =>
        client().request(UPDATE_TWINNING, variables),
      );
      expectRefused(result, refusal);
    });

    it('linkTwinningEvent', async () => {
      const relation = await relationIn(scope);
      const event = events[scope === 'draft' ? 'draft' : 'linked'];
      const refusal = expected(member, scope, 'change');
      const result = await client().request<{ linkTwinningEvent: { events: { id: string }[] } }>(
        LINK_EVENT,
        { id: relation.id, eventId: event.id },
      );
      if (refusal) expectRefused(result, refusal);
      else expect(result.data?.linkTwinningEvent.events.map((e) => e.id)).toEqual([event.id]);
    });

    it('uploads and downloads a signed document', async () => {
      const relation = await relationIn(scope);
      const uploadRefusal = expected(member, scope, 'change');
      const uploaded = await upload(client(), relation.id);
      expect(uploaded.status).toBe(uploadRefusal ? HTTP[uploadRefusal] : 201);
      // Someone who may attach it puts a document there for the download half.
      const stored = uploadRefusal
        ? (await upload(cast.clients.admin, relation.id)).body
        : uploaded.body;
      const download = await fetch(`${app.url}/attachments/${stored.id}`, {
        headers: cookieOf(client()),
      });
      const readRefusal = expected(member, scope, 'read');
      expect(download.status).toBe(readRefusal ? HTTP[readRefusal] : 200);
      if (!readRefusal) expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
    });
  });
});

describe('permission before input', () => {
  it('answers an observer with bad input FORBIDDEN, an outsider NOT_FOUND', async () => {
    const relation = await relationIn('linked');
    expect(
      await cast.clients.observer.code(CREATE_TWINNING, {
        input: twinningInput(cast.ua.id, cast.ua.id, { areas: [' '] }),
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      await cast.clients.outsider.code(CHANGE_STATUS, {
        id: relation.id,
        version: 1,
        status: 'PROPOSED',
        note: 'x'.repeat(5000),
      }),
    ).toBe(ErrorCode.NOT_FOUND);
  });

  it('takes a malformed id for a missing relation', async () => {
    const result = await cast.clients.admin.request(TWINNING, { id: 'not-an-id' });
    expect(result).toMatchObject({ data: { twinningRelation: null } });
    expect(
      await cast.clients.admin.code(CHANGE_STATUS, {
        id: '../1',
        version: 1,
        status: 'ACTIVE',
      }),
    ).toBe(ErrorCode.NOT_FOUND);
  });
});
