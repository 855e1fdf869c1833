/** Every error the library throws on bad input is a VietnerError with a stable code. */
export type VietnerErrorCode =
  | "INVALID_INPUT"
  | "INVALID_OPTIONS"
  | "INPUT_TOO_LONG"
  | "INVALID_DICTIONARY";

export class VietnerError extends Error {
  readonly code: VietnerErrorCode;

  constructor(code: VietnerErrorCode, message: string) {
    super(message);
    this.name = "VietnerError";
    this.code = code;
  }
}
