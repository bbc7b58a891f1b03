import 'reflect-metadata';
import './common/enums';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { AuditResolver } from './modules/audit/audit.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { OrganisationResolver } from './modules/organisation/organisation.resolver';
import { PartnerResolver, ProgrammeResolver } from './modules/programme/programme.resolver';
import { UserResolver } from './modules/user/user.resolver';

export const resolvers = [
  AuthResolver,
  UserResolver,
  OrganisationResolver,
  AuditResolver,
  ProgrammeResolver,
  PartnerResolver,
] as const;

/**
 * Builds the schema from the resolver classes. Validation is not automatic: services validate
 * after their permission checks, so an out-of-scope caller never learns about its input.
 */
export function createSchema(emitTo?: string): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: emitTo ? { path: emitTo, sortedSchema: true } : false,
  });
}
