/** Why standards could not be resolved for a region and date. */
export type StandardsErrorCode = 'no_entry_in_force' | 'overlapping_entries' | 'invalid_request';

/** A typed error from {@link resolveStandards}. */
export class StandardsError extends Error {
  readonly code: StandardsErrorCode;
  readonly region: string;
  readonly on: string;
  /** The entries involved (the overlapping ones). */
  readonly entryIds: string[];
  readonly messages: { 'zh-CN': string; en: string };

  constructor(
    code: StandardsErrorCode,
    region: string,
    on: string,
    messages: { 'zh-CN': string; en: string },
    entryIds: string[] = [],
  ) {
    super(messages.en);
    this.name = 'StandardsError';
    this.code = code;
    this.region = region;
    this.on = on;
    this.entryIds = entryIds;
    this.messages = messages;
  }

  toJSON() {
    return {
      code: this.code,
      region: this.region,
      on: this.on,
      entryIds: this.entryIds,
      message: this.messages,
    };
  }
}
