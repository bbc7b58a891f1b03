import { Alert } from '@mantine/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { ageKey } from './offlineAge';
import { offlineState, subscribeOfflineState } from './offlineState';

/** The age is redrawn this often while offline. */
const TICK_MS = 30_000;

/** Says the app is offline and how old what it shows is, while there is no connection. */
export function OfflineNotice() {
  const { t, i18n } = useTranslation();
  const { offline, asOf } = useSyncExternalStore(subscribeOfflineState, offlineState);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!offline) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [offline]);

  if (!offline) return null;
  let text = t('offline.noticeUnknown');
  if (asOf !== null) {
    const age = ageKey(asOf, now);
    text = t('offline.notice', {
      time: formatDateTime(new Date(asOf).toISOString(), i18n.language),
      age: t(age.key, { count: age.count }),
    });
  }
  return (
    <Alert color="yellow" variant="light" mb="md" role="status" data-testid="offline-notice">
      {text}
    </Alert>
  );
}
