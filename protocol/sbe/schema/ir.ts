/**
 * The resolved form of an SBE schema that the emitter and the schema-driven
 * codec both work from: every reference followed, every offset and length
 * computed once, so neither consumer re-derives the layout.
 */
import type { Primitive } from './primitives.js';

export type ByteOrder = 'littleEndian' | 'bigEndian';
export type Presence = 'required' | 'optional' | 'constant';
/** How bytes become text: one byte per char (ASCII, ISO-8859-1) or UTF-8. */
export type TextEncoding = 'latin1' | 'utf8';

export interface EncodedType {
  readonly kind: 'encoded';
  readonly name: string;
  readonly primitive: Primitive;
  /** 1 for a scalar, N for a fixed array, 0 only for the varData member of a var-data composite. */
  readonly length: number;
  readonly presence: Presence;
  /** The schema's nullValue, else the spec's default for the primitive. */
  readonly nullValue: bigint | number;
  readonly minValue: bigint | number | undefined;
  readonly maxValue: bigint | number | undefined;
  readonly characterEncoding: string | undefined;
  /** Set for char types and for types that name a characterEncoding. */
  readonly textEncoding: TextEncoding | undefined;
  /** Raw text of a constant's value (element text or the literal a valueRef points at). */
  readonly constText: string | undefined;
  readonly sinceVersion: number;
  readonly encodedLength: number;
  readonly description: string | undefined;
}

export interface ValidValue {
  readonly name: string;
  readonly value: number;
  readonly sinceVersion: number;
}

export interface EnumType {
  readonly kind: 'enum';
  readonly name: string;
  readonly primitive: Primitive;
  readonly nullValue: number;
  readonly values: readonly ValidValue[];
  readonly sinceVersion: number;
  readonly encodedLength: number;
  readonly description: string | undefined;
}

export interface Choice {
  readonly name: string;
  readonly bit: number;
  readonly sinceVersion: number;
}

export interface SetType {
  readonly kind: 'set';
  readonly name: string;
  readonly primitive: Primitive;
  readonly choices: readonly Choice[];
  readonly sinceVersion: number;
  readonly encodedLength: number;
  readonly description: string | undefined;
}

export interface CompositeType {
  readonly kind: 'composite';
  readonly name: string;
  readonly members: readonly FieldDef[];
  readonly sinceVersion: number;
  readonly encodedLength: number;
  readonly description: string | undefined;
}

export type TypeDef = EncodedType | EnumType | SetType | CompositeType;

export type ConstantValue =
  | { readonly kind: 'number'; readonly value: bigint | number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'enum'; readonly name: string; readonly value: number };

/** A field of a message or group, or a member of a composite (id 0). */
export interface FieldDef {
  readonly name: string;
  readonly id: number;
  readonly type: TypeDef;
  /** From the start of the enclosing block or composite. */
  readonly offset: number;
  readonly presence: Presence;
  readonly constant: ConstantValue | undefined;
  readonly sinceVersion: number;
  /** 0 for constants: they take no space on the wire. */
  readonly encodedLength: number;
  readonly description: string | undefined;
}

/** An unsigned integer member of a dimension, header or var-data composite. */
export interface CountMember {
  readonly offset: number;
  readonly primitive: Primitive;
  readonly max: number;
}

export interface DimensionDef {
  readonly type: CompositeType;
  readonly blockLength: CountMember;
  readonly numInGroup: CountMember;
  readonly encodedLength: number;
}

export interface DataDef {
  readonly name: string;
  readonly id: number;
  readonly type: CompositeType;
  readonly length: CountMember;
  readonly dataOffset: number;
  readonly textEncoding: TextEncoding | undefined;
  readonly sinceVersion: number;
  readonly description: string | undefined;
}

export interface BlockDef {
  readonly name: string;
  readonly id: number;
  readonly blockLength: number;
  readonly fields: readonly FieldDef[];
  readonly groups: readonly GroupDef[];
  readonly data: readonly DataDef[];
  readonly sinceVersion: number;
  readonly description: string | undefined;
}

export interface GroupDef extends BlockDef {
  readonly kind: 'group';
  readonly dimension: DimensionDef;
}

export interface MessageDef extends BlockDef {
  readonly kind: 'message';
  readonly semanticType: string | undefined;
}

export interface HeaderDef {
  readonly type: CompositeType;
  readonly blockLength: CountMember;
  readonly templateId: CountMember;
  readonly schemaId: CountMember;
  readonly version: CountMember;
  readonly encodedLength: number;
}

export interface Schema {
  readonly package: string;
  readonly id: number;
  readonly version: number;
  readonly semanticVersion: string | undefined;
  readonly byteOrder: ByteOrder;
  readonly description: string | undefined;
  readonly header: HeaderDef;
  /** Top-level named types, in schema order. */
  readonly types: ReadonlyMap<string, TypeDef>;
  readonly messages: readonly MessageDef[];
}

/**
 * Bytes of fixed fields a block must hold at a given version: the end of the
 * last field that exists at that version. A block may be longer (padding, or
 * fields of a newer version the reader does not know); never shorter.
 */
export function minBlockLength(block: BlockDef, version: number): number {
  let end = 0;
  for (const f of block.fields) {
    if (f.sinceVersion <= version && f.encodedLength > 0) end = Math.max(end, f.offset + f.encodedLength);
  }
  return end;
}
