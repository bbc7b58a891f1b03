import type { Role } from '@spilno/shared';
import type { TestApp } from './graphql';

/** The user administration operations and row readers shared by the user tests. */
export const USER = 'id email name role active version organisation { id }';
export const USERS = `query ($search: String, $role: Role, $limit: Int!, $offset: Int!) {
  users(search: $search, role: $role, limit: $limit, offset: $offset) { total items { id name } }
}`;
export const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { ${USER} } }`;
export const UPDATE = `mutation ($id: ID!, $version: Int!, $input: UpdateUserInput!) {
  updateUser(id: $id, version: $version, input: $input) { ${USER} }
}`;
export const SET_ACTIVE = `mutation ($id: ID!, $version: Int!, $active: Boolean!) {
  setUserActive(id: $id, version: $version, active: $active) { ${USER} }
}`;
export const RESET = `mutation ($id: ID!, $newPassword: String!) {
  resetUserPassword(id: $id, newPassword: $newPassword) { ${USER} }
}`;
export const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }`;
export const ME = '{ me { id } }';
export const NEW_PASSWORD = 'a-brand-new-password';

export type UserData = { id: string; name: string; role: Role; active: boolean; version: number };

export async function row(app: TestApp, id: string): Promise<UserData> {
  const rows: UserData[] = await app.dataSource.query(
    'SELECT id, name, role, active, version FROM user_account WHERE id = $1',
    [id],
  );
  return rows[0]!;
}

/** Everything an admin operation could touch: accounts, sessions, the audit log. */
export async function snapshot(app: TestApp) {
  const [users, sessions, audit] = await Promise.all([
    app.dataSource.query(
      'SELECT id, email, name, role, active, version, "organisationId", "passwordHash" FROM user_account ORDER BY id',
    ),
    app.dataSource.query('SELECT "tokenHash" FROM session ORDER BY "tokenHash"'),
    app.dataSource.query('SELECT count(*)::int AS n FROM audit_entry'),
  ]);
  return { users, sessions, audit };
}

export type Change = { field: string; before: unknown; after: unknown };
export async function auditOf(app: TestApp, id: string) {
  const rows: { action: string; actorId: string; changes: Change[] }[] = await app.dataSource.query(
    'SELECT action, "actorId", changes FROM audit_entry WHERE "entityId" = $1 ORDER BY at, id',
    [id],
  );
  return rows;
}
