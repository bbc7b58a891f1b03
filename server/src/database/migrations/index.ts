import { Init1795316138677 } from './1795316138677-Init';
import { ActionPlan1795316627869 } from './1795316627869-ActionPlan';

/** Every migration, in order. Listed explicitly so tests and the built server load the same. */
export const migrations = [Init1795316138677, ActionPlan1795316627869];
