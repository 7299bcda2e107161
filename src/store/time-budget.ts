/**
 * Time budgets for store calls (DESIGN §4, §7): a call that has not settled within its budget is treated as failed,
 * so a slow or paused backend costs a request at most the budget before it goes to the upstream.
 */

/** Budgets per kind of store call, in milliseconds. */
export interface StoreTimeBudgets {
  /** get, nearest, isRejected: on the request path before the upstream call. */
  lookupMs: number;
  /** put, delete, rejectPair: off the response path, so they can wait longer. */
  writeMs: number;
  /** invalidate, flush, stats: admin calls that may walk the whole keyspace. */
  adminMs: number;
}

export const DEFAULT_TIME_BUDGETS: Readonly<StoreTimeBudgets> = Object.freeze({
  lookupMs: 50,
  writeMs: 1_000,
  adminMs: 30_000,
});

/** A store call ran past its time budget. */
export class StoreTimeoutError extends Error {
  readonly operation: string;
  readonly budgetMs: number;

  constructor(operation: string, budgetMs: number) {
    super(`store ${operation} exceeded its ${budgetMs} ms time budget`);
    this.name = 'StoreTimeoutError';
    this.operation = operation;
    this.budgetMs = budgetMs;
  }
}

/**
 * Settles like `work`, or rejects with StoreTimeoutError after `budgetMs`. The work itself is not cancelled (a
 * command already written to Redis cannot be), only no longer waited for; its late outcome is observed by
 * `Promise.race`, so a late rejection is never an unhandled one.
 */
export function withTimeBudget<T>(operation: string, budgetMs: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(operation, budgetMs)), budgetMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
