import { lazyNamed } from '../../ui/lazyNamed';

/**
 * What other modules use of auth: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { RequireAbility } from './components/RequireAbility';
export { SignInForm } from './components/SignInForm';
export { CurrentUserQuery, SignInMutation, SignOutMutation } from './graphql/auth';
export { type CurrentUser, type ViewerAbility, useCurrentUser } from './hooks/useCurrentUser';
export { useSignOut } from './hooks/useSignOut';
export { SIGN_IN_PATH, sanitizeNextPath, signInPath } from './nextPath';

// The sign-in page imports this file too, and whatever it names statically is downloaded with
// that page: these two run Apollo's hooks, which come only after sign-in.
/** Gate for the signed-in area: asks the server who we are and sends strangers to sign in. */
export const RequireAuth = lazyNamed(() => import('./components/RequireAuth'), 'RequireAuth');
export const ChangePasswordModal = lazyNamed(
  () => import('./components/ChangePasswordModal'),
  'ChangePasswordModal',
);
