/** The documented nginx configuration (docs/deploy/nginx.conf) is one nginx accepts. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deployNginxConf } from '../../scripts/nginx-conf.mjs';

describe('docs/deploy/nginx.conf', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nginx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes `nginx -t` with two instances filled in', () => {
    mkdirSync(path.join(dir, 'logs'));
    mkdirSync(path.join(dir, 'cache'));
    const conf = deployNginxConf({ upstream: ['127.0.0.1:3901', '127.0.0.1:3902'], listen: '127.0.0.1:3903', dir });
    expect(conf).not.toMatch(/\{\{\w+\}\}/);
    writeFileSync(path.join(dir, 'nginx.conf'), conf);
    const out = execFileSync('nginx', ['-t', '-c', path.join(dir, 'nginx.conf'), '-p', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toBe('');
  });
});
