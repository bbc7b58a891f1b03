/**
 * What the rest of the server (other modules, the database seeds, the app) uses of auth.
 * Only re-exports: the files behind them stay private to the module.
 */
export { NewPassword } from './auth.inputs';
export { normaliseEmail } from './auth.service';
export { deviceCookieOf } from './device-cookie';
export { hashPassword } from './password';
export { hashToken, type SessionService } from './session.service';
