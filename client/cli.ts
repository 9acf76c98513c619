/**
 * `npm run client -- [OPTIONS] COMMAND [ARGS]`: the exchange from a terminal
 * (client/cliCommands.ts does the work; usage: `npm run client -- --help`).
 * Ctrl-C ends a `watch` cleanly (exit 0); any other command exits 130 after
 * a second, or at once on a second Ctrl-C.
 */
import { runClient } from './cliCommands.js';

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
    // `watch` ends at once; a command awaiting an answer is given a moment, then left.
    setTimeout(() => process.exit(130), 1000).unref();
  });
}

try {
  process.exitCode = await runClient(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    signal: stop.signal,
  });
} catch (error) {
  process.stderr.write(`unexpected error: ${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
}
