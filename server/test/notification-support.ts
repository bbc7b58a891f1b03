import type { TestApp } from './graphql';

export const NOTIFICATIONS = `query ($unreadOnly: Boolean, $limit: Int, $offset: Int) {
  notifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {
    items { id kind title body link createdAt readAt } total unread
  }
}`;
export const MARK_READ = `mutation ($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
export const UPDATE_SETTINGS = `mutation ($email: EmailFrequency!, $language: String) {
  updateNotificationSettings(email: $email, language: $language) { id emailFrequency language }
}`;

export interface NotificationRow {
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string;
}

/**
 * Runs the queued deliveries as the queue's workers would, then the notifications of `kind`
 * whose link is `link`, by recipient.
 */
export async function told(app: TestApp, kind: string, link: string): Promise<NotificationRow[]> {
  await app.services.notifications.drain();
  return app.dataSource.query<NotificationRow[]>(
    `SELECT "userId", kind, title, body, link FROM notification
      WHERE kind = $1 AND link = $2 ORDER BY "userId"`,
    [kind, link],
  );
}

/** The ids of the users told, sorted, to compare with the expected recipients. */
export function ids(rows: { userId: string }[]): string[] {
  return rows.map((row) => row.userId).sort();
}
