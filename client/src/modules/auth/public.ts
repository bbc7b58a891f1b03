/**
 * What other modules use of auth: helpers and small components. Pages and programme
 * tabs load lazily, so they are declared in index.ts.
 */
export { ChangePasswordModal } from './components/ChangePasswordModal';
export { RequireAuth } from './components/RequireAuth';
export { RequireAbility } from './components/RequireAbility';
export { SignInForm } from './components/SignInForm';
export { CurrentUserQuery, SignInMutation, SignOutMutation } from './graphql/auth';
export {
  type CurrentUser,
  type ViewerAbility,
  useCurrentUser,
  useOptionalCurrentUser,
} from './hooks/useCurrentUser';
export { useSignOut } from './hooks/useSignOut';
export { SIGN_IN_PATH, sanitizeNextPath, signInPath } from './nextPath';
