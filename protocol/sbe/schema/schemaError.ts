/** A schema that cannot be read or does not follow SBE 1.0; the message names the element. */
export class SbeSchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SbeSchemaError';
  }
}
