// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { EMPTY_VIEW, SbeCodecError, type SbeLimitHolder, requireBlockLength, requireSpace } from './sbeRuntime.js';

/** Decodes message BalanceRequest (templateId 15). */
export class BalanceRequestDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 15;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BalanceRequest';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 0;
  #actingVersion = 1;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 0, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 0, 'BalanceRequest', offset);
    requireSpace(buffer, offset, actingBlockLength, 'BalanceRequest');
    this.#view = buffer;
    this.#offset = offset;
    this.#actingBlockLength = actingBlockLength;
    this.#actingVersion = actingVersion;
    this.#limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    header.wrap(buffer, offset);
    if (header.schemaId() !== 101) {
      throw new SbeCodecError('messageHeader.schemaId', offset + 4, 'schemaId ' + header.schemaId() + " is not this schema's id 101");
    }
    if (header.templateId() !== 15) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not BalanceRequest (15)');
    }
    return this.wrap(buffer, offset + 8, header.blockLength(), header.version());
  }

  sbeLimit(): number {
    return this.#limit;
  }

  sbeSetLimit(limit: number): void {
    this.#limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.#limit - this.#offset;
  }

  sbeActingBlockLength(): number {
    return this.#actingBlockLength;
  }

  sbeActingVersion(): number {
    return this.#actingVersion;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }
}

/** Encodes message BalanceRequest (templateId 15). */
export class BalanceRequestEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 15;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BalanceRequest';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 0, 'BalanceRequest');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 0;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(0).templateId(15).schemaId(101).version(1);
    return this;
  }

  sbeLimit(): number {
    return this.#limit;
  }

  sbeSetLimit(limit: number): void {
    this.#limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.#limit - this.#offset;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }
}
