// A CLI command: parses its own arguments, writes through `io`, returns the exit code
// (0 ok, 1 the input has problems, 2 bad flags or usage).

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for `aiplan help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for bad flags or values; the dispatcher prints the message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
