// Copies Web Chat's ready-made browser bundle (dist/webchat.js, which defines window.WebChat) into
// the host's static files. It fetches only the one package tarball, at the version pinned in
// package.json, instead of installing Web Chat's whole dependency tree.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const version = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies['botframework-webchat'];
const target = process.argv[2] ?? join(here, '..', 'src', 'FeminaBot', 'wwwroot', 'lib', 'webchat.js');
const work = mkdtempSync(join(tmpdir(), 'feminabot-webchat-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const tarball = execFileSync(npm, ['pack', `botframework-webchat@${version}`, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, 'package/dist/webchat.js']);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(work, 'package', 'dist', 'webchat.js'), target);
  console.log(`botframework-webchat ${version} -> ${target}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
