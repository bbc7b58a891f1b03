import { modules } from '../modules';

/**
 * Every module's entities. Listed by the modules rather than found by a file glob: glob loading
 * breaks under test transforms and bundlers.
 */
export const entities = modules.flatMap((module) => module.entities ?? []);
