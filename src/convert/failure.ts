/** A value that could not be converted. Converters return it instead of throwing (the hot path stays cheap). */
export class ConvertError {
  readonly code: string
  readonly message: string
  constructor(code: string, message: string) {
    this.code = code
    this.message = message
  }
}

/** A converter turns one non-empty CSV cell into an XDM value, or a ConvertError. */
export type Converter = (cell: string) => unknown
