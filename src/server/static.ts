// The page's files, served as they are (no build step). Only files listed at
// start-up are served, so no request path ever reaches the file system.
import { Hono } from 'hono';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'web');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * Scripts only from this origin, no inline script, no plugins: even if some
 * article text were ever put into the DOM as HTML, it could not run.
 * Styles allow inline because uPlot positions its elements with style attributes.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

type Asset = { body: Buffer; type: string };

function uplotFiles(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('uplot/dist/uPlot.esm.js'));
  return { '/vendor/uPlot.esm.js': join(dist, 'uPlot.esm.js'), '/vendor/uPlot.min.css': join(dist, 'uPlot.min.css') };
}

function loadAssets(dir = webDir): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const type = contentTypes[extname(name)];
    if (type) assets.set(`/${name}`, { body: readFileSync(join(dir, name)), type });
  }
  for (const [path, file] of Object.entries(uplotFiles())) assets.set(path, { body: readFileSync(file), type: contentTypes[extname(file)]! });
  const index = assets.get('/index.html');
  if (index) assets.set('/', index);
  return assets;
}

export function staticRoutes(assets = loadAssets()): Hono {
  const app = new Hono();
  app.get('*', (c, next) => {
    const asset = assets.get(c.req.path);
    if (!asset) return next();
    c.header('Content-Type', asset.type);
    c.header('Content-Security-Policy', contentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-cache');
    return c.body(new Uint8Array(asset.body));
  });
  return app;
}
