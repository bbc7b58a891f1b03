import { mayManageUsers } from './user.policy';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { signedIn, type Context } from '../../common/context';
import { PageType } from '../../common/pagination';
import { Organisation } from '../organisations/public';
import { UserAbilities, userAbilities } from './user-abilities';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.inputs';

@ObjectType()
export class UserPage extends PageType(User) {}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Root() user: User, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return user.organisationId ? ctx.loaders.organisation.load(user.organisationId) : null;
  }

  @FieldResolver(() => UserAbilities)
  viewerCan(@Root() user: User): UserAbilities {
    return userAbilities(user);
  }

  @Authorized(mayManageUsers)
  @Query(() => UserPage, { description: 'Accounts, for admins.' })
  users(@Args() args: UsersArgs, @Ctx() ctx: Context): Promise<UserPage> {
    return ctx.services.users.list(args);
  }

  @Authorized(mayManageUsers)
  @Mutation(() => User)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.create(signedIn(ctx), input);
  }

  @Authorized(mayManageUsers)
  @Mutation(() => User)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.users.update(signedIn(ctx), id, version, input);
  }

  @Authorized(mayManageUsers)
  @Mutation(() => User, { description: 'Deactivating ends the user’s sessions at once.' })
  setUserActive(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('active') active: boolean,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.users.setActive(signedIn(ctx), id, version, active);
  }

  @Authorized(mayManageUsers)
  @Mutation(() => User, { description: 'Sets a new password and ends the user’s sessions.' })
  resetUserPassword(
    @Arg('id', () => ID) id: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    return ctx.services.users.resetPassword(signedIn(ctx), id, newPassword);
  }
}
