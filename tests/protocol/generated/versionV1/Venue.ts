// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from versionV1.xml,
// schema "fixture.versionV1" id 15 version 1, littleEndian.
/** Encoded as uint8. */
export enum Venue {
  LIT = 1,
  DARK = 2,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
