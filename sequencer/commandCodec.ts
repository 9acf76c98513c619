import { CL_ORD_ID_BYTES, Command } from '../engine/command.js';
import {
  CoreCommandDecoder, CoreCommandEncoder, MessageHeaderDecoder, MessageHeaderEncoder,
} from '../protocol/generated/index.js';

/**
 * Engine `Command` <-> `CoreCommand` SBE record (protocol/exchange.xml,
 * templateId 100): the one binary form a sequenced command has in the ring,
 * in the journal and at the core's input (ARCHITECTURE.md, principle 2).
 *
 * Both directions use the generated flyweights over the caller's buffer and
 * fill a caller's `Command`: nothing is allocated per command. One codec
 * instance per thread (it holds the flyweights).
 */

const HEADER_BYTES = 8;

/** Bytes of one encoded command: the 8-byte message header and the block. */
export const COMMAND_RECORD_BYTES = HEADER_BYTES + CoreCommandEncoder.BLOCK_LENGTH;

/** A command field that the record cannot carry exactly; the gateway should never produce one. */
export class CommandEncodingError extends RangeError {
  constructor(readonly field: string, readonly value: number, range: string) {
    super(`CoreCommand.${field} = ${value} is not ${range}`);
    this.name = 'CommandEncodingError';
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

export class CommandCodec {
  private readonly headerOut = new MessageHeaderEncoder();
  private readonly headerIn = new MessageHeaderDecoder();
  private readonly out = new CoreCommandEncoder();
  private readonly in = new CoreCommandDecoder();

  /**
   * Writes `cmd` at `offset` and returns the bytes written
   * (COMMAND_RECORD_BYTES). Throws CommandEncodingError, writing nothing,
   * when a field is not an integer in its field's range: a value the record
   * would silently change must never reach the journal.
   */
  encode(cmd: Command, view: DataView, offset: number): number {
    checkCommand(cmd);
    return this.encodeChecked(cmd, view, offset);
  }

  /** Throws CommandEncodingError when `encode` would: lets a caller refuse a command before it claims room for it. */
  check(cmd: Command): void {
    checkCommand(cmd);
  }

  /** `encode` without the check, for a command `check` has passed (the ring producer checks, claims a slot, then writes). */
  encodeChecked(cmd: Command, view: DataView, offset: number): number {
    const e = this.out.wrapAndApplyHeader(view, offset, this.headerOut);
    e.seq(cmd.seq).timestampUs(cmd.timestampUs).orderID(cmd.orderId).price(cmd.price).qty(cmd.qty)
      .expireTimeUs(cmd.expireTimeUs).account(cmd.account).instrument(cmd.instrument).type(cmd.type).side(cmd.side).ordType(cmd.ordType)
      .timeInForce(cmd.tif).stp(cmd.stp).postOnly(cmd.postOnly ? 1 : 0)
      .amount(cmd.amount).refID(cmd.refId).asset(cmd.asset).limitKind(cmd.limitKind)
      .putClOrdID(cmd.ids, 0).putOrigClOrdID(cmd.ids, CL_ORD_ID_BYTES);
    return COMMAND_RECORD_BYTES;
  }

  /**
   * Reads only the seq and timestamp of the record at `offset` into
   * `stampSeq` / `stampTimestampUs` (the journal writer's need: it stores the
   * record as is). Checks the header as `decode` does.
   */
  readStamp(view: DataView, offset: number, length: number): void {
    const d = this.in.wrapAndApplyHeader(view, offset, this.headerIn);
    if (length < HEADER_BYTES + d.sbeActingBlockLength()) {
      throw new RangeError(`CoreCommand of ${length} bytes at offset ${offset}: its header says ${HEADER_BYTES + d.sbeActingBlockLength()}`);
    }
    this.stampSeq = d.seq();
    this.stampTimestampUs = d.timestampUs();
  }

  /** Set by `readStamp`. */
  stampSeq = 0;
  stampTimestampUs = 0;

  /**
   * Reads the record at `offset` (`length` bytes: a journal payload or ring
   * slot) into `into` and returns it. Throws SbeCodecError on a header that is
   * not a CoreCommand of this schema, and RangeError when `length` is shorter
   * than the header's block (a newer version's longer block is accepted).
   */
  decode(view: DataView, offset: number, length: number, into: Command): Command {
    const d = this.in.wrapAndApplyHeader(view, offset, this.headerIn);
    if (length < HEADER_BYTES + d.sbeActingBlockLength()) {
      throw new RangeError(`CoreCommand of ${length} bytes at offset ${offset}: its header says ${HEADER_BYTES + d.sbeActingBlockLength()}`);
    }
    into.seq = d.seq();
    into.timestampUs = d.timestampUs();
    into.orderId = d.orderID();
    into.price = d.price();
    into.qty = d.qty();
    into.expireTimeUs = d.expireTimeUs();
    into.account = d.account();
    into.instrument = d.instrument();
    into.type = d.type();
    into.side = d.side();
    into.ordType = d.ordType();
    into.tif = d.timeInForce();
    into.stp = d.stp();
    into.postOnly = d.postOnly() !== 0;
    into.amount = d.amount();
    into.refId = d.refID();
    into.asset = d.asset();
    into.limitKind = d.limitKind();
    d.getClOrdID(into.ids, 0);
    d.getOrigClOrdID(into.ids, CL_ORD_ID_BYTES);
    return into;
  }
}

function checkCommand(c: Command): void {
  if (!(Number.isSafeInteger(c.seq) && c.seq >= 0)) throw new CommandEncodingError('Seq', c.seq, 'a safe integer >= 0');
  if (!(Number.isSafeInteger(c.timestampUs) && c.timestampUs >= 0)) throw new CommandEncodingError('TimestampUs', c.timestampUs, 'a safe integer >= 0');
  if (!(Number.isSafeInteger(c.orderId) && c.orderId >= 0 && c.orderId <= MAX_SAFE)) throw new CommandEncodingError('OrderID', c.orderId, 'a safe integer >= 0');
  if (!Number.isSafeInteger(c.price)) throw new CommandEncodingError('Price', c.price, 'a safe integer');
  if (!Number.isSafeInteger(c.qty)) throw new CommandEncodingError('Qty', c.qty, 'a safe integer');
  if (!(Number.isSafeInteger(c.expireTimeUs) && c.expireTimeUs >= 0)) {
    throw new CommandEncodingError('ExpireTimeUs', c.expireTimeUs, 'a safe integer >= 0');
  }
  if (!Number.isSafeInteger(c.amount)) throw new CommandEncodingError('Amount', c.amount, 'a safe integer');
  if (!(Number.isSafeInteger(c.refId) && c.refId >= 0)) throw new CommandEncodingError('RefID', c.refId, 'a safe integer >= 0');
  checkInt32('Asset', c.asset);
  checkUint8('LimitKind', c.limitKind);
  checkInt32('Account', c.account);
  checkInt32('Instrument', c.instrument);
  checkUint8('Type', c.type);
  checkUint8('Side', c.side);
  checkUint8('OrdType', c.ordType);
  checkUint8('TimeInForce', c.tif);
  checkUint8('STP', c.stp);
}

function checkInt32(field: string, v: number): void {
  if (!(Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX)) throw new CommandEncodingError(field, v, 'an int32');
}

function checkUint8(field: string, v: number): void {
  if (!(Number.isInteger(v) && v >= 0 && v <= 255)) throw new CommandEncodingError(field, v, 'a uint8');
}
