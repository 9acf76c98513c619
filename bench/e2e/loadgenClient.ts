/**
 * The bench's handle on the load-generator process: forks the built
 * `loadgen.js` once, hands it one job at a time, relays its marks.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FromLoadgen, Job, PhaseResult, ToLoadgen } from './jobs.js';

export class LoadGenerator {
  private exited: string | null = null;

  private constructor(private readonly child: ChildProcess) {
    child.once('exit', (code, signal) => {
      this.exited = `load generator exited (${code ?? signal})`;
    });
  }

  /** Forks `dist/bench/e2e/loadgen.js` (a larger young generation: fewer scavenges inside timed intervals). */
  static start(root: string): LoadGenerator {
    const path = join(root, 'dist/bench/e2e/loadgen.js');
    if (!existsSync(path)) throw new Error(`${path} missing: run npm run build`);
    return new LoadGenerator(fork(path, [], { execArgv: ['--max-semi-space-size=32'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
  }

  get pid(): number {
    return this.child.pid!;
  }

  run(job: Job, onMark: (mark: 'measureStart' | 'measureEnd') => void): Promise<PhaseResult> {
    if (this.exited !== null) return Promise.reject(new Error(this.exited));
    return new Promise((resolve, reject) => {
      const onMessage = (msg: FromLoadgen): void => {
        if (msg.type === 'mark') {
          onMark(msg.mark);
          return;
        }
        cleanup();
        if (msg.type === 'result') resolve(msg.result);
        else reject(new Error(`load generator: ${msg.message}`));
      };
      const onExit = (): void => {
        cleanup();
        reject(new Error(this.exited ?? 'load generator exited'));
      };
      const cleanup = (): void => {
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send({ type: 'job', job } satisfies ToLoadgen);
    });
  }

  async stop(): Promise<void> {
    if (this.exited !== null) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.send({ type: 'exit' } satisfies ToLoadgen);
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(killer);
  }
}
