/** How long ago `asOf` was, as the `offline.*` text key and its count. */
export function ageKey(
  asOf: number,
  now: number,
): {
  key: 'offline.justNow' | 'offline.minutes' | 'offline.hours' | 'offline.days';
  count: number;
} {
  const minutes = Math.floor(Math.max(0, now - asOf) / 60_000);
  if (minutes < 1) return { key: 'offline.justNow', count: 0 };
  if (minutes < 60) return { key: 'offline.minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { key: 'offline.hours', count: hours };
  return { key: 'offline.days', count: Math.floor(hours / 24) };
}
