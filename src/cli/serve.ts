// entente serve: the JSON API and the web page over one store.
import { Command, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { addExamples, articleTimeoutOption, dbOption, parsePositiveInt, UsageError } from './common.ts';
import { contextOptions, dictionaryOptions, type DictionaryFlags } from './shared-options.ts';

type ServeFlags = DictionaryFlags & {
  db: string;
  port: number;
  host: string;
  jobs: number;
  articleTimeout: number;
  allowedHost?: string[];
  allowPrivateUrls?: boolean;
};

const collect = (value: string, previous: string[] = []) => [...previous, value];

const defaultPort = 8080;
const largestPort = 65535;

export function register(program: Command): void {
  const cmd = program
    .command('serve')
    .description('serve the JSON API (/api/..., documented at /api/openapi.json) and the web page (/) over a store')
    .addOption(dbOption())
    .option('--port <port>', 'TCP port (0 picks a free one)', parsePort, defaultPort)
    .option('--host <host>', 'address to listen on (the default serves only this machine)', '127.0.0.1')
    .option('--allowed-host <name>', 'a name clients may use in the Host header besides the listening address (repeatable)', collect)
    .option('-j, --jobs <n>', 'worker threads that analyse POST /api/analyze texts', parsePositiveInt, 1)
    .addOption(articleTimeoutOption())
    .option('--allow-private-urls', 'let POST /api/analyze fetch URLs on loopback and private-network addresses');
  dictionaryOptions(cmd);
  addExamples(cmd, [
    'entente ingest samples/ --db sample.db && entente serve --db sample.db',
    'entente serve --db news.db --port 9000',
    'entente serve --db news.db --host 0.0.0.0 --allowed-host news.example.org',
    'curl -s "http://127.0.0.1:8080/api/articles?search=ceasefire&limit=5"',
  ]);
  cmd.action(async (flags: ServeFlags) => {
    if (!existsSync(flags.db)) throw new UsageError(`no store at ${flags.db} (run "entente ingest ... --db ${flags.db}" first)`);
    // loaded on use: the server's modules (Hono, zod) would slow every other command's start
    const { startServer } = await import('../server/index.ts');
    const server = await startServer({
      db: flags.db,
      port: flags.port,
      host: flags.host,
      dictionaries: contextOptions(flags),
      jobs: flags.jobs,
      articleTimeoutMs: flags.articleTimeout * 1000,
      allowedHosts: flags.allowedHost,
      allowPrivateUrls: flags.allowPrivateUrls,
    }).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') throw new UsageError(`port ${flags.port} on ${flags.host} is already in use (try --port 0)`);
      if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${flags.host}`);
      throw e;
    });
    process.stderr.write(`entente: serving ${flags.db} at ${server.url}/ (API: ${server.url}/api/openapi.json); Ctrl-C stops\n`);
    const stop = () => {
      void server.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

function parsePort(value: string): number {
  if (value === '0') return 0;
  const n = parsePositiveInt(value);
  if (n > largestPort) throw new InvalidArgumentError(`expected 0 to ${largestPort}, got "${value}"`);
  return n;
}
