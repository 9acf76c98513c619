/**
 * One generated source file: its imports (only those used, since the project
 * compiles with noUnusedLocals) and its body, rendered deterministically so
 * that regenerating gives byte-identical files.
 */
export const RUNTIME_MODULE = './sbeRuntime.js';

export class FileBuilder {
  /** Module -> imported name -> whether it is only used as a type. */
  private readonly imports = new Map<string, Map<string, boolean>>();
  private readonly body: string[] = [];

  constructor(
    readonly fileName: string,
    private readonly banner: string,
  ) {}

  /** Records an import of `name` from `module` (a sibling file) and returns the name. */
  use(module: string, name: string, typeOnly = false): string {
    if (module === `./${this.fileName.replace(/\.ts$/, '.js')}`) return name;
    let names = this.imports.get(module);
    if (names === undefined) this.imports.set(module, (names = new Map()));
    names.set(name, (names.get(name) ?? true) && typeOnly);
    return name;
  }

  /** An import used only as a type, marked so per-file transpilers drop it. */
  useType(module: string, name: string): string {
    return this.use(module, name, true);
  }

  rt(name: string): string {
    return this.use(RUNTIME_MODULE, name);
  }

  add(...chunks: string[]): void {
    this.body.push(...chunks);
  }

  render(): string {
    const lines = [this.banner];
    const modules = [...this.imports.keys()].sort();
    for (const m of modules) {
      const names = [...this.imports.get(m)!.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const allTypes = names.every(([, t]) => t);
      const list = names.map(([n, t]) => (t && !allTypes ? `type ${n}` : n)).join(', ');
      const line = `import ${allTypes ? 'type ' : ''}{ ${list} } from '${m}';`;
      lines.push(line.length <= 120 ? line : `import ${allTypes ? 'type ' : ''}{\n  ${list.split(', ').join(',\n  ')},\n} from '${m}';`);
    }
    if (modules.length > 0) lines.push('');
    return `${lines.join('\n')}\n${this.body.join('\n\n')}\n`;
  }
}

/** Indents every non-empty line of `text` by `levels` steps of two spaces. */
export function indent(text: string, levels = 1): string {
  const pad = '  '.repeat(levels);
  return text
    .split('\n')
    .map((l) => (l === '' ? l : pad + l))
    .join('\n');
}

export function docComment(lines: readonly (string | undefined)[]): string {
  const text = lines.filter((l): l is string => l !== undefined && l.trim() !== '').map((l) => l.replace(/\*\//g, '* /').trim());
  if (text.length === 0) return '';
  if (text.length === 1) return `/** ${text[0]} */\n`;
  return `/**\n${text.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}
