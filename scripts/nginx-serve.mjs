#!/usr/bin/env node
// Serves a build with the repository's nginx site (deploy/nginx/eu-portfolio.conf), as it would be
// hosted, for the browser tests in tests/e2e-nginx. Nothing is written outside a temporary folder:
// no system service, nothing in /etc. Debian's nginx is installed with apt-get when it is missing
// and we run as root (as scripts/ensure-chromium.mjs does for Chromium).
//
// CLI:    node scripts/nginx-serve.mjs [port] [dist]   serves until Ctrl-C (defaults: 8080, dist)
// Module: ensureNginx() -> { ok: true, path } | { ok: false, message }
//         startNginx({ port, dist, couchdb? }) -> { stop(), port, prefix }   (throws when nginx refuses the config)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { aptInstall, canAptInstall, isExecutable } from './lib/debian.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SITE_CONFIG = path.join(root, 'deploy', 'nginx', 'eu-portfolio.conf');
const INSTALL_HINT = 'Install it with:  sudo apt-get update && sudo apt-get install -y nginx\n(or point NGINX_PATH at an nginx binary).';

function candidatePaths() {
  return [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean);
}

export function findNginx() {
  return candidatePaths().find(isExecutable) ?? null;
}

export function ensureNginx() {
  let found = findNginx();
  if (!found) {
    const { ok: installable, why } = canAptInstall();
    if (!installable) {
      return { ok: false, message: `nginx not found (looked at: ${candidatePaths().join(', ')}), and it cannot be installed automatically (${why}).\n${INSTALL_HINT}` };
    }
    console.log('nginx-serve: nginx not found; installing it with apt-get (root on Debian).');
    if (!aptInstall('nginx') || !(found = findNginx())) return { ok: false, message: `apt-get could not install nginx (see the output above).\n${INSTALL_HINT}` };
  }
  const version = spawnSync(found, ['-v'], { encoding: 'utf8' });
  if (version.status !== 0) return { ok: false, message: `${found} -v failed; nginx is not usable.\n${INSTALL_HINT}` };
  console.log(`nginx-serve: using ${found} (${version.stderr.trim()})`);
  return { ok: true, path: found };
}

/**
 * The site config with only its `listen` and `root` changed, for a loopback port and a local build,
 * and, given `couchdb` (host:port), the CouchDB upstream's `server` too (tests of /couchdb/).
 */
export function siteForTest(config, { port, dist, couchdb }) {
  let listens = 0;
  let roots = 0;
  let upstreams = 0;
  let out = config
    .replace(/^(\s*)listen\s+[^;]+;/gm, (_, indent) => (listens++, `${indent}listen 127.0.0.1:${port};`))
    .replace(/^(\s*)root\s+[^;]+;/gm, (_, indent) => (roots++, `${indent}root ${dist};`));
  if (listens !== 1 || roots !== 1) throw new Error(`nginx-serve: expected one listen and one root line in ${SITE_CONFIG}, found ${listens} and ${roots}`);
  if (couchdb) {
    out = out.replace(/^(upstream eu_portfolio_couchdb \{\n\s*)server\s+[^;]+;/m, (_, start) => (upstreams++, `${start}server ${couchdb};`));
    if (upstreams !== 1) throw new Error(`nginx-serve: expected the upstream eu_portfolio_couchdb with a server line first in ${SITE_CONFIG}`);
  }
  return out;
}

/**
 * Started as root, nginx runs its workers as an unprivileged user (nobody, www-data), who may not be
 * able to read the build or the temporary prefix: a clone under a `mktemp -d` folder (mode 700)
 * answered 404 on every page. A test server runs its workers as the user who started it; the
 * directive only applies (and is only allowed without a warning) when that user is root.
 */
function workerUser() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return '';
  const { username } = userInfo();
  return `user ${username};`;
}

/** nginx's own config around the site, as Debian's nginx.conf includes sites, with every path in the prefix. */
function mainConfig(prefix, siteFile) {
  const mimeTypes = ['/etc/nginx/mime.types', '/usr/share/nginx/mime.types'].find(existsSync);
  return `# Written by scripts/nginx-serve.mjs for a test run.
daemon on;
${workerUser()}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
    ${mimeTypes ? `include ${mimeTypes};` : ''}
    default_type application/octet-stream;
    sendfile on;
    access_log ${prefix}/access.log;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    include ${siteFile};
}
`;
}

/** Starts nginx on 127.0.0.1:port serving dist (and /couchdb/ from `couchdb`, host:port, if given); returns how to stop it. */
export function startNginx({ port, dist, couchdb, nginx = findNginx() ?? 'nginx' }) {
  const absDist = path.resolve(root, dist);
  if (!existsSync(path.join(absDist, 'index.html'))) throw new Error(`nginx-serve: ${absDist}/index.html not found: build first`);
  const prefix = mkdtempSync(path.join(tmpdir(), 'eu-portfolio-nginx-'));
  mkdirSync(path.join(prefix, 'tmp'));
  const siteFile = path.join(prefix, 'site.conf');
  writeFileSync(siteFile, siteForTest(readFileSync(SITE_CONFIG, 'utf8'), { port, dist: absDist, couchdb }));
  const confFile = path.join(prefix, 'nginx.conf');
  writeFileSync(confFile, mainConfig(prefix, siteFile));
  const args = ['-p', prefix, '-c', confFile, '-e', path.join(prefix, 'error.log')];
  const started = spawnSync(nginx, args, { encoding: 'utf8' });
  if (started.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx-serve: nginx did not start:\n${started.stderr}`);
  }
  console.log(`nginx-serve: ${absDist} on http://127.0.0.1:${port}/ (config in ${prefix})`);
  return {
    prefix,
    port,
    stop() {
      spawnSync(nginx, [...args, '-s', 'stop'], { stdio: 'inherit' });
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const found = ensureNginx();
  if (!found.ok) {
    console.error(`nginx-serve: ERROR: ${found.message}`);
    process.exit(1);
  }
  const server = startNginx({ port: Number(process.argv[2] ?? 8080), dist: process.argv[3] ?? 'dist', nginx: found.path });
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
