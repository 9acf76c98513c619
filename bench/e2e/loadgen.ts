/**
 * The load-generator process (forked by run.ts from the built file, so it
 * never shares a thread or a heap with the bench or the server). It waits
 * for jobs on the IPC channel; per job it opens one WebSocket connection
 * per account to the job's `/trade`, logs each on, runs the closed or open
 * loop, closes the connections and sends the result back. Around the
 * measured interval it sends marks, at which the parent samples the
 * server's CPU time.
 */
import { ClosedLoop } from './closedLoop.js';
import type { FromLoadgen, Job, PhaseResult, ToLoadgen } from './jobs.js';
import { OpenLoop } from './openLoop.js';
import { Session } from './session.js';

function send(msg: FromLoadgen): void {
  process.send!(msg);
}

/** Slots per connection: every order of an open-loop phase, or ample room for a closed loop's window. */
function ringSize(job: Job): number {
  const want = job.mode === 'open'
    ? (job.rate / job.accounts.length) * ((job.warmupMs + job.durationMs + job.drainMs) / 1000) + 1024
    : 4 * job.window + 1024;
  return 2 ** Math.ceil(Math.log2(Math.min(want, 1 << 22)));
}

export async function runJob(job: Job, mark: (m: 'measureStart' | 'measureEnd') => void): Promise<PhaseResult> {
  const driver = job.mode === 'open' ? new OpenLoop(job, mark) : new ClosedLoop(job, mark);
  const ring = ringSize(job);
  const sessions = await Promise.all(job.accounts.map((account, i) =>
    Session.open(i, job.url, account, job.encoding, job.tag, ring, driver)));
  try {
    return await driver.run(sessions);
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
}

if (process.send !== undefined) {
  process.on('message', (msg: ToLoadgen) => {
    if (msg.type === 'exit') {
      process.disconnect();
      return;
    }
    runJob(msg.job, (mark) => send({ type: 'mark', mark })).then(
      (result) => send({ type: 'result', result }),
      (err: Error) => send({ type: 'error', message: err.stack ?? err.message }),
    );
  });
}
