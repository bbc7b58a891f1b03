import '@mantine/core/styles.css';
import './global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { signInPath, SIGN_IN_PATH } from '../modules/auth/public';
import { App } from './App';
import { createClientLoader } from './clientLoader';
import { startI18n } from './i18n/lazy';
import { createAppRouter } from './router';

// The first screen is drawn in the reader's language, once its texts have arrived.
await startI18n();

const router = createAppRouter();

// Several queries can fail with UNAUTHENTICATED at once when a session expires;
// only the first one redirects.
let redirecting = false;

const loadClient = createClientLoader({
  onUnauthenticated: () => {
    const { pathname, search, hash } = router.state.location;
    if (redirecting || pathname === SIGN_IN_PATH) return;
    redirecting = true;
    void router
      .navigate(signInPath(`${pathname}${search}${hash}`), { replace: true })
      .then(async () => (await loadClient()).clearStore())
      .finally(() => {
        redirecting = false;
      });
  },
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App loadClient={loadClient} router={router} />
  </StrictMode>,
);
