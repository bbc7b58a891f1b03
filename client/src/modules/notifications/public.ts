/** What the app frame uses of notifications: the bell in its header. */
export { NotificationBell, UNREAD_POLL_MS } from './components/NotificationBell';
