/**
 * The exchange's client SDK: order entry (`ExchangeClient`, /trade), market
 * data (`MarketDataClient`, /md), the wire messages as TypeScript types, and
 * the exact decimal and SBE conversions they use. JSON and SBE faces give
 * the same objects.
 */
export * from './clOrdId.js';
export * from './decimal.js';
export * from './errors.js';
export * from './exchangeClient.js';
export * from './jsonFace.js';
export * from './marketDataClient.js';
export * from './messages.js';
export { decodeSbe, decodeSbeFrame, encodeSbe, SbeFaceError } from './sbeFace.js';
export * from './signature.js';
export { type Encoding, endpointUrl, MAX_FRAME_BYTES } from './wireConnection.js';
