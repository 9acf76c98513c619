/** `npm run sbe:generate -- SCHEMA.xml OUT_DIR`: TypeScript flyweights for every message of a schema. */
import { generate, writeGenerated } from '../emit/generator.js';
import { loadSchema } from '../schema/schemaParser.js';
import { UsageError, isEntryPoint, runCli } from './cliMain.js';

const USAGE = 'sbe:generate -- SCHEMA.xml OUT_DIR';

export function generateDir(schemaFile: string, outDir: string): string[] {
  const files = generate(loadSchema(schemaFile), schemaFile);
  writeGenerated(outDir, files);
  return [...files.keys()];
}

function main(args: string[]): void {
  if (args.length !== 2) throw new UsageError(`expected 2 arguments, got ${args.length}`);
  const names = generateDir(args[0]!, args[1]!);
  process.stdout.write(`sbe:generate: wrote ${names.length} files to ${args[1]}\n`);
}

if (isEntryPoint(import.meta.url)) runCli('sbe:generate', USAGE, main);
