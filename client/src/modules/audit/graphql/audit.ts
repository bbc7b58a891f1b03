import { graphql } from '../../../generated';

export const AuditLogQuery = graphql(`
  query AuditLog($entityType: String, $action: AuditAction, $limit: Int!, $offset: Int!) {
    auditLog(entityType: $entityType, action: $action, limit: $limit, offset: $offset) {
      total
      items {
        id
        at
        action
        entityType
        entityId
        summary
        actor {
          id
          name
          email
        }
        changes {
          field
          before
          after
        }
      }
    }
  }
`);
