import { graphql } from '../../../generated';

// Sides, partners, signatories and coordinators change lists inside the programme, so
// callers refetch the programme afterwards instead of patching the cache by hand.

export const AddPartnerMutation = graphql(`
  mutation AddPartner($programmeId: ID!, $organisationId: ID!, $sideId: ID!, $role: PartnerRole!) {
    addPartner(
      programmeId: $programmeId
      organisationId: $organisationId
      sideId: $sideId
      role: $role
    ) {
      id
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartner($id: ID!, $version: Int!, $input: PartnerChangeInput!) {
    updatePartner(id: $id, version: $version, input: $input) {
      id
      role
      version
      side {
        id
        name
        country
      }
    }
  }
`);

export const RemovePartnerMutation = graphql(`
  mutation RemovePartner($id: ID!, $version: Int!) {
    removePartner(id: $id, version: $version)
  }
`);

export const AddProgrammeSideMutation = graphql(`
  mutation AddProgrammeSide($programmeId: ID!, $input: SideInput!) {
    addProgrammeSide(programmeId: $programmeId, input: $input) {
      id
    }
  }
`);

export const UpdateProgrammeSideMutation = graphql(`
  mutation UpdateProgrammeSide($id: ID!, $input: SideInput!) {
    updateProgrammeSide(id: $id, input: $input) {
      id
      name
      country
    }
  }
`);

export const RemoveProgrammeSideMutation = graphql(`
  mutation RemoveProgrammeSide($id: ID!) {
    removeProgrammeSide(id: $id)
  }
`);

export const AddSignatoryMutation = graphql(`
  mutation AddSignatory($programmeId: ID!, $input: SignatoryInput!) {
    addSignatory(programmeId: $programmeId, input: $input) {
      id
    }
  }
`);

export const RemoveSignatoryMutation = graphql(`
  mutation RemoveSignatory($id: ID!) {
    removeSignatory(id: $id)
  }
`);

export const AddCoordinatorMutation = graphql(`
  mutation AddCoordinator($programmeId: ID!, $userId: ID!) {
    addCoordinator(programmeId: $programmeId, userId: $userId)
  }
`);

export const RemoveCoordinatorMutation = graphql(`
  mutation RemoveCoordinator($programmeId: ID!, $userId: ID!) {
    removeCoordinator(programmeId: $programmeId, userId: $userId)
  }
`);

/** Accounts that may coordinate; the users query answers administrators only. */
export const CoordinatorCandidatesQuery = graphql(`
  query CoordinatorCandidates($limit: Int!) {
    users(role: COORDINATOR, limit: $limit) {
      items {
        id
        name
        email
        active
      }
    }
  }
`);
