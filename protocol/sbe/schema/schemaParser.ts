/**
 * Turns a messageSchema element tree into the resolved IR: named types are
 * resolved on first use (schemas may reference a type before defining it),
 * offsets follow the SBE rules (in order, or at an explicit offset), and every
 * violation is a SbeSchemaError naming the element.
 */
import type {
  BlockDef,
  ByteOrder,
  Choice,
  CompositeType,
  ConstantValue,
  CountMember,
  DataDef,
  DimensionDef,
  EncodedType,
  EnumType,
  FieldDef,
  GroupDef,
  HeaderDef,
  MessageDef,
  Presence,
  Schema,
  SetType,
  TextEncoding,
  TypeDef,
  ValidValue,
} from './ir.js';
import { PRIMITIVES, isPrimitiveName, type Primitive } from './primitives.js';
import { SbeSchemaError } from './schemaError.js';
import { loadSchemaXml, parseSchemaXml, type XmlElement } from './xmlLoader.js';

const TYPE_TAGS = new Set(['type', 'composite', 'enum', 'set']);

export function loadSchema(file: string): Schema {
  return buildSchema(loadSchemaXml(file));
}

export function parseSchema(xml: string, baseDir?: string): Schema {
  return buildSchema(parseSchemaXml(xml, baseDir));
}

function fail(where: string, message: string): never {
  throw new SbeSchemaError(`${where}: ${message}`);
}

function intAttr(el: XmlElement, name: string, where: string, fallback?: number): number {
  const raw = el.attrs[name];
  if (raw === undefined || raw === '') {
    if (fallback === undefined) fail(where, `missing attribute ${name}`);
    return fallback;
  }
  if (!/^\d+$/.test(raw.trim())) fail(where, `attribute ${name}="${raw}" is not a non-negative integer`);
  const value = Number(raw.trim());
  if (!Number.isSafeInteger(value)) fail(where, `attribute ${name}="${raw}" is too large`);
  return value;
}

function presenceAttr(el: XmlElement, where: string): Presence | undefined {
  const raw = el.attrs['presence'];
  if (raw === undefined) return undefined;
  if (raw === 'required' || raw === 'optional' || raw === 'constant') return raw;
  return fail(where, `presence="${raw}" is not required, optional or constant`);
}

function textEncodingOf(characterEncoding: string | undefined, primitive: Primitive, where: string): TextEncoding | undefined {
  if (characterEncoding === undefined) return primitive.kind === 'char' ? 'latin1' : undefined;
  const e = characterEncoding.trim().toUpperCase().replace(/_/g, '-');
  if (e === 'UTF-8' || e === 'UTF8') return 'utf8';
  // One byte per character: ASCII is a subset of Latin-1, so both decode the same way.
  if (['ASCII', 'US-ASCII', 'ISO-8859-1', 'ISO8859-1', 'LATIN1', 'LATIN-1'].includes(e)) return 'latin1';
  return fail(where, `characterEncoding "${characterEncoding}" is not supported (UTF-8, ASCII or ISO-8859-1)`);
}

/** Parses a literal of a primitive type: bigint for integers, number for floats, char code for a char. */
function parseLiteral(raw: string, primitive: Primitive, where: string): bigint | number {
  const text = raw.trim();
  if (primitive.kind === 'float') {
    const v = Number(text);
    if (text === '' || Number.isNaN(v)) fail(where, `"${raw}" is not a number`);
    return v;
  }
  if (primitive.kind === 'char' && !/^-?\d+$/.test(text)) {
    if (raw.length !== 1) fail(where, `"${raw}" is not a single character`);
    return BigInt(raw.charCodeAt(0));
  }
  if (!/^-?\d+$/.test(text)) fail(where, `"${raw}" is not an integer`);
  return BigInt(text);
}

class SchemaBuilder {
  private readonly named = new Map<string, XmlElement>();
  private readonly resolved = new Map<string, TypeDef>();
  private readonly resolving = new Set<string>();

  constructor(private readonly root: XmlElement) {
    for (const el of this.typeElements(root.children)) {
      const name = el.attrs['name'];
      if (name === undefined || name === '') fail(el.tag, 'type without a name');
      if (this.named.has(name) || isPrimitiveName(name)) fail(`${el.tag} "${name}"`, 'defined twice');
      this.named.set(name, el);
    }
  }

  private *typeElements(children: readonly XmlElement[]): Generator<XmlElement> {
    for (const el of children) {
      if (el.tag !== 'types') continue;
      for (const child of el.children) {
        if (child.tag === 'types') yield* this.typeElements([child]);
        else if (TYPE_TAGS.has(child.tag)) yield child;
      }
    }
  }

  build(): Schema {
    const where = 'messageSchema';
    const byteOrder = (this.root.attrs['byteOrder'] ?? 'littleEndian') as ByteOrder;
    if (byteOrder !== 'littleEndian' && byteOrder !== 'bigEndian') {
      fail(where, `byteOrder="${byteOrder}" is not littleEndian or bigEndian`);
    }
    const version = intAttr(this.root, 'version', where, 0);
    const types = new Map<string, TypeDef>();
    for (const name of this.named.keys()) types.set(name, this.resolveNamed(name, where));
    const header = this.header(this.root.attrs['headerType'] ?? 'messageHeader');
    const messages = this.root.children.filter((el) => el.tag === 'message').map((el) => this.message(el));
    const ids = new Set<number>();
    for (const m of messages) {
      if (ids.has(m.id)) fail(`message "${m.name}"`, `id ${m.id} is used twice`);
      ids.add(m.id);
    }
    return {
      package: this.root.attrs['package'] ?? '',
      id: intAttr(this.root, 'id', where),
      version,
      semanticVersion: this.root.attrs['semanticVersion'],
      byteOrder,
      description: this.root.attrs['description'],
      header,
      types,
      messages,
    };
  }

  private resolveNamed(name: string, where: string): TypeDef {
    const done = this.resolved.get(name);
    if (done !== undefined) return done;
    const el = this.named.get(name);
    if (el === undefined) {
      if (isPrimitiveName(name)) return this.builtIn(PRIMITIVES[name]);
      return fail(where, `unknown type "${name}"`);
    }
    if (this.resolving.has(name)) fail(`${el.tag} "${name}"`, 'refers to itself');
    this.resolving.add(name);
    const type = this.typeOf(el, name);
    this.resolving.delete(name);
    this.resolved.set(name, type);
    return type;
  }

  private builtIn(primitive: Primitive): EncodedType {
    return {
      kind: 'encoded',
      name: primitive.name,
      primitive,
      length: 1,
      presence: 'required',
      nullValue: primitive.nullValue,
      minValue: undefined,
      maxValue: undefined,
      characterEncoding: undefined,
      textEncoding: primitive.kind === 'char' ? 'latin1' : undefined,
      constText: undefined,
      sinceVersion: 0,
      encodedLength: primitive.size,
      description: undefined,
    };
  }

  private typeOf(el: XmlElement, name: string): TypeDef {
    switch (el.tag) {
      case 'type':
        return this.encoded(el, name);
      case 'composite':
        return this.composite(el, name);
      case 'enum':
        return this.enumType(el, name);
      case 'set':
        return this.setType(el, name);
      default:
        return fail(`${el.tag} "${name}"`, 'is not a type');
    }
  }

  private encoded(el: XmlElement, name: string): EncodedType {
    const where = `type "${name}"`;
    const primitiveName = el.attrs['primitiveType'];
    if (primitiveName === undefined || !isPrimitiveName(primitiveName)) {
      fail(where, `primitiveType="${primitiveName ?? ''}" is not an SBE primitive`);
    }
    const primitive = PRIMITIVES[primitiveName];
    const presence = presenceAttr(el, where) ?? 'required';
    const literal = (attr: string): bigint | number | undefined =>
      el.attrs[attr] === undefined ? undefined : parseLiteral(el.attrs[attr]!, primitive, `${where} ${attr}`);
    let constText: string | undefined;
    if (presence === 'constant') {
      const valueRef = el.attrs['valueRef'];
      constText = valueRef !== undefined ? this.valueRefLiteral(valueRef, where) : el.text;
      if (constText === '' && primitive.kind !== 'char') fail(where, 'constant without a value');
      if (primitive.kind !== 'char') parseLiteral(constText, primitive, where);
    }
    const length = intAttr(el, 'length', where, 1);
    const characterEncoding = el.attrs['characterEncoding'];
    return {
      kind: 'encoded',
      name,
      primitive,
      length,
      presence,
      nullValue: literal('nullValue') ?? primitive.nullValue,
      minValue: literal('minValue'),
      maxValue: literal('maxValue'),
      characterEncoding,
      textEncoding: textEncodingOf(characterEncoding, primitive, where),
      constText,
      sinceVersion: intAttr(el, 'sinceVersion', where, 0),
      encodedLength: presence === 'constant' ? 0 : primitive.size * length,
      description: el.attrs['description'],
    };
  }

  /** "Enum.Value" -> the literal text of that valid value. */
  private valueRefLiteral(valueRef: string, where: string): string {
    const { enumType, value } = this.valueRef(valueRef, where);
    return enumType.primitive.kind === 'char' ? String.fromCharCode(value.value) : String(value.value);
  }

  private valueRef(valueRef: string, where: string): { enumType: EnumType; value: ValidValue } {
    const dot = valueRef.lastIndexOf('.');
    if (dot <= 0) fail(where, `valueRef="${valueRef}" is not Enum.Value`);
    const enumType = this.resolveNamed(valueRef.slice(0, dot), where);
    if (enumType.kind !== 'enum') fail(where, `valueRef="${valueRef}" does not name an enum`);
    const value = enumType.values.find((v) => v.name === valueRef.slice(dot + 1));
    if (value === undefined) fail(where, `valueRef="${valueRef}": no such value`);
    return { enumType, value };
  }

  private encodingPrimitive(el: XmlElement, where: string): { primitive: Primitive; nullValue: bigint | number } {
    const encodingType = el.attrs['encodingType'];
    if (encodingType === undefined) fail(where, 'missing attribute encodingType');
    if (isPrimitiveName(encodingType)) {
      return { primitive: PRIMITIVES[encodingType], nullValue: PRIMITIVES[encodingType].nullValue };
    }
    const t = this.resolveNamed(encodingType, where);
    if (t.kind !== 'encoded' || t.length !== 1 || t.presence === 'constant') {
      fail(where, `encodingType "${encodingType}" is not a scalar primitive type`);
    }
    return { primitive: t.primitive, nullValue: t.nullValue };
  }

  private enumType(el: XmlElement, name: string): EnumType {
    const where = `enum "${name}"`;
    const { primitive, nullValue } = this.encodingPrimitive(el, where);
    if (primitive.kind === 'float' || primitive.size === 8) {
      fail(where, `encodingType ${primitive.name} is not supported for enums (char or an integer up to 32 bits)`);
    }
    const values: ValidValue[] = [];
    for (const v of el.children.filter((c) => c.tag === 'validValue')) {
      const vName = v.attrs['name'];
      if (vName === undefined || vName === '') fail(where, 'validValue without a name');
      const value = Number(parseLiteral(v.text, primitive, `${where} value ${vName}`));
      if (values.some((x) => x.name === vName)) fail(where, `validValue ${vName} is defined twice`);
      if (values.some((x) => x.value === value)) fail(where, `validValue ${vName} repeats value ${value}`);
      if (value === Number(nullValue)) fail(where, `validValue ${vName} uses the null value ${value}`);
      values.push({ name: vName, value, sinceVersion: intAttr(v, 'sinceVersion', where, 0) });
    }
    if (values.length === 0) fail(where, 'has no validValue');
    return {
      kind: 'enum',
      name,
      primitive,
      nullValue: Number(nullValue),
      values,
      sinceVersion: intAttr(el, 'sinceVersion', where, 0),
      encodedLength: primitive.size,
      description: el.attrs['description'],
    };
  }

  private setType(el: XmlElement, name: string): SetType {
    const where = `set "${name}"`;
    const { primitive } = this.encodingPrimitive(el, where);
    if (primitive.kind !== 'int' || primitive.signed) fail(where, `encodingType ${primitive.name} is not an unsigned integer`);
    const choices: Choice[] = [];
    for (const c of el.children.filter((x) => x.tag === 'choice')) {
      const cName = c.attrs['name'];
      if (cName === undefined || cName === '') fail(where, 'choice without a name');
      const bit = Number(parseLiteral(c.text, PRIMITIVES.uint8, `${where} choice ${cName}`));
      if (bit >= primitive.size * 8) fail(where, `choice ${cName} bit ${bit} does not fit in ${primitive.name}`);
      if (choices.some((x) => x.name === cName || x.bit === bit)) fail(where, `choice ${cName} repeats a name or bit`);
      choices.push({ name: cName, bit, sinceVersion: intAttr(c, 'sinceVersion', where, 0) });
    }
    return {
      kind: 'set',
      name,
      primitive,
      choices,
      sinceVersion: intAttr(el, 'sinceVersion', where, 0),
      encodedLength: primitive.size,
      description: el.attrs['description'],
    };
  }

  private composite(el: XmlElement, name: string): CompositeType {
    const where = `composite "${name}"`;
    const members: FieldDef[] = [];
    let offset = 0;
    for (const m of el.children) {
      if (m.tag !== 'ref' && !TYPE_TAGS.has(m.tag)) continue;
      const mName = m.attrs['name'];
      if (mName === undefined || mName === '') fail(where, `${m.tag} without a name`);
      const mWhere = `${where} member "${mName}"`;
      if (members.some((x) => x.name === mName)) fail(mWhere, 'is defined twice');
      let type: TypeDef;
      if (m.tag === 'ref') {
        const ref = m.attrs['type'];
        if (ref === undefined) fail(mWhere, 'ref without type');
        type = this.resolveNamed(ref, mWhere);
      } else {
        type = this.typeOf(m, mName);
      }
      const at = m.attrs['offset'] !== undefined ? intAttr(m, 'offset', mWhere) : offset;
      if (at < offset) fail(mWhere, `offset ${at} overlaps the previous member (which ends at ${offset})`);
      const presence = type.kind === 'encoded' ? type.presence : 'required';
      const member: FieldDef = {
        name: mName,
        id: 0,
        type,
        offset: at,
        presence,
        constant: presence === 'constant' ? this.typeConstant(type as EncodedType, mWhere) : undefined,
        sinceVersion: intAttr(m, 'sinceVersion', mWhere, type.sinceVersion),
        encodedLength: type.encodedLength,
        description: m.attrs['description'] ?? type.description,
      };
      members.push(member);
      offset = at + member.encodedLength;
    }
    if (members.length === 0) fail(where, 'has no members');
    return {
      kind: 'composite',
      name,
      members,
      sinceVersion: intAttr(el, 'sinceVersion', where, 0),
      encodedLength: offset,
      description: el.attrs['description'],
    };
  }

  private typeConstant(type: EncodedType, where: string): ConstantValue {
    const text = type.constText ?? fail(where, 'constant without a value');
    if (type.primitive.kind === 'char') return { kind: 'string', value: text };
    const v = parseLiteral(text, type.primitive, where);
    return { kind: 'number', value: type.primitive.size === 8 && type.primitive.kind === 'int' ? v : Number(v) };
  }

  private countMember(type: CompositeType, member: string, where: string): CountMember {
    const m = type.members.find((x) => x.name === member);
    if (m === undefined) fail(where, `composite "${type.name}" has no member "${member}"`);
    const t = m.type;
    if (t.kind !== 'encoded' || t.primitive.kind !== 'int' || t.primitive.signed || t.length !== 1 || t.presence === 'constant') {
      fail(where, `member "${member}" of "${type.name}" must be an unsigned integer`);
    }
    if (t.primitive.size === 8) fail(where, `member "${member}" of "${type.name}" must be at most 32 bits`);
    const max = t.maxValue !== undefined ? Number(t.maxValue) : Number(t.primitive.max);
    return { offset: m.offset, primitive: t.primitive, max };
  }

  private compositeNamed(name: string, where: string): CompositeType {
    const t = this.resolveNamed(name, where);
    if (t.kind !== 'composite') fail(where, `"${name}" is not a composite`);
    return t;
  }

  private header(name: string): HeaderDef {
    const where = `headerType "${name}"`;
    const type = this.compositeNamed(name, where);
    return {
      type,
      blockLength: this.countMember(type, 'blockLength', where),
      templateId: this.countMember(type, 'templateId', where),
      schemaId: this.countMember(type, 'schemaId', where),
      version: this.countMember(type, 'version', where),
      encodedLength: type.encodedLength,
    };
  }

  private message(el: XmlElement): MessageDef {
    const name = el.attrs['name'] ?? fail('message', 'message without a name');
    const block = this.block(el, `message "${name}"`, name);
    return { ...block, kind: 'message', semanticType: el.attrs['semanticType'] };
  }

  private block(el: XmlElement, where: string, name: string): BlockDef {
    const fields: FieldDef[] = [];
    const groups: GroupDef[] = [];
    const data: DataDef[] = [];
    const names = new Set<string>();
    let offset = 0;
    for (const child of el.children) {
      if (child.tag !== 'field' && child.tag !== 'group' && child.tag !== 'data') continue;
      const cName = child.attrs['name'];
      if (cName === undefined || cName === '') fail(where, `${child.tag} without a name`);
      const cWhere = `${where} ${child.tag} "${cName}"`;
      if (names.has(cName)) fail(cWhere, 'is defined twice');
      names.add(cName);
      if (child.tag === 'field') {
        if (groups.length > 0 || data.length > 0) fail(cWhere, 'fields must come before groups and var data');
        const field = this.field(child, cName, cWhere, offset);
        fields.push(field);
        offset = field.offset + field.encodedLength;
      } else if (child.tag === 'group') {
        if (data.length > 0) fail(cWhere, 'groups must come before var data');
        groups.push(this.group(child, cName, cWhere));
      } else {
        data.push(this.data(child, cName, cWhere));
      }
    }
    const declared = el.attrs['blockLength'] !== undefined ? intAttr(el, 'blockLength', where) : offset;
    if (declared < offset) fail(where, `blockLength ${declared} is shorter than its fields (${offset} bytes)`);
    return {
      name,
      id: intAttr(el, 'id', where),
      blockLength: declared,
      fields,
      groups,
      data,
      sinceVersion: intAttr(el, 'sinceVersion', where, 0),
      description: el.attrs['description'],
    };
  }

  private field(el: XmlElement, name: string, where: string, running: number): FieldDef {
    const typeName = el.attrs['type'] ?? fail(where, 'missing attribute type');
    const type = this.resolveNamed(typeName, where);
    const typePresence = type.kind === 'encoded' ? type.presence : 'required';
    const presence = presenceAttr(el, where) ?? typePresence;
    let constant: ConstantValue | undefined;
    if (presence === 'constant') {
      const valueRef = el.attrs['valueRef'];
      if (valueRef !== undefined) {
        const { enumType, value } = this.valueRef(valueRef, where);
        if (type.kind === 'enum') {
          if (type !== enumType) fail(where, `valueRef="${valueRef}" is not a value of ${type.name}`);
          constant = { kind: 'enum', name: value.name, value: value.value };
        } else if (type.kind === 'encoded') {
          constant = this.typeConstant({ ...type, constText: this.valueRefLiteral(valueRef, where) }, where);
        } else {
          fail(where, 'a constant field must be an enum or a primitive type');
        }
      } else if (type.kind === 'encoded' && type.presence === 'constant') {
        constant = this.typeConstant(type, where);
      } else {
        fail(where, 'presence="constant" needs a valueRef or a constant type');
      }
    } else if (typePresence === 'constant') {
      fail(where, `presence="${presence}" contradicts the constant type ${type.name}`);
    }
    const at = el.attrs['offset'] !== undefined ? intAttr(el, 'offset', where) : running;
    if (at < running) fail(where, `offset ${at} overlaps the previous field (which ends at ${running})`);
    return {
      name,
      id: intAttr(el, 'id', where),
      type,
      offset: at,
      presence,
      constant,
      sinceVersion: intAttr(el, 'sinceVersion', where, 0),
      encodedLength: presence === 'constant' ? 0 : type.encodedLength,
      description: el.attrs['description'],
    };
  }

  private group(el: XmlElement, name: string, where: string): GroupDef {
    const dimType = this.compositeNamed(el.attrs['dimensionType'] ?? 'groupSizeEncoding', where);
    const dimension: DimensionDef = {
      type: dimType,
      blockLength: this.countMember(dimType, 'blockLength', where),
      numInGroup: this.countMember(dimType, 'numInGroup', where),
      encodedLength: dimType.encodedLength,
    };
    const block = this.block(el, where, name);
    if (block.blockLength > dimension.blockLength.max) {
      fail(where, `blockLength ${block.blockLength} does not fit in ${dimension.blockLength.primitive.name}`);
    }
    return { ...block, kind: 'group', dimension };
  }

  private data(el: XmlElement, name: string, where: string): DataDef {
    const type = this.compositeNamed(el.attrs['type'] ?? fail(where, 'missing attribute type'), where);
    const varData = type.members.find((m) => m.name === 'varData');
    if (varData === undefined || varData.type.kind !== 'encoded') fail(where, `composite "${type.name}" has no varData member`);
    const length = this.countMember(type, 'length', where);
    return {
      name,
      id: intAttr(el, 'id', where),
      type,
      length,
      dataOffset: varData.offset,
      textEncoding: varData.type.textEncoding,
      sinceVersion: intAttr(el, 'sinceVersion', where, 0),
      description: el.attrs['description'],
    };
  }
}

export function buildSchema(root: XmlElement): Schema {
  return new SchemaBuilder(root).build();
}
