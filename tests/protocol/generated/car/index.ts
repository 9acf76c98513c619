// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.

export const SCHEMA_ID = 1;
export const SCHEMA_VERSION = 0;
export const SCHEMA_PACKAGE = 'baseline';
export const BYTE_ORDER = 'littleEndian';

export * from './BooleanType.js';
export * from './BoostType.js';
export * from './Booster.js';
export * from './Car.js';
export * from './Engine.js';
export * from './GroupSizeEncoding.js';
export * from './MessageHeader.js';
export * from './Model.js';
export * from './OptionalExtras.js';
export * from './VarAsciiEncoding.js';
export * from './VarDataEncoding.js';
export * from './VarStringEncoding.js';
export * from './sbeRuntime.js';
