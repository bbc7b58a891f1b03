import { graphql } from '../../../generated';

export const CurrentUserFieldsFragment = graphql(`
  fragment CurrentUserFields on User {
    id
    email
    name
    role
    organisation {
      id
      name
      nameEn
      country
    }
    viewerCan {
      createProgramme
      editDirectory
      manageUsers
      readAudit
      readPortfolio
      proposeTwinning
      createTwinning
    }
  }
`);

/** `me` is null when signed out; the app shell decides where to go from there. */
export const CurrentUserQuery = graphql(`
  query CurrentUser {
    me {
      ...CurrentUserFields
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...CurrentUserFields
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
