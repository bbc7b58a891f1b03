/**
 * Registers the service worker that keeps the app's shell for offline use. Loaded after the
 * first screen, and workbox-window only from here, so neither is in the first chunk.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  // A new build's worker takes over at once (skipWaiting): the shell is hashed files, and the
  // next navigation loads the new ones.
  await new Workbox('/sw.js', { scope: '/' }).register();
}
