import { signedIn, type Context } from '../../common/context';
import type { ProgrammeDashboard } from './dashboard.types';

/**
 * The programme id of a dashboard whose figures the viewer may read, else NOT_FOUND. A field
 * never trusts its parent: a dashboard value reached any other way than through the checked
 * root (a future field, a subscription, a batched resolver) still hands out nothing.
 */
export async function readableFigures(
  dashboard: Pick<ProgrammeDashboard, 'programmeId'>,
  ctx: Context,
): Promise<string> {
  await ctx.services.policy.assertReadable(signedIn(ctx), dashboard.programmeId);
  return dashboard.programmeId;
}
