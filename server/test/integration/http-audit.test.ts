import 'reflect-metadata';
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../graphql';

interface Finding {
  status: 'warn' | 'notice' | 'error';
  line: string;
  answer: string;
}

/** Each audit that did not pass, with the server's answer, so a failure explains itself. */
function findings(results: AuditResult[]): Promise<Finding[]> {
  return Promise.all(
    results
      .filter((result) => result.status !== 'ok')
      .map(async (result) => ({
        status: result.status,
        line: `${result.id} ${result.name}: ${result.reason}`,
        answer: await result.response.clone().text(),
      })),
  );
}

/** graphql-http's audit against a real listening server: every MUST of GraphQL over HTTP. */
async function audit(app: TestApp, label: string): Promise<Finding[]> {
  const results = await auditServer({ url: `${app.url}/graphql` });
  const found = await findings(results);
  const count = (status: Finding['status']) => found.filter((f) => f.status === status).length;
  process.stdout.write(
    `graphql-http audit (${label}): ${results.length} audits, ${
      results.length - found.length
    } ok, ${count('warn')} warnings, ${count('notice')} notices, ${count('error')} errors\n${found
      .map((f) => `  ${f.status} ${f.line}\n`)
      .join('')}`,
  );
  return found;
}

/**
 * The warnings left are SHOULDs for the legacy `application/json` media type: answer a
 * request that fails to parse or validate with 200. Spilno answers 400 on purpose, so a
 * client or proxy never mistakes a refused document for a served one.
 */
describe('GraphQL over HTTP audit', () => {
  let development: TestApp;
  let production: TestApp;
  beforeAll(async () => {
    [development, production] = await Promise.all([
      startTestApp({ production: false }),
      startTestApp({ production: true }),
    ]);
  });
  afterAll(() => Promise.all([development?.close(), production?.close()]));

  it('passes every MUST of the audit', async () => {
    const found = await audit(development, 'introspection allowed');
    expect(found.filter((f) => f.status === 'error')).toEqual([]);
  });

  it('in production, fails only the audits that need introspection, which it refuses', async () => {
    // Two MUST audits look a type up with `__type`; a production server describes its schema
    // to nobody, so those two answer the introspection refusal and nothing else differs.
    const errors = (await audit(production, 'production')).filter((f) => f.status === 'error');
    expect(errors.length).toBeLessThanOrEqual(2);
    for (const error of errors) {
      expect(error.answer).toMatch(/introspection is not allowed/);
    }
  });
});
