import { PartnerRole } from '@spilno/shared';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, signedInViewer, type Context } from '../../common/context';
import { Organisation } from '../organisations/public';
import { PartnerAbilities, partnerAbilities } from './partner-abilities';
import { Partner } from './partner.entity';
import { ProgrammeSide } from './programme-side.entity';
import { PartnerChangeInput, SideInput } from './programme.inputs';

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => ProgrammeSide)
  side(@Root() partner: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.side.load(partner.sideId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() partner: Partner, @Ctx() ctx: Context) {
    return ctx.loaders.organisation.load(partner.organisationId);
  }

  @FieldResolver(() => PartnerAbilities)
  viewerCan(@Root() partner: Partner, @Ctx() ctx: Context): Promise<PartnerAbilities> {
    return partnerAbilities(signedInViewer(ctx), partner);
  }

  @Authorized()
  @Mutation(() => Partner, {
    description: "On the side of the organisation's own country; once per programme.",
  })
  addPartner(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('sideId', () => ID) sideId: string,
    @Arg('role', () => PartnerRole) role: PartnerRole,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return ctx.services.partners.add(signedIn(ctx), programmeId, organisationId, sideId, role);
  }

  @Authorized()
  @Mutation(() => Partner)
  updatePartner(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: PartnerChangeInput,
    @Ctx() ctx: Context,
  ): Promise<Partner> {
    return ctx.services.partners.update(signedIn(ctx), id, version, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Refused while the partner is responsible for actions.' })
  removePartner(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.partners.remove(signedIn(ctx), id, version);
  }

  @Authorized()
  @Mutation(() => ProgrammeSide)
  addProgrammeSide(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('input') input: SideInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.partners.addSide(signedIn(ctx), programmeId, input);
  }

  @Authorized()
  @Mutation(() => ProgrammeSide)
  updateProgrammeSide(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: SideInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.partners.updateSide(signedIn(ctx), id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description: 'Only a side without partners, and never below two sides.',
  })
  removeProgrammeSide(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.partners.removeSide(signedIn(ctx), id);
  }
}
