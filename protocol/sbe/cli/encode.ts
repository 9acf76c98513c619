/** `npm run sbe:encode -- SCHEMA.xml FILE.json`: the binary SBE message on stdout. */
import { readFileSync } from 'node:fs';
import { encodeMessage } from '../codec/otfEncoder.js';
import { loadSchema } from '../schema/schemaParser.js';
import { UsageError, isEntryPoint, runCli } from './cliMain.js';

const USAGE = 'sbe:encode -- SCHEMA.xml FILE.json > FILE.bin';

export function encodeFile(schemaFile: string, jsonFile: string): Uint8Array {
  const schema = loadSchema(schemaFile);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch (err) {
    throw new Error(`${jsonFile}: ${(err as Error).message}`);
  }
  return encodeMessage(schema, json);
}

function main(args: string[]): void {
  if (args.length !== 2) throw new UsageError(`expected 2 arguments, got ${args.length}`);
  const bytes = encodeFile(args[0]!, args[1]!);
  // Files and pipes are written synchronously on Linux, so every byte is out before exit.
  process.stdout.write(bytes);
}

if (isEntryPoint(import.meta.url)) runCli('sbe:encode', USAGE, main);
