import { graphql } from '../../../generated';

/** The first `limit` texts to translate, in the order a coordinator works through them. */
export const MissingTranslationsQuery = graphql(`
  query MissingTranslations($programmeId: ID!, $limit: Int!) {
    missingTranslations(programmeId: $programmeId, limit: $limit) {
      recordType
      recordId
      label
      field
      missingLanguages
      link
    }
  }
`);
