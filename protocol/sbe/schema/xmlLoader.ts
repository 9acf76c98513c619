/**
 * Reads schema XML into an ordered element tree and splices in xi:include
 * documents. Order matters in SBE (a field's position is its offset), so the
 * parser runs in preserveOrder mode rather than grouping children by tag.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SbeSchemaError } from './schemaError.js';

export interface XmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
  /** File the element came from, for error messages. */
  readonly file: string;
}

/** Deep enough for any real layering of common type files; stops include cycles. */
const MAX_INCLUDE_DEPTH = 16;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // sbe:message, xi:include and unprefixed schemas all read the same way.
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
});

type RawNode = Record<string, unknown>;

function toElements(nodes: readonly RawNode[], file: string, depth: number): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ':@');
    if (tag === undefined || tag === '#text' || tag.startsWith('?') || tag === '#comment') continue;
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    const rawChildren = (node[tag] ?? []) as RawNode[];
    if (tag === 'include') {
      out.push(...loadIncluded(attrs, file, depth));
      continue;
    }
    const text = rawChildren
      .filter((c) => Object.prototype.hasOwnProperty.call(c, '#text'))
      .map((c) => String(c['#text']))
      .join('');
    out.push({ tag, attrs, children: toElements(rawChildren, file, depth), text, file });
  }
  return out;
}

function loadIncluded(attrs: Record<string, string>, file: string, depth: number): XmlElement[] {
  const href = attrs['href'];
  if (href === undefined || href === '') throw new SbeSchemaError(`${file}: xi:include without href`);
  if (depth >= MAX_INCLUDE_DEPTH) {
    throw new SbeSchemaError(`${file}: xi:include of "${href}" is nested more than ${MAX_INCLUDE_DEPTH} deep (a cycle?)`);
  }
  return parseFile(resolve(dirname(file), href), depth + 1);
}

function parseFile(file: string, depth: number): XmlElement[] {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SbeSchemaError(`cannot read schema file ${file}: ${(err as Error).message}`);
  }
  return parseText(xml, file, depth);
}

function parseText(xml: string, file: string, depth: number): XmlElement[] {
  let raw: RawNode[];
  try {
    // `true` runs the well-formedness validator first; the parser alone is lenient.
    raw = parser.parse(xml, true) as RawNode[];
  } catch (err) {
    throw new SbeSchemaError(`${file}: not well-formed XML: ${(err as Error).message}`);
  }
  return toElements(raw, file, depth);
}

/** The root element of a schema file, includes resolved. */
export function loadSchemaXml(file: string): XmlElement {
  const roots = parseFile(resolve(file), 0);
  const root = roots.find((e) => e.tag === 'messageSchema');
  if (root === undefined) throw new SbeSchemaError(`${file}: no messageSchema element`);
  return root;
}

/** Same as loadSchemaXml for XML held in memory; includes resolve against baseDir. */
export function parseSchemaXml(xml: string, baseDir: string = process.cwd()): XmlElement {
  const file = resolve(baseDir, '<inline schema>');
  const root = parseText(xml, file, 0).find((e) => e.tag === 'messageSchema');
  if (root === undefined) throw new SbeSchemaError('no messageSchema element');
  return root;
}
