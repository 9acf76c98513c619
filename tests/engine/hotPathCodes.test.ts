import { describe, expect, it } from 'vitest';
import { assertCodesMatch, codePairs, CR, CT, ET, RR, S } from '../../engine/codes.js';
import { CancelReason, CommandType, EventType, OrdType, Side, StpMode, TimeInForce } from '../../engine/enums.js';
import { RejectReason } from '../../engine/rejectReason.js';

describe('hot-path enumeration twins (engine/codes.ts)', () => {
  it('equal the runtime enumerations', () => {
    expect(() => assertCodesMatch()).not.toThrow();
    expect([S.SELL, CT.MASS_CANCEL, ET.BOOK_LEVEL, CR.STP, RR.ORDER_BOOK_FULL])
      .toEqual([Side.SELL, CommandType.MASS_CANCEL, EventType.BOOK_LEVEL, CancelReason.STP, RejectReason.ORDER_BOOK_FULL]);
  });

  it('cover every event type, command type, cancel reason, side, order type, TIF and STP mode', () => {
    const names = new Set(codePairs().map(([name]) => name));
    const runtime = { Side, OrdType, TimeInForce, StpMode, CommandType, EventType, CancelReason };
    for (const [enumName, values] of Object.entries(runtime)) {
      for (const key of Object.keys(values)) expect(names).toContain(`${enumName}.${key}`);
    }
  });
});
