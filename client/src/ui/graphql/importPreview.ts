import { graphql } from '../../generated';

/** What every CSV import answers, read by `ImportPreview`: counts and each row's problems. */
export const ImportPreviewFieldsFragment = graphql(`
  fragment ImportPreviewFields on ImportPreview {
    valid
    creates
    updates
    unchanged
    rows {
      line
      action
      label
      errors {
        field
        message
      }
    }
  }
`);
