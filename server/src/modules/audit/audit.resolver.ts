import { AuditAction } from '@spilno/shared';
import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Context } from '../../common/context';
import { PageArgs, PageType } from '../../common/pagination';
import { User } from '../users/public';
import { AuditEntry } from './audit-entry.entity';
import { mayReadAudit } from './audit.policy';

@ObjectType({ description: 'One changed field of an audit entry.' })
export class AuditChange {
  @Field()
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;
}

@ObjectType()
export class AuditPage extends PageType(AuditEntry) {}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field({ nullable: true })
  entityType?: string;

  @Field({ nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Null for a removed account.' })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.user.load(entry.actorId) : null;
  }

  @FieldResolver(() => [AuditChange])
  changes(@Root() entry: AuditEntry): AuditChange[] {
    return entry.changes;
  }

  @Authorized(mayReadAudit)
  @Query(() => AuditPage, { description: 'The audit log, newest first; admins only.' })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context): Promise<AuditPage> {
    return ctx.services.audit.list(args, args);
  }
}
