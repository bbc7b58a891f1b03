import { Field, ObjectType } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { mayOrganiseEvent } from '../events/public';
import { mayActFor } from '../monitoring/public';
import { mayWriteReport } from '../progress-reports/public';
import type { Partner } from './partner.entity';

@ObjectType({
  description:
    'What you may do in the name of one partner of a programme you read, from the same rules the mutations check.',
})
export class PartnerAbilities {
  @Field({
    description: 'Whether createProgressReport for this partner passes the permission check.',
  })
  writeReport: boolean;

  @Field({
    description: 'Whether logEvent with this partner as organiser passes the permission check.',
  })
  organiseEvent: boolean;

  @Field({
    description:
      'Whether raiseIssue raised by this partner’s organisation passes the permission check.',
  })
  raiseIssue: boolean;

  @Field({
    description:
      'Whether submitRoundAnswers for this partner passes the permission check (the round must still be open).',
  })
  answerRound: boolean;
}

/**
 * The forms ask these to offer the partners one acts for (a partner user its own, those who
 * run the programme every one) instead of comparing roles and organisations themselves.
 */
export async function partnerAbilities(
  viewer: Viewer,
  partner: Pick<Partner, 'programmeId' | 'organisationId'>,
): Promise<PartnerAbilities> {
  const [organiseEvent, actFor] = await Promise.all([
    mayOrganiseEvent(viewer, partner.programmeId, async () => [partner.organisationId]),
    mayActFor(viewer, partner.programmeId, partner.organisationId),
  ]);
  return {
    writeReport: mayWriteReport(viewer, partner.organisationId),
    organiseEvent,
    raiseIssue: actFor,
    answerRound: actFor,
  };
}
