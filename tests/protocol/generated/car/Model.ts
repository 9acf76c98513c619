// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
/** Encoded as char. */
export enum Model {
  A = 65, // 'A'
  B = 66, // 'B'
  C = 67, // 'C'
  /** No value: the char null. */
  NULL_VALUE = 0,
}
