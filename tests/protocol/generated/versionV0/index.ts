// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from versionV0.xml,
// schema "fixture.versionV0" id 15 version 0, littleEndian.

export const SCHEMA_ID = 15;
export const SCHEMA_VERSION = 0;
export const SCHEMA_PACKAGE = 'fixture.versionV0';
export const BYTE_ORDER = 'littleEndian';

export * from './GroupSizeEncoding.js';
export * from './MessageHeader.js';
export * from './Quote.js';
export * from './SmallGroupSize.js';
export * from './VarAscii.js';
export * from './VarBytes32.js';
export * from './VarBytes8.js';
export * from './VarUtf8.js';
export * from './sbeRuntime.js';
