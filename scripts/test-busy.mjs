#!/usr/bin/env node
// `npm run test:busy`: the whole test suite (`npm test`) while a child process keeps one core busy,
// as CI does when it runs beside other work. The burner is bounded (it stops itself after
// BUSY_MINUTES, default 30) and is stopped when the suite ends, whatever the outcome.
import { spawn } from 'node:child_process';

const minutes = Number(process.env.BUSY_MINUTES || 30);
const burner = spawn(
  process.execPath,
  [
    '-e',
    `const end = Date.now() + ${minutes} * 60_000; let x = 0; while (Date.now() < end) { for (let i = 0; i < 1e6; i++) x = (x * 31 + i) | 0; }`,
  ],
  { stdio: 'ignore' },
);
const started = performance.now();
console.log(`test:busy: one core kept busy by process ${burner.pid} (at most ${minutes} min); running npm test`);

const suite = spawn('npm', ['test'], { stdio: 'inherit', env: process.env });
const stop = () => burner.exitCode === null && burner.kill('SIGKILL');
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop();
    suite.kill(signal);
  });
}
suite.on('exit', (code, signal) => {
  stop();
  const took = ((performance.now() - started) / 60_000).toFixed(1);
  console.log(`test:busy: npm test ${code === 0 ? 'passed' : `failed (${code ?? signal})`} in ${took} min with one core busy`);
  process.exit(code ?? 1);
});
