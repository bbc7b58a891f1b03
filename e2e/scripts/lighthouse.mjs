// Lighthouse on the built app, with Lighthouse's default mobile emulation (a mid-range phone on
// a throttled 4G connection, simulated), for the sign-in page and a programme's dashboard. A
// benchmark, not a test: it prints the figures and exits 1 when a goal is missed. Run it with
// `pnpm bench:lighthouse` (which builds first); CHROMIUM_PATH names the browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';

const GOALS = { performance: 90, accessibility: 95, lcpMs: 2500 };
const ACCOUNT = { email: 'coordinator@spilno.test', password: 'spilno-demo-2026' };
const ROUNDS = Number(process.env.LIGHTHOUSE_ROUNDS ?? 3);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** The built server on a new embedded database with the demo data, as a first start makes it. */
async function startServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'spilno-lighthouse-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['server/dist/main.js'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries += 1) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (tries > 600) throw new Error('the server did not start within a minute');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    stop() {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function graphql(url, query, variables, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookies: response.headers.getSetCookie() };
}

/** A session cookie of the demo coordinator, and the address of a demo programme's dashboard. */
async function dashboardOf(url) {
  const { cookies } = await graphql(
    url,
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }',
    ACCOUNT,
  );
  const cookie = cookies.map((line) => line.split(';')[0]).join('; ');
  const { data } = await graphql(url, '{ programmes(limit: 1) { id } }', {}, cookie);
  return { cookie, path: `/programmes/${data.programmes[0].id}/dashboard` };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function audit(port, url, cookie) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  const { categories, audits } = result.lhr;
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    lcpMs: audits['largest-contentful-paint'].numericValue,
    tbtMs: audits['total-blocking-time'].numericValue,
    kb: audits['total-byte-weight'].numericValue / 1024,
  };
}

const server = await startServer();
const debuggingPort = await freePort();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [`--remote-debugging-port=${debuggingPort}`, '--no-sandbox', '--disable-dev-shm-usage'],
});
let missed = 0;
try {
  const dashboard = await dashboardOf(server.url);
  const pages = [
    { name: 'sign-in', url: `${server.url}/sign-in` },
    { name: 'dashboard', url: `${server.url}${dashboard.path}`, cookie: dashboard.cookie },
  ];
  console.info(`\n| page | performance | accessibility | LCP ms | TBT ms | transferred KB |`);
  console.info('|---|---:|---:|---:|---:|---:|');
  for (const page of pages) {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      rounds.push(await audit(debuggingPort, page.url, page.cookie));
    }
    const figure = (key) => median(rounds.map((r) => r[key]));
    const result = Object.fromEntries(Object.keys(rounds[0]).map((key) => [key, figure(key)]));
    console.info(
      `| ${page.name} | ${result.performance} | ${result.accessibility} | ${result.lcpMs.toFixed(0)} | ${result.tbtMs.toFixed(0)} | ${result.kb.toFixed(0)} |`,
    );
    const met =
      result.performance >= GOALS.performance &&
      result.accessibility >= GOALS.accessibility &&
      result.lcpMs <= GOALS.lcpMs;
    if (!met) missed += 1;
    page.met = met;
  }
  console.info(
    `\nMedians of ${ROUNDS} rounds. Goals: performance ≥ ${GOALS.performance}, accessibility ≥ ${GOALS.accessibility}, LCP ≤ ${GOALS.lcpMs} ms.`,
  );
  for (const page of pages) console.info(`${page.met ? 'met   ' : 'MISSED'} ${page.name}`);
} finally {
  await browser.close();
  server.stop();
}
process.exitCode = missed ? 1 : 0;
