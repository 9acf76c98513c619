/**
 * Shared shell of the three SBE commands: run only when the file is the
 * process entry point (tests import the commands instead), report errors as
 * one line on stderr and a non-zero exit code rather than a stack trace.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export class UsageError extends Error {}

export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}

export function runCli(name: string, usage: string, command: (args: string[]) => void): void {
  try {
    command(process.argv.slice(2));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`${name}: ${message}\n`);
    if (err instanceof UsageError) process.stderr.write(`usage: ${usage}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  }
}
