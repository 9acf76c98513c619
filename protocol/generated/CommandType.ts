// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
/**
 * The core's command types (engine/enums.ts CommandType). Other values are carried as they are; the core rejects them.
 * Encoded as uint8.
 */
export enum CommandType {
  NEW_ORDER = 1,
  CANCEL = 2,
  REPLACE = 3,
  MASS_CANCEL = 4,
  TICK = 5,
  ORDER_STATUS = 6,
  BALANCE_QUERY = 7,
  DEPOSIT = 10,
  WITHDRAW = 11,
  HALT = 20,
  RESUME = 21,
  DISABLE_ACCOUNT = 22,
  ENABLE_ACCOUNT = 23,
  SET_LIMIT = 24,
  /** No value: the uint8 null. */
  NULL_VALUE = 255,
}
