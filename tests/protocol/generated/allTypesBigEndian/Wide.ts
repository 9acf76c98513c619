// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypesBigEndian.xml,
// schema "fixture.allTypesBigEndian" id 12 version 0, bigEndian.
/** Encoded as uint16. */
export enum Wide {
  ONE = 1,
  BIG = 60000,
  /** No value: the uint16 null. */
  NULL_VALUE = 65535,
}
