/** Why an export cannot start: an HTTP status and a GraphQL-style code, answered before any byte of the file. */
export class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  get body() {
    return { errors: [{ message: this.message, extensions: { code: this.code } }] };
  }
}
