// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
/** Encoded as uint8. */
export enum OrdStatus {
  NEW = 0,
  PARTIALLY_FILLED = 1,
  FILLED = 2,
  CANCELED = 3,
  REJECTED = 4,
  EXPIRED = 5,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
