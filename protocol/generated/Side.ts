// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
/** Encoded as uint8. */
export enum Side {
  BUY = 0,
  SELL = 1,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
