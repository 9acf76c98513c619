// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
/** Encoded as uint8. */
export enum ExecType {
  NEW = 0,
  TRADE = 1,
  CANCELED = 2,
  REPLACED = 3,
  REJECTED = 4,
  EXPIRED = 5,
  ORDER_STATUS = 6,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
