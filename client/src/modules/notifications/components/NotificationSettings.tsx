import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { LOCALES } from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import {
  NotificationSettingsQuery,
  UpdateNotificationSettingsMutation,
} from '../graphql/notifications';

const FREQUENCIES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
type Frequency = (typeof FREQUENCIES)[number];

/** How often the signed-in user gets e-mail, and the language notifications are written in. */
export function NotificationSettings() {
  const { t } = useTranslation('notifications');
  const { t: tShell } = useTranslation();
  const { data } = useQuery(NotificationSettingsQuery);
  const me = data?.me;
  const [email, setEmail] = useState<Frequency | null>(null);
  const [language, setLanguage] = useState<string | null>(null);
  const [save, { loading, error, data: saved }] = useMutation(UpdateNotificationSettingsMutation);
  if (!me) return null;
  const chosenEmail = email ?? me.emailFrequency;
  const chosenLanguage = language ?? me.language;

  return (
    <Stack gap="sm" component="section" aria-labelledby="notification-settings">
      <Title order={2} size="h4" id="notification-settings">
        {t('settings.title')}
      </Title>
      {error && <ErrorAlert error={error} />}
      <Radio.Group
        label={t('settings.email')}
        value={chosenEmail}
        onChange={(value) => setEmail(FREQUENCIES.find((f) => f === value) ?? null)}
      >
        <Stack gap={4} mt={4}>
          {FREQUENCIES.map((frequency) => (
            <Radio key={frequency} value={frequency} label={t(`settings.frequency.${frequency}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Select
        label={t('settings.language')}
        data={LOCALES.map((locale) => ({ value: locale, label: tShell(`language.${locale}`) }))}
        value={chosenLanguage}
        onChange={setLanguage}
        allowDeselect={false}
        maw={320}
      />
      <Group>
        <Button
          loading={loading}
          onClick={() =>
            void save({ variables: { email: chosenEmail, language: chosenLanguage } }).catch(
              // Shown by the alert above.
              () => undefined,
            )
          }
        >
          {t('settings.save')}
        </Button>
        {saved && !loading && (
          <Text size="sm" c="dimmed" role="status">
            {t('settings.saved')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
