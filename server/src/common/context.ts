import type { Response } from 'express';
import { UnauthenticatedError } from './errors';
import type { Loaders } from '../loaders';
import type { Services } from '../services';
import type { SignedInUser } from './module-types';
import type { Viewer } from './viewer';

/** Per-request context handed to every resolver. */
export interface Context {
  /** The signed-in, active user; null when signed out. */
  user: SignedInUser | null;
  /** Who the user is to the policies, created once per request; null when signed out. */
  viewer: Viewer | null;
  /** SHA-256 of the session token of this request, when it carries a valid one. */
  sessionTokenHash: string | null;
  /** Client address (behind TRUST_PROXY proxies, the forwarded one). */
  ip: string;
  /** The request's device cookie as sent, unchecked (the sign-in throttle checks it). */
  deviceCookie: string | undefined;
  /** Whether the request came over HTTPS (cookies are then marked Secure). */
  secure: boolean;
  res: Response;
  services: Services;
  loaders: Loaders;
}

/** The signed-in user of an `@Authorized` operation. */
export function signedIn(ctx: Context): SignedInUser {
  if (!ctx.user) throw new UnauthenticatedError();
  return ctx.user;
}

/** The viewer of an `@Authorized` operation, for the policies' ability fields. */
export function signedInViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}
