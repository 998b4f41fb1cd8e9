// docs/deploy/nginx.conf with its three {{ }} values filled in (and a pid file and error log in
// `dir`, so that it runs unprivileged): used by the benchmark and by the test that nginx accepts it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const template = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/deploy/nginx.conf');

/** @param {{ upstream: string[]; listen: string; dir: string }} options */
export function deployNginxConf({ upstream, listen, dir }) {
  return readFileSync(template, 'utf8')
    .replace('{{upstream}}', upstream.map((u) => `server ${u};`).join(' '))
    .replace('{{listen}}', listen)
    .replaceAll('{{cache}}', path.join(dir, 'cache'))
    .replace('events {', `pid ${dir}/nginx.pid;\nerror_log ${dir}/logs/error.log warn;\nevents {`);
}
