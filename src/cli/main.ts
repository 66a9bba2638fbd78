// The entente command line's entry (bin/entente.js, `npm run entente`): runs src/cli/program.ts.
import { runCli } from './program.ts';

// "entente events | head -1": the reader has gone; stop quietly, as other command-line tools do
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.exitCode = await runCli(process.argv.slice(2));
