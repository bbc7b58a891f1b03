import { useMutation, useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueDetailsFragment } from '../../../generated/graphql';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { AssignIssueMutation, IssueAssigneesQuery } from '../graphql/monitoring';

export interface IssueAssigneeProps {
  issue: IssueDetailsFragment;
  onReload: () => void;
}

const NOBODY = '';

/** Coordinators give the issue to someone who works on the programme, or to nobody. */
export function IssueAssignee({ issue, onReload }: IssueAssigneeProps) {
  const { t } = useTranslation('monitoring');
  const { t: tc } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const team = useQuery(IssueAssigneesQuery, { variables: { programmeId: issue.programmeId } });
  const [assign, assigning] = useMutation(AssignIssueMutation);
  const options = [
    { value: NOBODY, label: t('assignee.nobody') },
    ...(team.data?.issueAssignees ?? []).map((user) => ({
      value: user.id,
      label: `${user.name} · ${tc(`enums.Role.${user.role}`)}`,
    })),
  ];

  const handleChange = async (value: string | null) => {
    setFailure(null);
    try {
      await assign({
        variables: { id: issue.id, version: issue.version, assigneeId: value || null },
      });
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <>
      <Select
        label={t('assignee.label')}
        searchable
        allowDeselect={false}
        data={options}
        value={issue.assignee?.id ?? NOBODY}
        disabled={assigning.loading || team.loading}
        onChange={(value) => void handleChange(value)}
        maw={360}
      />
      {failure ? <ErrorAlert error={failure} onReload={onReload} /> : null}
    </>
  );
}
