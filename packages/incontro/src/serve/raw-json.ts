/** A handler's answer that is already JSON text (serialized off the main thread); sent as it is. */
export class RawJson {
  readonly text: string

  constructor(text: string) {
    this.text = text
  }
}
