/**
 * What other modules use of organisations: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { type OrganisationOption, OrganisationSelect } from './components/OrganisationSelect';
export { organisationName } from './organisationName';
