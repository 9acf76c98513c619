import { describe, expect, it } from 'vitest';
import { assertCodesMatch, CR, CT, ET, RR, S } from '../../engine/codes.js';
import { CancelReason, CommandType, EventType, Side } from '../../engine/enums.js';
import { RejectReason } from '../../engine/rejectReason.js';

describe('hot-path enumeration twins (engine/codes.ts)', () => {
  it('equal the runtime enumerations', () => {
    expect(() => assertCodesMatch()).not.toThrow();
    expect([S.SELL, CT.MASS_CANCEL, ET.BOOK_LEVEL, CR.STP, RR.ORDER_BOOK_FULL])
      .toEqual([Side.SELL, CommandType.MASS_CANCEL, EventType.BOOK_LEVEL, CancelReason.STP, RejectReason.ORDER_BOOK_FULL]);
  });

  it('cover every event type, command type and cancel reason', () => {
    const twinNames = (o: object) => Object.keys(o).filter((k) => Number.isNaN(Number(k))).sort();
    expect(twinNames(ET)).toEqual(Object.keys(EventType).sort());
    expect(twinNames(CT)).toEqual(Object.keys(CommandType).sort());
    expect(twinNames(CR)).toEqual(Object.keys(CancelReason).sort());
  });
});
