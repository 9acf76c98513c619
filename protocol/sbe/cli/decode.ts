/** `npm run sbe:decode -- SCHEMA.xml FILE.bin`: one SBE message as JSON on stdout. */
import { readFileSync } from 'node:fs';
import { decodeMessage } from '../codec/otfDecoder.js';
import { SbeCodecError } from '../runtime/sbeRuntime.js';
import { loadSchema } from '../schema/schemaParser.js';
import { UsageError, isEntryPoint, runCli } from './cliMain.js';

const USAGE = 'sbe:decode -- SCHEMA.xml FILE.bin';

/** The JSON text for the message in `binFile`; the file must hold exactly one message. */
export function decodeFile(schemaFile: string, binFile: string): string {
  const schema = loadSchema(schemaFile);
  const bytes = readFileSync(binFile);
  const { message, encodedLength } = decodeMessage(schema, bytes);
  if (encodedLength !== bytes.length) {
    throw new SbeCodecError(message.message, encodedLength, `${bytes.length - encodedLength} bytes follow the end of the message`);
  }
  // One-space indent: the layout of the SBE sample's reference JSON.
  return `${JSON.stringify(message, null, 1)}\n`;
}

function main(args: string[]): void {
  if (args.length !== 2) throw new UsageError(`expected 2 arguments, got ${args.length}`);
  process.stdout.write(decodeFile(args[0]!, args[1]!));
}

if (isEntryPoint(import.meta.url)) runCli('sbe:decode', USAGE, main);
