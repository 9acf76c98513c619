/**
 * `npm start [-- --config FILE --data-dir DIR --port N --host H --fsync always|interval|none --log-level L]`
 * (PROTOCOL.md, "Starting the server"): the exchange on the embedded demo
 * config by default, data under data/demo in the repository. Prints where it
 * listens and the demo accounts' keys; SIGINT / SIGTERM close it cleanly
 * (everything acknowledged is durable anyway: a kill loses nothing).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/configError.js';
import { loadConfigFile } from '../config/loadConfig.js';
import type { FsyncPolicy } from '../sequencer/journal/journalConfig.js';
import { defaultLogger, startGateway } from './server.js';
import { UwsFallbackError } from './uwsNative.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `usage: npm start -- [--config FILE] [--data-dir DIR] [--port N] [--host HOST] [--fsync always|interval|none] [--log-level LEVEL]
  defaults: the demo config (config/demo.json), data under data/demo, port 8080, host 127.0.0.1, fsync always`;

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') { console.log(USAGE); process.exit(0); }
    const m = /^--(config|data-dir|port|host|fsync|log-level)$/.exec(a);
    if (m === null || argv[i + 1] === undefined) {
      console.error(`unknown or incomplete argument "${a}"\n${USAGE}`);
      process.exit(2);
    }
    out[m[1]!] = argv[++i]!;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const demo = args.config === undefined;
  const configPath = resolve(args.config ?? resolve(repo, 'config/demo.json'));
  const dataDir = resolve(args['data-dir'] ?? resolve(repo, 'data/demo'));
  const port = args.port === undefined ? 8080 : Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('--port', `"${args.port}" is not a port number`);
  const fsync = (args.fsync ?? 'always') as FsyncPolicy;
  if (!['always', 'interval', 'none'].includes(fsync)) throw new ConfigError('--fsync', 'must be always, interval or none');
  const config = loadConfigFile(configPath);
  const logger = defaultLogger(args['log-level'] ?? 'info');
  const gateway = await startGateway({
    config, dataDir, port, host: args.host ?? '127.0.0.1', fsyncPolicy: fsync, logger,
    onFatal: () => { setTimeout(() => process.exit(1), 100); },
  });
  const ws = gateway.url.replace(/^http/, 'ws');
  const lines = [
    `Exchange listening on ${gateway.url}  (config ${configPath}, data ${dataDir}, fsync ${fsync})`,
    `  order entry  ${ws}/trade`,
    `  health       ${gateway.url}/health   metrics ${gateway.url}/metrics   instruments ${gateway.url}/instruments`,
  ];
  if (config.admin !== null) lines.push(`  admin        ${ws}/admin`);
  if (demo) {
    lines.push('  demo accounts (ApiKey / secret):');
    for (const a of config.accounts) lines.push(`    ${a.id.padEnd(8)} ${a.apiKey} / ${a.secret}`);
    if (config.admin !== null) lines.push(`    operator ${config.admin.apiKey} / ${config.admin.secret}`);
    lines.push('  try: npm run client -- --help');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    gateway.close().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof UwsFallbackError) {
    console.error(`cannot start: ${e.message}`);
    process.exit(2);
  }
  console.error('cannot start:', e);
  process.exit(1);
});
