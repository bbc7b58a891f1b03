import { graphql } from '../../../generated';

export const OrganisationsQuery = graphql(`
  query Organisations(
    $search: String
    $country: String
    $kind: OrganisationKind
    $limit: Int!
    $offset: Int!
  ) {
    organisations(search: $search, country: $country, kind: $kind, limit: $limit, offset: $offset) {
      total
      items {
        id
        name
        nameEn
        kind
        country
        region
        population
        parent {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export const OrganisationOptionsFragment = graphql(`
  fragment OrganisationOptionFields on Organisation {
    id
    name
    nameEn
    country
  }
`);

/** A light list for pickers (e.g. a partner user's organisation). */
export const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions($search: String, $limit: Int!) {
    organisations(search: $search, limit: $limit) {
      total
      items {
        ...OrganisationOptionFields
      }
    }
  }
`);

export const OrganisationDetailFieldsFragment = graphql(`
  fragment OrganisationDetailFields on Organisation {
    id
    name
    nameEn
    kind
    country
    region
    population
    councilsInRegion
    version
    parent {
      id
      name
      nameEn
      country
    }
    coverage {
      basis
      members
      councils
      percent
      asOf
      listedMembers
    }
    declaredMembers {
      ...DeclaredMembersFields
    }
  }
`);

export const DeclaredMembersFieldsFragment = graphql(`
  fragment DeclaredMembersFields on DeclaredMembers {
    id
    asOf
    count
    eligibleCount
    statedPercent
    percent
    source
  }
`);

export const DeclareMembersMutation = graphql(`
  mutation DeclareMembers($associationId: ID!, $input: DeclaredMembersInput!) {
    declareMembers(associationId: $associationId, input: $input) {
      ...DeclaredMembersFields
    }
  }
`);

export const RemoveDeclaredMembersMutation = graphql(`
  mutation RemoveDeclaredMembers($id: ID!) {
    removeDeclaredMembers(id: $id)
  }
`);

export const MembershipFieldsFragment = graphql(`
  fragment MembershipFields on Membership {
    id
    joinedOn
    leftOn
    version
  }
`);

/**
 * One organisation with its memberships and declared counts, with the server's defaults: 500
 * members (an association of every council of a region has a few hundred), 100 associations
 * it belongs to, the latest 50 declarations.
 */
export const OrganisationQuery = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      ...OrganisationDetailFields
      members {
        ...MembershipFields
        member {
          id
          name
          nameEn
          kind
          country
        }
      }
      memberOf {
        ...MembershipFields
        association {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: OrganisationInput!) {
    createOrganisation(input: $input) {
      ...OrganisationDetailFields
    }
  }
`);

export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $version: Int!, $input: OrganisationInput!) {
    updateOrganisation(id: $id, version: $version, input: $input) {
      ...OrganisationDetailFields
    }
  }
`);

export const AddMemberMutation = graphql(`
  mutation AddMember($associationId: ID!, $memberId: ID!, $joinedOn: LocalDate!) {
    addMember(associationId: $associationId, memberId: $memberId, joinedOn: $joinedOn) {
      ...MembershipFields
    }
  }
`);

export const EndMembershipMutation = graphql(`
  mutation EndMembership($id: ID!, $version: Int!, $leftOn: LocalDate) {
    endMembership(id: $id, version: $version, leftOn: $leftOn) {
      ...MembershipFields
    }
  }
`);

export const ExportOrganisationsQuery = graphql(`
  query ExportOrganisations($search: String, $country: String, $kind: OrganisationKind) {
    exportOrganisations(search: $search, country: $country, kind: $kind)
  }
`);

export const PreviewOrganisationImportMutation = graphql(`
  mutation PreviewOrganisationImport($csv: String!) {
    previewOrganisationImport(csv: $csv) {
      ...ImportPreviewFields
    }
  }
`);

export const ImportOrganisationsMutation = graphql(`
  mutation ImportOrganisations($csv: String!) {
    importOrganisations(csv: $csv) {
      ...ImportPreviewFields
    }
  }
`);
