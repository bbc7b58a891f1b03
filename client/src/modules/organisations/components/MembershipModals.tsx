import { useMutation } from '@apollo/client/react';
import { Button, TextInput } from '@mantine/core';
import { FieldMessage, todayIso } from '@spilno/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../ui/FormModal';
import { formFailureOf, useAppForm } from '../../../ui/forms';
import { required } from '../../../ui/validation';
import { AddMemberMutation, EndMembershipMutation } from '../graphql/organisations';
import { OrganisationSelect } from './OrganisationSelect';

const REFETCH = { refetchQueries: ['Organisation'], awaitRefetchQueries: true };

export interface AddMemberModalProps {
  associationId: string;
  /** Current members, offered but not choosable. */
  memberIds: ReadonlySet<string>;
  onClose: () => void;
}

interface AddMemberValues extends Record<string, unknown> {
  memberId: string | null;
  joinedOn: string;
}

export function AddMemberModal({ associationId, memberIds, onClose }: AddMemberModalProps) {
  const { t } = useTranslation('organisations');
  const [failure, setFailure] = useState<unknown>(null);
  const [addMember, { loading }] = useMutation(AddMemberMutation, REFETCH);
  const disabled = useMemo(
    () => new Set([associationId, ...memberIds]),
    [associationId, memberIds],
  );
  const form = useAppForm<AddMemberValues>({
    initialValues: { memberId: null, joinedOn: todayIso() },
    validate: { memberId: required, joinedOn: required },
  });

  const handleSubmit = form.onSubmit(async (values) => {
    if (!values.memberId) return;
    setFailure(null);
    try {
      await addMember({
        variables: { associationId, memberId: values.memberId, joinedOn: values.joinedOn },
      });
      onClose();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  });

  return (
    <FormModal
      title={t('members.addTitle')}
      onClose={onClose}
      onSubmit={handleSubmit}
      failure={failure}
      submitLabel={t('members.add')}
      submitting={loading}
    >
      <OrganisationSelect
        label={t('members.member')}
        placeholder={t('form.parentPlaceholder')}
        required
        withAsterisk={false}
        disabledIds={disabled}
        data-autofocus
        {...form.getInputProps('memberId')}
      />
      <TextInput
        type="date"
        label={t('members.joinedOn')}
        required
        {...form.getInputProps('joinedOn')}
      />
    </FormModal>
  );
}

export interface EndMembershipModalProps {
  membership: { id: string; version: number; joinedOn: string; leftOn?: string | null };
  memberName: string;
  onClose: () => void;
  onReload: () => void;
}

interface EndMembershipValues extends Record<string, unknown> {
  leftOn: string;
}

/** Records the day a member left, or clears it when it was recorded by mistake. */
export function EndMembershipModal({
  membership,
  memberName,
  onClose,
  onReload,
}: EndMembershipModalProps) {
  const { t } = useTranslation('organisations');
  const [failure, setFailure] = useState<unknown>(null);
  const [endMembership, { loading }] = useMutation(EndMembershipMutation, REFETCH);
  const form = useAppForm<EndMembershipValues>({
    initialValues: { leftOn: membership.leftOn ?? todayIso() },
    validate: {
      leftOn: (value) =>
        value && value < membership.joinedOn ? FieldMessage.END_BEFORE_START : null,
    },
  });

  const save = async (leftOn: string | null) => {
    setFailure(null);
    try {
      await endMembership({
        variables: { id: membership.id, version: membership.version, leftOn },
      });
      onClose();
    } catch (error) {
      setFailure(formFailureOf(form, error));
    }
  };

  return (
    <FormModal
      title={t('members.leavingTitle', { name: memberName })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => void save(values.leftOn || null))}
      failure={failure}
      onReload={onReload}
      submitLabel={t('members.saveLeaving')}
      submitting={loading}
      extraActions={
        membership.leftOn ? (
          <Button variant="subtle" onClick={() => void save(null)} disabled={loading}>
            {t('members.stillMember')}
          </Button>
        ) : null
      }
    >
      <TextInput
        type="date"
        label={t('members.leftOn')}
        description={t('members.leftOnHint')}
        min={membership.joinedOn}
        data-autofocus
        {...form.getInputProps('leftOn')}
      />
    </FormModal>
  );
}
