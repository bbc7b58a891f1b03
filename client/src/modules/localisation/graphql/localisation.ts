import { graphql } from '../../../generated';

export const MissingTranslationsQuery = graphql(`
  query MissingTranslations($programmeId: ID!) {
    missingTranslations(programmeId: $programmeId) {
      recordType
      recordId
      label
      field
      missingLanguages
      link
    }
  }
`);
