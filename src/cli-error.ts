/** An error the CLI answers with one line and an exit code (2: the arguments; 1: anything else), never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
