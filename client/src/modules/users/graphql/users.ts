import { graphql } from '../../../generated';

export const UserRowFieldsFragment = graphql(`
  fragment UserRowFields on User {
    id
    email
    name
    role
    active
    version
    createdAt
    lastSignInAt
    organisation {
      id
      name
      nameEn
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($search: String, $role: Role, $limit: Int!, $offset: Int!) {
    users(search: $search, role: $role, limit: $limit, offset: $offset) {
      total
      items {
        ...UserRowFields
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRowFields
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {
    setUserActive(id: $id, version: $version, active: $active) {
      id
      active
      version
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!, $newPassword: String!) {
    resetUserPassword(id: $id, newPassword: $newPassword) {
      id
      version
    }
  }
`);
