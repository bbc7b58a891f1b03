import type { TestApp } from './graphql';

/** How many SQL statements `run` sends through the app's data source, and what it returned. */
export async function countStatements<T>(
  app: TestApp,
  run: () => Promise<T>,
): Promise<{ count: number; result: T }> {
  const logger = app.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args) => {
    count += 1;
    return original(...args);
  };
  try {
    const result = await run();
    return { count, result };
  } finally {
    logger.logQuery = original;
  }
}

/** The SQL statements `run` sends, each with its parameters, in the order sent. */
export async function recordStatements<T>(
  app: TestApp,
  run: () => Promise<T>,
): Promise<{ statements: string[]; result: T }> {
  const { queries, result } = await recordQueries(app, run);
  const statements = queries.map(
    ({ query, parameters }) => `${query} -- ${JSON.stringify(parameters)}`,
  );
  return { statements, result };
}

/** The statements `run` sends with their parameters apart, to be sent again (e.g. explained). */
export async function recordQueries<T>(
  app: TestApp,
  run: () => Promise<T>,
): Promise<{ queries: { query: string; parameters: unknown[] }[]; result: T }> {
  const logger = app.dataSource.logger;
  const original = logger.logQuery.bind(logger);
  const queries: { query: string; parameters: unknown[] }[] = [];
  logger.logQuery = (query, parameters, ...rest) => {
    queries.push({ query, parameters: Array.isArray(parameters) ? parameters : [] });
    return original(query, parameters, ...rest);
  };
  try {
    const result = await run();
    return { queries, result };
  } finally {
    logger.logQuery = original;
  }
}
