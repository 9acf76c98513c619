/** The JSON form of a constant field: what the decoder prints and the encoder accepts back. */
import type { ConstantValue, TypeDef } from '../schema/ir.js';
import type { JsonValue } from './wire.js';

export function constantToJson(c: ConstantValue, type: TypeDef): JsonValue {
  switch (c.kind) {
    case 'enum':
      return c.name;
    case 'string':
      return c.value;
    case 'number':
      // 64-bit integer constants print as decimal strings, like every 64-bit integer.
      return typeof c.value === 'bigint' || (type.kind === 'encoded' && type.primitive.size === 8 && type.primitive.kind === 'int')
        ? c.value.toString()
        : c.value;
  }
}
