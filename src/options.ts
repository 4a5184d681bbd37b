/** The flags every command takes, kept apart from cli.ts so that commands need not import it. */
export interface GlobalOptions {
  file: string;
  color: boolean;
  debug: boolean;
}
