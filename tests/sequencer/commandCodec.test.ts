/**
 * The CoreCommand record carries every field of an engine Command exactly,
 * refuses values it would change, and decodes into a reused slot.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { CommandType } from '../../engine/enums.js';
import { COMMAND_RECORD_BYTES, CommandCodec, CommandEncodingError } from '../../sequencer/commandCodec.js';
import { CoreCommandDecoder, CommandType as SbeCommandType } from '../../protocol/generated/index.js';

const SAFE = Number.MAX_SAFE_INTEGER;
const u8 = fc.integer({ min: 0, max: 255 });
const i32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

const command = fc.record({
  type: u8, seq: fc.integer({ min: 0, max: SAFE }), timestampUs: fc.integer({ min: 0, max: SAFE }),
  account: i32, instrument: i32, orderId: fc.integer({ min: 0, max: SAFE }),
  side: u8, ordType: u8, tif: u8, stp: u8, postOnly: fc.boolean(),
  price: fc.integer({ min: -SAFE, max: SAFE }), qty: fc.integer({ min: -SAFE, max: SAFE }),
  expireTimeUs: fc.integer({ min: 0, max: SAFE }),
}).map((f) => Object.assign(new Command(), f));

const fields = (c: Command) => ({ ...c });

describe('CommandCodec', () => {
  it('round-trips every representable command, at any offset, into a reused slot', () => {
    const codec = new CommandCodec();
    const buffer = new Uint8Array(COMMAND_RECORD_BYTES + 64);
    const view = new DataView(buffer.buffer);
    const slot = new Command();
    fc.assert(fc.property(command, fc.integer({ min: 0, max: 64 }), (cmd, offset) => {
      expect(codec.encode(cmd, view, offset)).toBe(COMMAND_RECORD_BYTES);
      const back = codec.decode(view, offset, COMMAND_RECORD_BYTES, slot);
      expect(back).toBe(slot);
      expect(fields(back)).toEqual(fields(cmd));
    }), { numRuns: 2000 });
  });

  it('writes the same bytes for the same command into a dirty buffer', () => {
    const codec = new CommandCodec();
    fc.assert(fc.property(command, fc.uint8Array({ minLength: COMMAND_RECORD_BYTES, maxLength: COMMAND_RECORD_BYTES }), (cmd, junk) => {
      const clean = new Uint8Array(COMMAND_RECORD_BYTES);
      codec.encode(cmd, new DataView(clean.buffer), 0);
      const dirty = junk.slice();
      codec.encode(cmd, new DataView(dirty.buffer), 0);
      expect(dirty).toEqual(clean);
    }), { numRuns: 300 });
  });

  it('is a CoreCommand (templateId 100) readable by the generated decoder', () => {
    const codec = new CommandCodec();
    const buffer = new Uint8Array(COMMAND_RECORD_BYTES);
    const view = new DataView(buffer.buffer);
    const cmd = new Command().newOrder(3, 1, 1, 0, 0, 12345, 7, true, 2);
    cmd.seq = 42;
    cmd.timestampUs = 1_700_000_000_000_001;
    codec.encode(cmd, view, 0);
    expect(view.getUint16(2, true)).toBe(100);
    expect(view.getUint16(4, true)).toBe(101);
    const d = new CoreCommandDecoder().wrap(view, 8);
    expect([d.seq(), d.timestampUs(), d.type(), d.account(), d.instrument(), d.price(), d.qty(), d.postOnly(), d.stp()])
      .toEqual([42, 1_700_000_000_000_001, SbeCommandType.NEW_ORDER, 3, 1, 12345, 7, 1, 2]);
  });

  it('uses the engine command type codes', () => {
    for (const [name, code] of Object.entries(CommandType)) {
      expect(SbeCommandType[name as keyof typeof SbeCommandType], name).toBe(code);
    }
  });

  it.each([
    ['Price', (c: Command) => { c.price = 100.5; }],
    ['Qty', (c: Command) => { c.qty = 2 ** 53; }],
    ['Account', (c: Command) => { c.account = 1.5; }],
    ['Instrument', (c: Command) => { c.instrument = 2 ** 31; }],
    ['Side', (c: Command) => { c.side = -1; }],
    ['Type', (c: Command) => { c.type = 256; }],
    ['OrderID', (c: Command) => { c.orderId = -1; }],
    ['Seq', (c: Command) => { c.seq = Number.NaN; }],
  ])('refuses a %s it cannot carry exactly, writing nothing', (field, spoil) => {
    const codec = new CommandCodec();
    const buffer = new Uint8Array(COMMAND_RECORD_BYTES);
    const cmd = new Command().newOrder(0, 0, 0, 0, 0, 100, 1);
    spoil(cmd);
    let error: unknown;
    try {
      codec.encode(cmd, new DataView(buffer.buffer), 0);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandEncodingError);
    expect((error as CommandEncodingError).field).toBe(field);
    expect(buffer.every((b) => b === 0)).toBe(true);
  });

  it('refuses a record shorter than its header says, and another message', () => {
    const codec = new CommandCodec();
    const buffer = new Uint8Array(COMMAND_RECORD_BYTES);
    const view = new DataView(buffer.buffer);
    codec.encode(new Command().cancel(1, 0, 5), view, 0);
    expect(() => codec.decode(view, 0, COMMAND_RECORD_BYTES - 1, new Command())).toThrow(RangeError);
    view.setUint16(2, 10, true);
    expect(() => codec.decode(view, 0, COMMAND_RECORD_BYTES, new Command())).toThrow(/templateId 10 is not CoreCommand/);
  });
});
