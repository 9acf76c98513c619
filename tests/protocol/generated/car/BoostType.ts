// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
/** Encoded as char. */
export enum BoostType {
  TURBO = 84, // 'T'
  SUPERCHARGER = 83, // 'S'
  NITROUS = 78, // 'N'
  KERS = 75, // 'K'
  /** No value: the char null. */
  NULL_VALUE = 0,
}
