// What a build prints: a progress bar on a terminal, plain lines otherwise; problems as one line each.
import cliProgress from 'cli-progress';
import type { BuildReporter, BuildSummary, Stage } from '../build/index.ts';
import type { SeedProblem } from '../types.ts';

const STAGE_LABELS: Record<Stage, string> = {
  read: 'reading seeds',
  extract: 'cleaning and extracting',
  resolve: 'resolving people, organisations and sources',
  render: 'rendering pages',
  index: 'indexing for search',
  publish: 'publishing',
};

export function problemLine(problem: SeedProblem): string {
  return `rejected ${printableName(problem.file)}: ${problem.problem}`;
}

/** A file name as one printable line: line breaks and other control characters are shown escaped. */
export function printableName(file: string): string {
  return file.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A reporter writing to stderr; a bar when stderr is a terminal, a line every few hundred seeds otherwise. */
export function terminalReporter(stream: NodeJS.WriteStream = process.stderr): BuildReporter {
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  let bar: cliProgress.SingleBar | null = null;
  let done = 0;
  let total = 0;
  let lastStage: Stage | null = null;
  const say = (line: string) => {
    if (bar) bar.stop();
    stream.write(line + '\n');
    if (bar) bar.start(total, done);
  };
  return {
    start(count) {
      total = count;
      if (tty && count > 1) {
        bar = new cliProgress.SingleBar(
          { stream, format: 'seeds {bar} {value}/{total} {percentage}% | eta {eta_formatted}', hideCursor: true, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(count, 0);
      } else stream.write(`reading ${count} seed file(s)\n`);
    },
    seedDone() {
      done++;
      if (bar) bar.update(done);
      else if (done % 500 === 0 && done < total) stream.write(`  ${done}/${total} seeds\n`);
      if (bar && done === total) {
        bar.stop();
        bar = null;
      }
    },
    problem: (problem) => say(problemLine(problem)),
    warning: (file, warning) => say(`warning ${printableName(file)}: ${warning}`),
    note: (line) => say(line),
    stage(stage) {
      if (stage === lastStage || stage === 'read' || stage === 'extract') return;
      lastStage = stage;
      if (!bar) stream.write(`${STAGE_LABELS[stage]}…\n`);
    },
  };
}

export function summaryLines(summary: BuildSummary, outDir: string, elapsedMs: number): string[] {
  const t = (stage: Stage) => `${stage} ${((summary.timings[stage] ?? 0) / 1000).toFixed(2)}s`;
  const headline = summary.unchanged ? `nothing changed; ${outDir} is up to date` : `built ${outDir}`;
  return [
    `${headline} in ${(elapsedMs / 1000).toFixed(2)}s: ${summary.articles} articles, ${summary.pages} pages, ` +
      `${summary.people} people, ${summary.organisations} organisations, ${summary.sources} sources, ${summary.quotes} quotes, ` +
      `${summary.rejected.length} rejected file(s)` +
      (summary.cached ? ` (${summary.cached} seed(s) unchanged since the last build)` : ''),
    `  time per stage: ${(['read', 'extract', 'resolve', 'render', 'index', 'publish'] as Stage[]).map(t).join(', ')}`,
  ];
}
