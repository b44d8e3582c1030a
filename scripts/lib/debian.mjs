// What the test tools need from the machine: is a program there, and can a missing Debian
// package be installed (root on Debian, with apt-get). Used for Chromium and nginx.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether apt-get may install packages here, and if not, why. */
export function canAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && isExecutable('/usr/bin/apt-get');
  return { ok: isRoot && isDebian, why: !isDebian ? 'this is not a Debian system with apt-get' : !isRoot ? 'not running as root' : '' };
}

/** apt-get update, then install the package; true when both succeeded. */
export function aptInstall(pkg) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Wait (rather than fail) if another apt/dpkg process holds the lock.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  for (const args of [[...lock, 'update'], [...lock, 'install', '-y', pkg]]) {
    console.log(`$ apt-get ${args.join(' ')}`);
    if (spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env }).status !== 0) return false;
  }
  return true;
}
