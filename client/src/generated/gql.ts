/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        name\n        nameEn\n        country\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n": typeof types.ProgrammesDocument,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      published\n      version\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n          name\n          country\n        }\n        organisation {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      coordinators {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.ProgrammeDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
};
const documents: Documents = {
    "\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        name\n        nameEn\n        country\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n": types.ProgrammesDocument,
    "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      published\n      version\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n          name\n          country\n        }\n        organisation {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      coordinators {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.ProgrammeDocument,
    "\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n": types.ResetUserPasswordDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {\n    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        summary\n        actor {\n          id\n          name\n          email\n        }\n        changes {\n          field\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    email\n    name\n    role\n    organisation {\n      id\n      name\n      nameEn\n      country\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations(\n    $search: String\n    $country: String\n    $kind: OrganisationKind\n    $limit: Int!\n    $offset: Int!\n  ) {\n    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {\n      total\n      items {\n        id\n        name\n        nameEn\n        kind\n        country\n        region\n        population\n        parent {\n          id\n          name\n          nameEn\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        name\n        nameEn\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        name\n        nameEn\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programmes($status: ProgrammeStatus) {\n    programmes(status: $status) {\n      id\n      code\n      title\n      status\n      startsOn\n      endsOn\n      published\n      sides {\n        id\n        name\n        country\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      published\n      version\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n          name\n          country\n        }\n        organisation {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      coordinators {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query Programme($id: ID!) {\n    programme(id: $id) {\n      id\n      code\n      title\n      summary\n      status\n      startsOn\n      endsOn\n      published\n      version\n      sides {\n        id\n        name\n        country\n      }\n      partners {\n        id\n        role\n        side {\n          id\n          name\n          country\n        }\n        organisation {\n          id\n          name\n          nameEn\n          kind\n          country\n        }\n      }\n      coordinators {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    email\n    name\n    role\n    active\n    version\n    createdAt\n    lastSignInAt\n    organisation {\n      id\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {\n    users(search: $search, role: $role, limit: $limit, offset: $offset) {\n      total\n      items {\n        ...UserRowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {\n    setUserActive(id: $id, version: $version, active: $active) {\n      id\n      active\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: ID!, $newPassword: String!) {\n    resetUserPassword(id: $id, newPassword: $newPassword) {\n      id\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;