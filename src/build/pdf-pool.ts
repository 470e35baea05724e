/**
 * A pool of worker threads that render PDFs beside the main thread, which goes on rendering the
 * HTML pages. Jobs wait in a queue; each worker takes the next one when it is free. The main
 * thread takes part too: a PDF the build asks for while it still waits in the queue is rendered
 * at once where it is asked for, and while the main thread waits for a PDF that a worker is
 * rendering, it renders others from the end of the queue. So on a machine of N cores, N - 1
 * workers and the main thread keep every core busy, and nothing waits for nothing.
 *
 * A worker is sent a few jobs ahead (`AHEAD`): it learns of its next job only when the main
 * thread reads its last answer, and a main thread busy validating, or rendering a page, read
 * none for a while. With one job at a time, the worker rendered one PDF during the whole
 * validation of 1,000 programmes (the validation now also stops every few milliseconds, see
 * src/content/validate.ts).
 *
 * Workers do not keep the process alive when they have nothing to do. A worker that dies (it ran
 * out of memory, or stopped) is not replaced: the build is told which documents it held
 * (`onWorkerLost`), they go back to the queue, and the main thread renders them if no other worker
 * does. Whoever waits for a PDF is woken by each answer and each death, so that a job taken back
 * from a dead worker is never waited for in vain (the build used to end there, with no PDF).
 */
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Document } from '../document/model';

/** What a worker is sent: the document (serialised), and where to write its PDF. */
export interface JobMessage {
  id: number;
  document: Uint8Array;
  path: string;
}

/** What a worker answers. */
export type ResultMessage = { id: number; ok: true } | { id: number; ok: false; name: string; message: string; stack?: string };

interface Job {
  id: number;
  doc: Document;
  path: string;
  state: 'queued' | 'running' | 'done';
  done: Promise<void>;
  settle: (error?: Error) => void;
}

export interface PoolOptions {
  /** Worker threads to start (at most, as jobs come). */
  size: number;
  /** The worker's module. */
  workerFile: string;
  /** Node options of the workers (a TypeScript loader). */
  execArgv?: string[];
  /** Renders a document into its file in this thread. */
  renderHere: (doc: Document, path: string) => Promise<void>;
  /** The error a worker's failure is raised as, from its name, message and stack. */
  toError: (name: string, message: string, stack?: string) => Error;
  /** Told when a worker dies, with why and the documents it held (they are rendered again). */
  onWorkerLost?: (reason: string, held: readonly Document[]) => void;
}

/** Jobs sent to a worker before it answers: about 60 ms of sheets' PDFs. */
const AHEAD = 4;

export class PdfPool {
  private readonly queue: Job[] = [];
  private readonly jobs = new Map<number, Job>();
  private readonly workers: Worker[] = [];
  /** The jobs each worker was sent and has not answered. */
  private readonly running = new Map<Worker, Set<Job>>();
  private next = 1;
  /** How many PDFs were rendered by the workers and by the main thread. */
  readonly rendered = { workers: 0, here: 0 };

  private size: number;
  /** Resolved, then replaced, at each answer or death of a worker: what `finish` waits on. */
  private change = Promise.withResolvers<void>();

  constructor(private readonly options: PoolOptions) {
    this.size = options.size;
  }

  private changed(): void {
    this.change.resolve();
    this.change = Promise.withResolvers<void>();
  }

  /** Queues a document; the returned job settles once its PDF is in `path`. */
  submit(doc: Document, path: string): Job {
    let settle!: (error?: Error) => void;
    const done = new Promise<void>((resolve, reject) => {
      settle = (error) => (error ? reject(error) : resolve());
    });
    // An unobserved failure is raised where the PDF is asked for, not as an unhandled rejection.
    done.catch(() => undefined);
    const job: Job = { id: this.next++, doc, path, state: 'queued', done, settle };
    this.jobs.set(job.id, job);
    this.queue.push(job);
    this.dispatch();
    return job;
  }

  /** Waits for a job's PDF, rendering it here if no worker has taken it yet. */
  async finish(job: Job): Promise<void> {
    while (job.state !== 'done') {
      if (job.state === 'queued') {
        this.queue.splice(this.queue.indexOf(job), 1);
        await this.runHere(job);
        continue;
      }
      // A worker has it: render others meanwhile, or wait for its answer (or its death).
      const other = this.queue.pop();
      if (other) await this.runHere(other);
      else await this.change.promise;
    }
    return job.done;
  }

  private async runHere(job: Job): Promise<void> {
    job.state = 'running';
    try {
      await this.options.renderHere(job.doc, job.path);
      this.rendered.here++;
      this.end(job);
    } catch (error) {
      this.end(job, error as Error);
    }
  }

  private end(job: Job, error?: Error): void {
    job.state = 'done';
    this.jobs.delete(job.id);
    job.settle(error);
  }

  /** The worker to send the next job to: a new one while there is room, else the least busy. */
  private freeWorker(): Worker | undefined {
    let best: Worker | undefined;
    for (const worker of this.workers) {
      const sent = this.running.get(worker)!.size;
      if (sent < AHEAD && (!best || sent < this.running.get(best)!.size)) best = worker;
    }
    if ((!best || this.running.get(best)!.size > 0) && this.workers.length < this.size) return this.start();
    return best;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.freeWorker();
      if (!worker) return;
      const job = this.queue.shift()!;
      job.state = 'running';
      this.running.get(worker)!.add(job);
      worker.ref();
      const message: JobMessage = { id: job.id, document: serialize(job.doc), path: job.path };
      worker.postMessage(message, [message.document.buffer as ArrayBuffer]);
    }
  }

  private start(): Worker {
    const worker = new Worker(this.options.workerFile, { execArgv: this.options.execArgv ?? [] });
    this.workers.push(worker);
    const sent = new Set<Job>();
    this.running.set(worker, sent);
    worker.on('message', (result: ResultMessage) => {
      const job = this.jobs.get(result.id);
      if (job) sent.delete(job);
      if (sent.size === 0) worker.unref();
      if (job) {
        if (result.ok) this.rendered.workers++;
        this.end(job, result.ok ? undefined : this.options.toError(result.name, result.message, result.stack));
      }
      this.dispatch();
      this.changed();
    });
    // A worker that failed (it could not start, ran out of memory, or stopped) is not replaced:
    // its jobs go back to the queue, for the other workers or the main thread. Only a document's
    // own error fails it. Node tells an error and then the exit, or the exit alone.
    const lost = (reason: string) => {
      if (!this.running.has(worker)) return;
      this.running.delete(worker);
      this.workers.splice(this.workers.indexOf(worker), 1);
      this.size--;
      const held = [...sent].filter((job) => job.state === 'running');
      if (held.length) this.options.onWorkerLost?.(reason, held.map((job) => job.doc));
      for (const job of held.reverse()) {
        job.state = 'queued';
        this.queue.unshift(job);
      }
      sent.clear();
      this.dispatch();
      this.changed();
    };
    worker.on('error', (error: Error & { code?: string }) => lost(error.code ?? error.message));
    worker.on('exit', (code) => lost(`exit ${code}`));
    return worker;
  }

  /** Stops the workers (the build is over). */
  async close(): Promise<void> {
    const workers = [...this.workers];
    // Stopped on purpose: not a death to tell.
    this.workers.length = 0;
    this.running.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
