/**
 * What the rest of the server (other modules, the database seeds, the app) uses of programmes.
 * Only re-exports: the files behind them stay private to the module.
 */
export { Partner } from './partner.entity';
export { ProgrammeCoordinator } from './programme-coordinator.entity';
export { lockProgramme } from './programme-lock';
export { ProgrammeSide } from './programme-side.entity';
export { Programme } from './programme.entity';
export { mayCreateProgramme, mayEditProgramme, takesPart } from './programme.policy';
export { exportedProgramme, fileNameOf, sendDownload } from './export-route';
export { Policy } from './programme-scope';
export { ProgrammeAbilities } from './programme-abilities';
