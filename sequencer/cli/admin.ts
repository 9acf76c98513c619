/**
 * `npm run admin -- --data-dir DIR COMMAND ARGS`: one operator command on a
 * stopped exchange's data directory (sequencer/cli/adminCommand.ts; usage:
 * `npm run admin -- --help`).
 */
import { ADMIN_USAGE, AdminUsageError, runAdmin } from './adminCommand.js';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.length === 0) {
    process.stdout.write(ADMIN_USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  const at = argv.indexOf('--data-dir');
  const dataDir = at >= 0 ? argv[at + 1] : undefined;
  if (dataDir === undefined) {
    process.stderr.write(`--data-dir DIR is required\n${ADMIN_USAGE}`);
    return 2;
  }
  const args = argv.filter((_, i) => i !== at && i !== at + 1);
  try {
    return await runAdmin(dataDir, args, (line) => process.stdout.write(`${line}\n`));
  } catch (error) {
    if (error instanceof AdminUsageError) {
      process.stderr.write(`${error.message}\n${ADMIN_USAGE}`);
      return 2;
    }
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
