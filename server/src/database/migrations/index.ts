import { Init1795316138677 } from './1795316138677-Init';
import { ActionPlan1795316627869 } from './1795316627869-ActionPlan';
import { Events1795320536994 } from './1795320536994-Events';
import { Attachments1795321900507 } from './1795321900507-Attachments';
import { Twinning1795326634955 } from './1795326634955-Twinning';
import { Monitoring1795326730620 } from './1795326730620-Monitoring';
import { ProgressReports1795326748831 } from './1795326748831-ProgressReports';
import { IndicatorTwinning1795331009471 } from './1795331009471-IndicatorTwinning';
import { TwinningProposer1796276268578 } from './1796276268578-TwinningProposer';
import { CanonicalTimeZones1796276624123 } from './1796276624123-CanonicalTimeZones';
import { DeclaredMembers1796277290933 } from './1796277290933-DeclaredMembers';
import { HealthProbe1796307524532 } from './1796307524532-HealthProbe';
import { Notifications1796400000000 } from './1796400000000-Notifications';
import { EventTallies1796310000000 } from './1796310000000-EventTallies';
import { IdempotencyKeys1796320000000 } from './1796320000000-IdempotencyKeys';
import { Calls1796330000000 } from './1796330000000-Calls';

/** Every migration, in order. Listed explicitly so tests and the built server load the same. */
export const migrations = [
  Init1795316138677,
  ActionPlan1795316627869,
  Events1795320536994,
  Attachments1795321900507,
  Twinning1795326634955,
  Monitoring1795326730620,
  ProgressReports1795326748831,
  IndicatorTwinning1795331009471,
  TwinningProposer1796276268578,
  CanonicalTimeZones1796276624123,
  DeclaredMembers1796277290933,
  HealthProbe1796307524532,
  EventTallies1796310000000,
  IdempotencyKeys1796320000000,
  Calls1796330000000,
  Notifications1796400000000,
];
