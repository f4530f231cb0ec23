#!/usr/bin/env node
import { VERSION } from '../version';
import { isAnalysisWorker, runAnalysisWorker } from './analysisPool';
import { EXIT, echo, UsageError } from './args';
import { assessCommand } from './assessCommand';
import { checkTableCommand } from './checkTableCommand';
import { compareCommand } from './compareCommand';
import { curveCommand } from './curveCommand';
import { explainCommand } from './explainCommand';
import { guardProcess, reportInternal } from './failure';
import { isAssessWorker, runAssessWorker } from './pool';
import { schemaCommand } from './schemaCommand';
import { summarizeCommand } from './summarizeCommand';

const HELP = `Usage: jiuzhu <command> [options]

Commands:
  assess       assess households (JSON or NDJSON) and write NDJSON assessments
  explain      print one household's rationale as text
  check-table  validate a standards table
  schema       print a JSON Schema (household, standards, determination, assessment)
  serve        serve assess, explain and the schemas over HTTP (JSON)
  compare      assess households under two tables (or dates) and write the changes and totals
  summarize    a caseload's tiers, programs, outlay and missing facts under one table
  curve        one household's support as a member's income varies (CSV or SVG chart)

Options:
  -h, --help     show help (also: jiuzhu <command> --help)
  -v, --version  show the version

Exit codes: 0 ok, 1 some input failed, 2 usage or table error, 3 the output could not be
written (it is incomplete), 4 internal error (one line on stderr; JIUZHU_DEBUG=1 adds the stack).`;

/** Runs the command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${HELP}\n`);
        return command === undefined ? EXIT.usage : EXIT.ok;
      case '-v':
      case '--version':
        process.stdout.write(`${VERSION}\n`);
        return EXIT.ok;
      case 'assess':
        return await assessCommand(rest, new URL(import.meta.url));
      case 'explain':
        return explainCommand(rest);
      case 'check-table':
        return checkTableCommand(rest);
      case 'schema':
        return schemaCommand(rest);
      case 'serve':
        // Loaded on demand: the other commands start without the HTTP server's modules.
        return await (await import('./serveCommand')).serveCommand(rest);
      case 'compare':
        return await compareCommand(rest, new URL(import.meta.url));
      case 'summarize':
        return await summarizeCommand(rest, new URL(import.meta.url));
      case 'curve':
        return curveCommand(rest);
      default:
        throw new UsageError(`unknown command ${echo(command)}; see jiuzhu --help`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`jiuzhu: ${e.message}\n`);
      return EXIT.usage;
    }
    // Anything else is a fault of jiuzhu: one line, never a stack trace.
    reportInternal(e);
    return EXIT.internal;
  }
}

if (isAssessWorker()) {
  runAssessWorker();
} else if (isAnalysisWorker()) {
  runAnalysisWorker();
} else {
  // A failed write (a full disk; a reader that stops early, `| head`) ends the run with exit 3
  // and one line on stderr: the output is incomplete. Nothing prints a stack trace.
  guardProcess();
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      reportInternal(e);
      process.exitCode = EXIT.internal;
    },
  );
}
