// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypesBigEndian.xml,
// schema "fixture.allTypesBigEndian" id 12 version 0, bigEndian.

export const SCHEMA_ID = 12;
export const SCHEMA_VERSION = 0;
export const SCHEMA_PACKAGE = 'fixture.allTypesBigEndian';
export const BYTE_ORDER = 'bigEndian';

export * from './AllTypes.js';
export * from './Box.js';
export * from './Colour.js';
export * from './Flags16.js';
export * from './Flags32.js';
export * from './Flags64.js';
export * from './Flags8.js';
export * from './Grade.js';
export * from './GroupSizeEncoding.js';
export * from './MessageHeader.js';
export * from './Point.js';
export * from './Shade.js';
export * from './SmallGroupSize.js';
export * from './Tag.js';
export * from './VarAscii.js';
export * from './VarBytes32.js';
export * from './VarBytes8.js';
export * from './VarUtf8.js';
export * from './Wide.js';
export * from './sbeRuntime.js';
