/**
 * Work over many designs spread over worker threads (a batch render, a portfolio): the main
 * thread hands out one design at a time to whichever thread is free, and yields the answers in
 * the order the designs were given, each as soon as it and every design before it are done.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';

/** Without --jobs, threads are used from this many designs on: below it, starting them costs more than they save. */
export const THREADS_FROM = 16;

/** How many threads work on `designs` designs: `--jobs`, else one per core for a large batch. */
export function threadsFor(worker: URL, designs: number, jobs: number | undefined): number {
  // The worker is a module of the build; run from the sources (the tests) everything stays on one thread.
  const usable = worker.protocol === 'file:' && existsSync(fileURLToPath(worker));
  if (!usable || designs < 2) return 1;
  if (jobs !== undefined) return Math.min(jobs, designs);
  return designs >= THREADS_FROM ? Math.min(availableParallelism(), designs) : 1;
}

/** `--jobs N`: a whole number of threads from 1 to 64. */
export function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs needs a whole number of designs to work on at once, from 1 to 64, not ${JSON.stringify(value)}`);
  return jobs;
}

/** What a worker is sent: the job at `index`, or null when there is no more work. */
export type PoolJob<J> = { index: number; job: J } | null;

/** A worker's answer for the job at `index`. */
export interface PoolAnswer<A> {
  index: number;
  answer: A;
}

/** Run `jobs` on `threads` workers started from `worker` with `workerData`; answers in the jobs' order. */
export async function* inOrderOnThreads<J, A>(worker: URL, workerData: unknown, jobs: readonly J[], threads: number): AsyncGenerator<A> {
  const { Worker } = await import('node:worker_threads');
  const done = new Map<number, A>();
  let next = 0;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  const workers = Array.from({ length: threads }, () => new Worker(worker, { workerData }));
  const give = (thread: InstanceType<typeof Worker>) => {
    const message: PoolJob<J> = next < jobs.length ? { index: next, job: jobs[next]! } : null;
    thread.postMessage(message);
    next++;
  };
  try {
    for (const thread of workers) {
      thread.on('message', (answer: PoolAnswer<A>) => {
        done.set(answer.index, answer.answer);
        give(thread);
        notify();
      });
      thread.on('error', (error) => {
        failure ??= error;
        notify();
      });
      thread.on('exit', (code) => {
        if (code !== 0) failure ??= new Error(`a worker thread stopped with exit code ${code}`);
        notify();
      });
      give(thread);
    }
    for (let shown = 0; shown < jobs.length; shown++) {
      while (!done.has(shown)) {
        if (failure !== undefined) throw failure;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
      yield done.get(shown)!;
      done.delete(shown);
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker's side: answer each job with `handle`, one at a time, until told there is no more. */
export function serveJobs<J, A>(port: import('node:worker_threads').MessagePort, handle: (job: J) => Promise<A>): void {
  port.on('message', (message: PoolJob<J>) => {
    if (message === null) {
      port.close();
      return;
    }
    void handle(message.job).then((answer) => {
      const reply: PoolAnswer<A> = { index: message.index, answer };
      port.postMessage(reply);
    });
  });
}
