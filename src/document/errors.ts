/** Raised when a document cannot be built or laid out; its message is French and says what to do. */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}
