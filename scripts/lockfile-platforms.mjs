#!/usr/bin/env node
// Keeps package-lock.json installable with `npm ci` everywhere. The npm registry these machines
// reach serves the platform binaries of next, @swc/core and Tailwind's oxide only for Linux x64,
// so `npm install` leaves the other platforms' optional packages out of the lockfile, and `npm ci`
// then refuses the lockfile as out of sync. This adds the missing optional entries, with the
// os/cpu constraints their names carry, so npm skips them on other machines as it should.
// It also refuses dependencies that a package asks for by dist-tag ("latest"): when the tag moves,
// `npm ci` finds the lockfile out of sync and CI fails. Pin those in package.json's `overrides`.
// Run after changing dependencies: `node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const platform = /-(darwin|win32|linux|android|freebsd|openbsd|sunos|aix|wasm32)(?:-([a-z0-9]+))?/;
let added = 0;
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    const nested = `${path}/node_modules/${name}`;
    if (lock.packages[key] || lock.packages[nested]) continue;
    const m = platform.exec(name);
    if (!m) continue;
    const stub = { version: version.replace(/^[\^~]/, ''), optional: true };
    if (m[1] === 'wasm32') stub.cpu = ['wasm32'];
    else {
      stub.os = [m[1]];
      if (m[2]) stub.cpu = [m[2]];
    }
    lock.packages[key] = stub;
    added++;
  }
}
const overrides = JSON.parse(readFileSync('package.json', 'utf8')).overrides ?? {};
const byTag = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  if (!path) continue;
  const owner = path.replace(/^.*node_modules\//, '');
  for (const [name, spec] of Object.entries({ ...entry.dependencies, ...entry.optionalDependencies })) {
    if (/^[a-z]/i.test(spec) && !/^(npm|file|git|http|link|workspace):/.test(spec) && overrides[owner]?.[name] === undefined) {
      byTag.push(`${owner} asks for ${name}@${spec}`);
    }
  }
}
if (byTag.length) {
  console.error(`Dependencies asked for by dist-tag (pin them in package.json "overrides", then npm install):\n  ${byTag.join('\n  ')}`);
  process.exitCode = 1;
}
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${added} optional platform package(s) recorded in ${file}`);
