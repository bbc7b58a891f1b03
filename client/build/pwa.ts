import { SERVER_PATHS, serverPathSource } from '@spilno/shared';
import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * The installable app: a manifest and a service worker that precaches the built shell, so the
 * app opens without a connection. Data does not go through the worker (GraphQL is POST); the
 * Apollo cache keeps its own copy per user.
 *
 * The manifest has one `name`, so it carries both languages; `lang` names the first, the
 * language the interface opens in.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  // The app registers the worker itself, through a dynamically loaded workbox-window, so the
  // first chunk carries none of it.
  injectRegister: false,
  registerType: 'autoUpdate',
  filename: 'sw.js',
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['favicon.svg'],
  manifest: {
    id: '/',
    name: 'Спільно · Spilno',
    short_name: 'Спільно',
    description:
      'Програми транскордонного та міжмуніципального співробітництва · Cross-border and inter-municipal cooperation programmes',
    lang: 'uk',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1c5fb8',
    background_color: '#ffffff',
    icons: [
      { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    // Every built file but the precompressed copies (the server picks those itself) and the
    // build's manifest for the size budget.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff,woff2}'],
    globIgnores: ['.vite/**', '**/*.br', '**/*.gz'],
    // Deep links open the shell offline too; what the server answers itself never does.
    navigateFallback: '/index.html',
    navigateFallbackDenylist: Object.values(SERVER_PATHS).map(
      (pattern) => new RegExp(serverPathSource(pattern)),
    ),
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  },
};
