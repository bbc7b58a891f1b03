import { useMutation } from '@apollo/client/react';
import { Select, TextInput } from '@mantine/core';
import {
  EMAIL_MAX,
  FieldMessage,
  NAME_MAX,
  PASSWORD_MAX,
  PASSWORD_MIN,
  Role,
} from '@spilno/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRowFieldsFragment } from '../../../generated/graphql';
import { enumOptions, type EnumValue } from '../../../ui/enums';
import { FormModal } from '../../../ui/FormModal';
import { PasswordField } from '../../../ui/PasswordField';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { email, maxLength, minLength, required, rules } from '../../../ui/validation';
import { OrganisationSelect } from '../../organisations/public';
import { CreateUserMutation } from '../graphql/users';

const ROLES = Object.values(Role);

export interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (user: UserRowFieldsFragment) => void;
}

interface CreateUserValues extends Record<string, unknown> {
  email: string;
  name: string;
  role: EnumValue<Role> | null;
  organisationId: string | null;
  password: string;
}

export function CreateUserModal({ opened, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  const [createUser, { loading }] = useMutation(CreateUserMutation, { refetchQueries: ['Users'] });
  const [failure, setFailure] = useState<unknown>(null);
  const form = useAppForm<CreateUserValues>({
    initialValues: { email: '', name: '', role: null, organisationId: null, password: '' },
    validate: {
      email: rules(required, email),
      name: rules(required, maxLength(NAME_MAX)),
      role: required,
      // A partner acts for one organisation, so the server needs to know which.
      organisationId: (value, values) =>
        values.role === Role.PARTNER && !value ? FieldMessage.REQUIRED : null,
      password: rules(required, minLength(PASSWORD_MIN), maxLength(PASSWORD_MAX)),
    },
  });

  const handleClose = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const handleSubmit = form.onSubmit(async (values) => {
    if (!values.role) return;
    setFailure(null);
    try {
      const { data } = await createUser({
        variables: {
          input: {
            email: values.email.trim(),
            name: values.name.trim(),
            role: values.role,
            organisationId: values.organisationId,
            password: values.password,
          },
        },
      });
      if (data) {
        form.reset();
        onCreated(data.createUser);
      }
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      opened={opened}
      title={t('users.form.title')}
      size="lg"
      onClose={handleClose}
      onSubmit={handleSubmit}
      failure={failure}
      submitLabel={t('users.form.submit')}
      submitting={loading}
    >
      <TextInput
        label={t('users.form.email')}
        type="email"
        autoComplete="off"
        maxLength={EMAIL_MAX}
        required
        data-autofocus
        {...form.getInputProps('email')}
      />
      <TextInput
        label={t('users.form.name')}
        autoComplete="off"
        maxLength={NAME_MAX}
        required
        {...form.getInputProps('name')}
      />
      <Select
        label={t('users.form.role')}
        data={enumOptions(ROLES, (value) => t(`enums.Role.${value}`))}
        required
        allowDeselect={false}
        {...form.getInputProps('role')}
      />
      <OrganisationSelect
        label={t('users.form.organisation')}
        placeholder={t('users.form.organisationPlaceholder')}
        description={t('users.form.organisationHint')}
        required={form.values.role === Role.PARTNER}
        clearable
        clearButtonProps={{ 'aria-label': t('common.clearFilters') }}
        {...form.getInputProps('organisationId')}
      />
      <PasswordField
        label={t('users.form.password')}
        description={t('users.form.passwordHint', { min: PASSWORD_MIN })}
        autoComplete="new-password"
        maxLength={PASSWORD_MAX}
        required
        {...form.getInputProps('password')}
      />
    </FormModal>
  );
}
