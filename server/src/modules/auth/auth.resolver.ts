import { SESSION_ABSOLUTE_HOURS } from '@spilno/shared';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { User } from '../users/public';
import type { SignInClient } from './auth.service';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_MS } from './device-cookie';
import { SESSION_COOKIE } from './session.service';

function cookieOptions(ctx: Context) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: ctx.secure,
    path: '/',
  };
}

function signInClient(ctx: Context): SignInClient {
  return { ip: ctx.ip, deviceCookie: ctx.deviceCookie };
}

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user; null when signed out.' })
  me(@Ctx() ctx: Context): User | null {
    return ctx.user;
  }

  @Mutation(() => User, { description: 'Signs in and sets an HttpOnly session cookie.' })
  async signIn(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const { user, token, deviceCookie } = await ctx.services.auth.signIn(
      email,
      password,
      signInClient(ctx),
    );
    ctx.res.cookie(SESSION_COOKIE, token, {
      ...cookieOptions(ctx),
      maxAge: SESSION_ABSOLUTE_HOURS * 3600 * 1000,
    });
    // Only ever read by sign-in itself, a same-site POST: Strict costs nothing.
    ctx.res.cookie(DEVICE_COOKIE, deviceCookie, {
      ...cookieOptions(ctx),
      sameSite: 'strict',
      maxAge: DEVICE_COOKIE_MAX_AGE_MS,
    });
    return user;
  }

  // The device cookie stays: it is what keeps strangers' failures from locking this browser out.
  @Mutation(() => Boolean, { description: 'Ends the current session; true even when signed out.' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    if (ctx.user && ctx.sessionTokenHash) {
      await ctx.services.auth.signOut(ctx.user, ctx.sessionTokenHash);
    }
    ctx.res.clearCookie(SESSION_COOKIE, cookieOptions(ctx));
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end.' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(
      signedIn(ctx),
      ctx.sessionTokenHash,
      { currentPassword, newPassword },
      signInClient(ctx),
    );
    return true;
  }
}
