/** A config file problem, naming the field (JSON path) at fault. */
export class ConfigError extends Error {
  constructor(readonly field: string, problem: string) {
    super(`config: ${field}: ${problem}`);
    this.name = 'ConfigError';
  }
}
