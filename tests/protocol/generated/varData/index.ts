// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from varData.xml,
// schema "fixture.varData" id 14 version 0, littleEndian.

export const SCHEMA_ID = 14;
export const SCHEMA_VERSION = 0;
export const SCHEMA_PACKAGE = 'fixture.varData';
export const BYTE_ORDER = 'littleEndian';

export * from './Blob.js';
export * from './GroupSizeEncoding.js';
export * from './MessageHeader.js';
export * from './SmallGroupSize.js';
export * from './VarAscii.js';
export * from './VarBytes32.js';
export * from './VarBytes8.js';
export * from './VarUtf8.js';
export * from './sbeRuntime.js';
