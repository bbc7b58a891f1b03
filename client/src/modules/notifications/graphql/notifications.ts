import { graphql } from '../../../generated';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean, $limit: Int, $offset: Int) {
    notifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {
      total
      unread
      items {
        id
        kind
        title
        body
        link
        createdAt
        readAt
        programme {
          id
          title
        }
      }
    }
  }
`);

export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    notifications(unreadOnly: true, limit: 1) {
      unread
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationSettingsQuery = graphql(`
  query NotificationSettings {
    me {
      id
      emailFrequency
      language
    }
  }
`);

export const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($email: EmailFrequency!, $language: String) {
    updateNotificationSettings(email: $email, language: $language) {
      id
      emailFrequency
      language
    }
  }
`);
