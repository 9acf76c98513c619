// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypesBigEndian.xml,
// schema "fixture.allTypesBigEndian" id 12 version 0, bigEndian.
/** Encoded as uint8. */
export enum Shade {
  LIGHT = 1,
  DARK = 2,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
