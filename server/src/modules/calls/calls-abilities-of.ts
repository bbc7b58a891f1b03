import { callTransitions, CallStatus } from '@spilno/shared';
import type { Person } from '../../common/viewer';
import type { Application } from './application.entity';
import type { Call } from './call.entity';
import type { ApplicationAbilities, CallAbilities } from './calls-abilities';
import {
  leads,
  mayApply,
  mayConfirm,
  mayDecide,
  mayLaunch,
  mayManageCalls,
  mayScore,
} from './calls.policy';

/** A call's viewerCan, from the rules its mutations check. */
export function callAbilities(person: Person, call: Call): CallAbilities {
  const manage = mayManageCalls(person);
  return {
    edit: manage,
    statuses: manage ? callTransitions(call.status) : [],
    apply: mayApply(person) && call.status === CallStatus.OPEN,
  };
}

/** An application's viewerCan, from the rules its mutations check. */
export function applicationAbilities(
  person: Person,
  application: Application,
  memberIds: readonly string[],
): ApplicationAbilities {
  return {
    edit: leads(person, application),
    confirm: mayConfirm(person, memberIds),
    score: mayScore(person, application, memberIds),
    decide: mayDecide(person, application),
    launch: mayLaunch(person, application),
  };
}
