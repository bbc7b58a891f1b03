import { graphql } from '../../../generated';

/**
 * The programmes list, with the server's default of the first 100 (the latest start first):
 * more than an association runs at once.
 */
export const ProgrammesQuery = graphql(`
  query Programmes($status: ProgrammeStatus) {
    programmes(status: $status) {
      id
      code
      title
      status
      startsOn
      endsOn
      published
      languages
      translations {
        language
        title
        text
      }
      sides {
        id
        name
        country
      }
    }
  }
`);

/**
 * A programme's page. Its coordinators and signatories come with the server's default, 100 of
 * each: far more than sign or coordinate one programme.
 */
export const ProgrammeDetailFieldsFragment = graphql(`
  fragment ProgrammeDetailFields on Programme {
    id
    code
    title
    summary
    status
    startsOn
    endsOn
    published
    version
    canEdit
    viewerCan {
      addCoordinator
    }
    currency
    languages
    translations {
      language
      title
      text
    }
    sides {
      id
      name
      country
      position
    }
    partners {
      id
      role
      version
      side {
        id
        name
        country
      }
      organisation {
        id
        name
        nameEn
        kind
        country
      }
    }
    coordinators {
      id
      name
      email
    }
    signatories {
      id
      person
      position
      signedOn
      organisation {
        id
        name
        nameEn
      }
    }
  }
`);

export const ProgrammeQuery = graphql(`
  query Programme($id: ID!) {
    programme(id: $id) {
      ...ProgrammeDetailFields
    }
  }
`);

export const CreateProgrammeMutation = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
      code
      title
    }
  }
`);

export const UpdateProgrammeMutation = graphql(`
  mutation UpdateProgramme($id: ID!, $version: Int!, $input: UpdateProgrammeInput!) {
    updateProgramme(id: $id, version: $version, input: $input) {
      ...ProgrammeDetailFields
    }
  }
`);

export const PublishProgrammeMutation = graphql(`
  mutation PublishProgramme($id: ID!, $version: Int!, $published: Boolean!) {
    publishProgramme(id: $id, version: $version, published: $published) {
      id
      published
      version
    }
  }
`);
