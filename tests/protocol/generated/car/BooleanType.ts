// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
/**
 * Boolean Type.
 * Encoded as uint8.
 */
export enum BooleanType {
  F = 0,
  T = 1,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
