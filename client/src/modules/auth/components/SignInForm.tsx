import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { EMAIL_MAX, ErrorCode, PASSWORD_MAX } from '@spilno/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentUserFieldsFragment } from '../../../generated/graphql';
import { useDeferredClient } from '../../../ui/deferredClient';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PasswordField } from '../../../ui/PasswordField';
import { errorCodeOf } from '../../../ui/errors';
import { formFailureOf } from '../../../ui/formErrors';
import { useTextForm } from '../../../ui/useTextForm';
import { email, required, rules } from '../../../ui/validation';
import { SignInMutation } from '../graphql/auth';

export interface SignInFormProps {
  onSignedIn: (user: CurrentUserFieldsFragment) => void | Promise<void>;
}

interface SignInValues extends Record<string, string> {
  email: string;
  password: string;
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  // The page is drawn without Apollo; its code downloads while the reader types.
  const loadClient = useDeferredClient();
  const [loading, setLoading] = useState(false);
  useEffect(() => {
    // A failed download is tried again on submit, which then reports it.
    loadClient().catch(() => undefined);
  }, [loadClient]);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useTextForm<SignInValues>({
    initialValues: { email: '', password: '' },
    validate: {
      email: rules(required, email),
      password: required,
    },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    setLoading(true);
    try {
      const client = await loadClient();
      const { data } = await client.mutate({
        mutation: SignInMutation,
        variables: { email: values.email.trim(), password: values.password },
      });
      if (data) await onSignedIn(data.signIn);
    } catch (error) {
      setFailure(formFailureOf(form, error));
    } finally {
      setLoading(false);
    }
  });

  const failureCode = failure ? errorCodeOf(failure) : null;
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        {failureCode === ErrorCode.UNAUTHENTICATED ? (
          // One message for unknown e-mail and wrong password alike: no account probing.
          <Alert color="red" role="alert">
            {t('auth.signIn.wrongCredentials')}
          </Alert>
        ) : failureCode === ErrorCode.RATE_LIMITED ? (
          <Alert color="orange" role="alert">
            {t('auth.signIn.rateLimited')}
          </Alert>
        ) : failure ? (
          <ErrorAlert error={failure} />
        ) : null}
        <TextInput
          label={t('auth.signIn.email')}
          type="email"
          autoComplete="username"
          maxLength={EMAIL_MAX}
          required
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          maxLength={PASSWORD_MAX}
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
