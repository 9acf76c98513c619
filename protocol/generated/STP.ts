// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
/**
 * Self-trade prevention mode of the incoming order.
 * Encoded as uint8.
 */
export enum STP {
  CANCEL_NEWEST = 0,
  CANCEL_OLDEST = 1,
  CANCEL_BOTH = 2,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
