/** Counts of a run, reported on stderr while it goes on. */
export class Progress {
  lines = 0;
  errors = 0;
  private readonly started = performance.now();
  private lastReport = this.started;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    /** Report from the start (stderr is a terminal) or only past 10,000 lines. */
    private readonly always: boolean,
    /** The command named on the progress line. */
    private readonly command = 'assess',
  ) {}

  /** Adds a batch's counts and reports at most every second. */
  add(lines: number, errors: number): void {
    this.lines += lines;
    this.errors += errors;
    if (!this.always && this.lines <= 10_000) return;
    const now = performance.now();
    if (now - this.lastReport < 1000) return;
    this.lastReport = now;
    this.report(false);
  }

  /** The final line, written when progress was shown. */
  done(): void {
    if (this.shown) this.report(true);
  }

  private report(final: boolean): void {
    this.shown = true;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? Math.round(this.lines / seconds) : 0;
    const text = `jiuzhu ${this.command}: ${this.lines.toLocaleString('en')} lines, ${rate.toLocaleString('en')}/s, ${this.errors.toLocaleString('en')} errors${final ? `, ${seconds.toFixed(1)} s` : ''}`;
    if (this.stream.isTTY) this.stream.write(`\r${text}${final ? '\n' : ''}`);
    else this.stream.write(`${text}\n`);
  }
}
