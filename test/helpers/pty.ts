import { afterEach } from 'vitest';
import pty from '@lydell/node-pty';
import type { IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { stripVTControlCharacters } from 'node:util';
import { copkitBin } from './cli.js';
import { testCacheHome } from './tmp.js';

export const keys = {
  enter: '\r',
  down: '\x1b[B',
  up: '\x1b[A',
  space: ' ',
  backspace: '\x7f',
  ctrlC: '\x03',
} as const;

export interface PtyExit {
  exitCode: number;
  signal: number | undefined;
}

/**
 * The built copkit in a real pseudo-terminal, driven the way a person types: wait until a prompt
 * is on the screen, then type. Nothing here sleeps for a fixed time; every wait is for text.
 */
export class PtySession {
  readonly exited: Promise<PtyExit>;
  private raw = '';
  private mark = 0;
  private readonly proc: IPty;
  private readonly term: InstanceType<typeof xterm.Terminal>;
  private waiter: (() => void) | undefined;
  private exit: PtyExit | undefined;

  /** `args` for copkit, or `{ shell }` to run a shell command line (to redirect stdout, say). */
  constructor(args: readonly string[] | { shell: string }, options: { cwd: string; env?: NodeJS.ProcessEnv; cols?: number; rows?: number }) {
    const cols = options.cols ?? 100;
    const rows = options.rows ?? 40;
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', XDG_CACHE_HOME: testCacheHome(), ...options.env };
    delete env.CI; // a CI run would (rightly) refuse to prompt
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    this.term = new xterm.Terminal({ cols, rows, scrollback: 10_000, allowProposedApi: true });
    const [file, argv] = 'shell' in args ? ['/bin/sh', ['-c', args.shell]] : [process.execPath, [copkitBin, ...args]];
    this.proc = pty.spawn(file, argv, { cwd: options.cwd, cols, rows, env: env as Record<string, string> });
    this.proc.onData((data) => {
      this.raw += data;
      this.term.write(data);
      this.waiter?.();
    });
    this.exited = new Promise((resolve) => {
      this.proc.onExit(({ exitCode, signal }) => {
        this.exit = { exitCode, signal };
        this.waiter?.();
        resolve(this.exit);
      });
    });
  }

  get pid(): number {
    return this.proc.pid;
  }

  /**
   * Wait until `pattern` shows in what was drawn since the last keys were sent, after the last
   * answered prompt (`✔`), so an earlier prompt with the same words cannot match.
   */
  async waitFor(pattern: RegExp | string, timeoutMs = 100_000): Promise<void> {
    const test = (text: string) => (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (test(this.recent())) return;
      if (this.exit) throw new Error(`copkit exited (${JSON.stringify(this.exit)}) before showing ${String(pattern)}:\n${this.recent()}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${String(pattern)}; the screen since the last keys:\n${this.recent()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = undefined;
    }
  }

  /** Type keys; what was drawn before them no longer counts for `waitFor`. */
  send(text: string): void {
    this.mark = this.raw.length;
    this.proc.write(text);
  }

  /** Wait for a prompt, then answer it. */
  async answer(prompt: RegExp | string, text: string): Promise<void> {
    await this.waitFor(prompt);
    this.send(text);
  }

  /** Everything drawn so far, without escape codes. */
  output(): string {
    return stripVTControlCharacters(this.raw);
  }

  /** The terminal's lines as a person sees them (scrollback included). */
  async screen(): Promise<string> {
    await new Promise<void>((resolve) => this.term.write('', resolve));
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
    return lines.join('\n').trimEnd();
  }

  kill(signal: NodeJS.Signals): void {
    process.kill(this.proc.pid, signal);
  }

  /** Close the terminal, as closing its window does: the kernel hangs up on the process (SIGHUP). */
  closeTerminal(): void {
    (this.proc as unknown as { destroy(): void }).destroy();
  }

  /** End the process if a failed test left it running. */
  dispose(): void {
    if (!this.exit) {
      try {
        this.proc.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }
    this.term.dispose();
  }

  private recent(): string {
    const text = stripVTControlCharacters(this.raw.slice(this.mark));
    const done = text.lastIndexOf('✔');
    return done === -1 ? text : text.slice(done);
  }
}

/**
 * `copkit(args, cwd)` starts copkit in a terminal; every terminal started this way is closed
 * after each test. Call once at the top of a test file.
 */
export function ptySessions(): (args: string[] | { shell: string }, cwd: string, env?: NodeJS.ProcessEnv) => PtySession {
  const sessions: PtySession[] = [];
  afterEach(() => {
    while (sessions.length) sessions.pop()!.dispose();
  });
  return (args, cwd, env) => {
    const session = new PtySession(args, { cwd, ...(env ? { env } : {}) });
    sessions.push(session);
    return session;
  };
}
