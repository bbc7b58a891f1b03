import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { CreateProgressReportMutation } from '../graphql/reports';
import { progressReportPath } from '../../../app/paths';

export interface ReportStart {
  partnerId: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * Starts a draft report and opens it. `start` answers the failure (null on success), which
 * also stays in `failure` for a caller that shows it later.
 */
export function useStartReport(programmeId: string) {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<unknown>(null);
  const [create, { loading }] = useMutation(CreateProgressReportMutation, {
    refetchQueries: ['ReportingStatus', 'ProgressReports'],
  });

  const start = async ({ partnerId, periodStart, periodEnd }: ReportStart): Promise<unknown> => {
    setFailure(null);
    try {
      const result = await create({
        variables: { programmeId, partnerId, input: { periodStart, periodEnd, narrative: '' } },
      });
      const id = result.data?.createProgressReport.id;
      if (id) await navigate(progressReportPath(programmeId, id));
      return null;
    } catch (error) {
      setFailure(error);
      return error;
    }
  };

  return { start, starting: loading, failure, clearFailure: () => setFailure(null) };
}
