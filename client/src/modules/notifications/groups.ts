/** A notification as the page lists it: what grouping needs of it. */
export interface Groupable {
  id: string;
  programme?: { id: string; title: string } | null;
}

export interface NotificationGroup<T extends Groupable> {
  /** The programme's id; null for notifications outside any programme. */
  programmeId: string | null;
  title: string | null;
  items: T[];
}

/**
 * Notifications grouped by programme, the groups in the order of their newest notification
 * (the list comes newest first), those outside programmes in a group of their own.
 */
export function groupByProgramme<T extends Groupable>(items: readonly T[]): NotificationGroup<T>[] {
  const groups = new Map<string | null, NotificationGroup<T>>();
  for (const item of items) {
    const key = item.programme?.id ?? null;
    let group = groups.get(key);
    if (!group) {
      group = { programmeId: key, title: item.programme?.title ?? null, items: [] };
      groups.set(key, group);
    }
    group.items.push(item);
  }
  return [...groups.values()];
}
