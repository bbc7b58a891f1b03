import { Role } from '@spilno/shared';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SignedInUser } from './module-types';

/**
 * Who is asking, and the facts about them that every policy decides on: their role, the
 * organisation they act for, the programmes they coordinate and the programmes their
 * organisation is a partner of. The two programme facts are batched and cached per viewer,
 * so a page of records asks the database once however many abilities it shows.
 *
 * One viewer per request: the GraphQL context and the REST route adapter create it, and the
 * services find the same one from the request's user object (see `viewerOf`).
 */
export class Viewer {
  private readonly coordinated: DataLoader<string, boolean>;
  private readonly partnered: DataLoader<string, boolean>;

  constructor(
    readonly user: SignedInUser,
    dataSource: DataSource,
  ) {
    this.coordinated = new DataLoader(async (programmeIds) => {
      const rows = await dataSource.query<{ programmeId: string }[]>(
        'SELECT "programmeId" FROM programme_coordinator WHERE "userId" = $1 AND "programmeId" = ANY($2)',
        [user.id, [...programmeIds]],
      );
      const ids = new Set(rows.map((row) => row.programmeId));
      return programmeIds.map((id) => ids.has(id));
    });
    this.partnered = new DataLoader(async (programmeIds) => {
      const rows = await dataSource.query<{ programmeId: string }[]>(
        'SELECT "programmeId" FROM partner WHERE "organisationId" = $1 AND "programmeId" = ANY($2)',
        [user.organisationId, [...programmeIds]],
      );
      const ids = new Set(rows.map((row) => row.programmeId));
      return programmeIds.map((id) => ids.has(id));
    });
  }

  get id(): string {
    return this.user.id;
  }

  get role(): Role {
    return this.user.role;
  }

  /** The organisation the viewer acts for; null for those who act for none. */
  get organisationId(): string | null {
    return this.user.organisationId;
  }

  get isAdmin(): boolean {
    return this.user.role === Role.ADMIN;
  }

  /** A partner user who acts for an organisation (one without acts for none and may nothing). */
  get isPartner(): boolean {
    return this.user.role === Role.PARTNER && this.user.organisationId !== null;
  }

  /**
   * Whether the viewer is a coordinator of the programme. The role counts as well as the
   * link: a coordinator who was made an observer keeps no power over their old programmes.
   */
  async coordinates(programmeId: string): Promise<boolean> {
    if (this.user.role !== Role.COORDINATOR) return false;
    return this.coordinated.load(programmeId);
  }

  /** Whether the viewer is a partner user whose organisation is a partner of the programme. */
  async partnersIn(programmeId: string): Promise<boolean> {
    if (this.user.role !== Role.PARTNER || !this.user.organisationId) return false;
    return this.partnered.load(programmeId);
  }

  /** Admins, and the programme's coordinators: those who run a programme. */
  async runs(programmeId: string): Promise<boolean> {
    return this.isAdmin || (await this.coordinates(programmeId));
  }

  /** Whether the viewer acts for this organisation (a partner user of it). */
  actsFor(organisationId: string | null): boolean {
    return (
      this.user.role === Role.PARTNER &&
      organisationId !== null &&
      this.user.organisationId === organisationId
    );
  }
}

const perRequest = new WeakMap<SignedInUser, Viewer>();

/**
 * The viewer of a request, created once when the request's context is built. The user
 * object is the request's own (read from its session), so it keys the request's viewer.
 */
export function createViewer(dataSource: DataSource, user: SignedInUser): Viewer {
  const viewer = new Viewer(user, dataSource);
  perRequest.set(user, viewer);
  return viewer;
}

/**
 * The request's viewer for `user`, or a fresh one when the user did not come from a request
 * (scripts, jobs): a fresh viewer caches nothing, so it never answers from stale facts.
 */
export function viewerOf(dataSource: DataSource, user: SignedInUser): Viewer {
  return perRequest.get(user) ?? new Viewer(user, dataSource);
}

/** The facts about a person the pure rules read; a SignedInUser and a Viewer both have them. */
export type Person = Pick<SignedInUser, 'id' | 'role' | 'organisationId'>;
