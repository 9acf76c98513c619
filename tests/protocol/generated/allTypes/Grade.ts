// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypes.xml,
// schema "fixture.allTypes" id 11 version 0, littleEndian.
/** Encoded as char. */
export enum Grade {
  A = 65, // 'A'
  B = 66, // 'B'
  /** No value: the char null. */
  NULL_VALUE = 0,
}
