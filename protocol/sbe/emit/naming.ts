/** Schema names to TypeScript identifiers, and the collision rules between them. */
import { SbeSchemaError } from '../schema/schemaError.js';

/** `$` is kept out of identifiers: generated classes keep their own state in `$`-prefixed properties. */
function sanitize(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(s) ? `_${s}` : s;
}

export function pascal(name: string): string {
  const s = sanitize(name);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Accessor names start lower case (`ClOrdID` -> `clOrdID`); an all-capitals name goes wholly lower case (`STP` -> `stp`). */
export function camel(name: string): string {
  const s = sanitize(name);
  if (/^[A-Z0-9_$]+$/.test(s)) return s.toLowerCase();
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function capital(ident: string): string {
  return ident.charAt(0).toUpperCase() + ident.slice(1);
}

/**
 * The public names of one generated class. API names (wrap, next, ...) win:
 * a field that would shadow one gets a trailing underscore, and one that
 * starts with `sbe` (the prefix of the API's own members) a leading one. Two fields that
 * produce the same accessor are a schema error, reported with both names.
 */
export class MemberNames {
  private readonly owners = new Map<string, string>();

  constructor(
    private readonly className: string,
    private readonly reserved: readonly string[],
  ) {}

  /** The accessor base name for a field, renamed away from reserved API names. */
  fieldIdent(schemaName: string): string {
    let ident = camel(schemaName);
    if (ident.startsWith('sbe')) ident = `_${ident}`;
    while (this.reserved.includes(ident)) ident = `${ident}_`;
    return ident;
  }

  /** Whether `member` can still be claimed by `schemaName`: not reserved, and unclaimed or already its own. */
  isFree(member: string, schemaName: string): boolean {
    const bare = member.replace(/^static /, '');
    if (this.reserved.includes(bare) || bare.startsWith('sbe')) return false;
    const owner = this.owners.get(member);
    return owner === undefined || owner === schemaName;
  }

  claim(member: string, schemaName: string): string {
    const owner = this.owners.get(member);
    if (owner !== undefined && owner !== schemaName) {
      throw new SbeSchemaError(`${this.className}: fields "${owner}" and "${schemaName}" both generate the member ${member}`);
    }
    this.owners.set(member, schemaName);
    return member;
  }
}
