import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { ImportPreview } from '../../common/csv';
import { actionRows, actionsCsv } from './action-table';

/** The action plan as a table: CSV export, and CSV import with a preview. */
@Resolver()
export class ActionTableResolver {
  @Authorized()
  @Query(() => String, {
    description: 'The action plan as CSV (the XLSX is at /export/programmes/<id>/actions.xlsx).',
  })
  async exportActions(
    @Arg('programmeId', () => ID) programmeId: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.policy.readableProgramme(signedIn(ctx), programmeId);
    return actionsCsv(await actionRows(ctx.services.dataSource, programmeId));
  }

  @Authorized()
  @Mutation(() => ImportPreview, {
    description: 'Checks every row of an action plan CSV; writes nothing.',
  })
  previewActionImport(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('csv') csv: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.actionImport.preview(signedIn(ctx), programmeId, csv);
  }

  @Authorized()
  @Mutation(() => ImportPreview, {
    description: 'Creates and updates actions by code: all rows or none.',
  })
  importActions(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('csv') csv: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.actionImport.import(signedIn(ctx), programmeId, csv);
  }
}
