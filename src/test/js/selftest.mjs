// Proves verify-artifacts.mjs on the spec's own example cards (src/test/resources/shc-examples,
// copied from https://spec.smarthealth.cards/examples/): the valid ones pass; a tampered, padded, expired, revoked, untrusted or inconsistent one fails.
// Usage: node selftest.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const EXAMPLES = path.resolve(HERE, '../resources/shc-examples');
const WELL_KNOWN = path.join(EXAMPLES, 'issuer/.well-known');
const KID = '3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s';
const RID_00 = 'MKyCxh7p6uQ';
const work = mkdtempSync(path.join(tmpdir(), 'verify-artifacts-'));

after(() => rmSync(work, { recursive: true, force: true }));

test('the example cards pass in every form, the chunked QR of example 02 included', () => {
  const dir = artifacts('valid');
  exampleCase(dir, 'example-00', '00', 1);
  exampleCase(dir, 'example-01', '01', 1);
  exampleCase(dir, 'nested/example-02', '02', 3);
  const run = verify(dir);
  assert.deepEqual(run.lines, ['OK example-00', 'OK example-01', 'OK nested/example-02', '3 passed, 0 failed']);
  assert.equal(run.status, 0);
});

test('a JWS with one payload character changed fails', () => {
  const dir = artifacts('tampered-payload');
  const jws = example('00', 'd-jws.txt');
  writeCase(dir, 'example-00', { 'card.jws': changeOneCharacter(jws, jws.indexOf('.') + 20) });
  assertOnlyFailure(verify(dir), 'example-00', /card\.jws: /);
});

test('a JWS with one signature character changed fails its signature check', () => {
  const dir = artifacts('tampered-signature');
  const jws = example('00', 'd-jws.txt');
  writeCase(dir, 'example-00', { 'card.jws': changeOneCharacter(jws, jws.lastIndexOf('.') + 20) });
  assertOnlyFailure(verify(dir), 'example-00', /card\.jws: SignatureVerificationError/);
});

test('a file with a trailing newline fails', () => {
  const dir = artifacts('newline');
  writeCase(dir, 'example-00', { 'card.smart-health-card': `${example('00', 'e-file.smart-health-card')}\n` });
  assertOnlyFailure(verify(dir), 'example-00', /card\.smart-health-card: leading or trailing whitespace/);
});

test('an expired card fails: example 03 has an exp in the past', () => {
  const dir = artifacts('expired');
  writeCase(dir, 'example-03', { 'card.jws': example('03', 'd-jws.txt') });
  assertOnlyFailure(verify(dir), 'example-03', /ExpirationError/);
});

test('a card whose rid is in the revocation list fails', () => {
  const dir = artifacts('revoked');
  writeFileSync(path.join(dir, 'crl', `${KID}.json`), JSON.stringify({ kid: KID, method: 'rid', ctr: 2, rids: [RID_00] }));
  exampleCase(dir, 'example-00', '00', 1);
  assertOnlyFailure(verify(dir), 'example-00', /SHCRevokedError/);
});

test('a card signed with a key missing from the trusted JWKS fails without any fetch', () => {
  const dir = artifacts('untrusted');
  const jwks = JSON.parse(readFileSync(path.join(dir, 'jwks.json'), 'utf8'));
  writeFileSync(path.join(dir, 'jwks.json'), JSON.stringify({ keys: jwks.keys.filter(k => k.kid !== KID) }));
  exampleCase(dir, 'example-00', '00', 1);
  assertOnlyFailure(verify(dir), 'example-00', /offline, refused to fetch/);
});

test('forms that carry different bundles fail', () => {
  const dir = artifacts('mixed');
  writeCase(dir, 'mixed', {
    'card.smart-health-card': example('00', 'e-file.smart-health-card'),
    'card.jws': example('02', 'd-jws.txt'),
  });
  assertOnlyFailure(verify(dir), 'mixed', /card\.jws carries another FHIR bundle than card\.smart-health-card/);
});

test('no card at all fails', () => {
  const run = verify(artifacts('empty'));
  assert.deepEqual(run.lines, ['0 passed, 0 failed']);
  assert.equal(run.status, 1);
});

/** A fresh artifacts folder with the example issuer's JWKS and revocation list, as a test run writes them. */
function artifacts(name) {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'crl'), { recursive: true });
  copyFileSync(path.join(WELL_KNOWN, 'jwks.json'), path.join(dir, 'jwks.json'));
  copyFileSync(path.join(WELL_KNOWN, 'crl', `${KID}.json`), path.join(dir, 'crl', `${KID}.json`));
  return dir;
}

function exampleCase(dir, name, number, qrCount) {
  const files = { 'card.smart-health-card': example(number, 'e-file.smart-health-card') };
  files['card.jws'] = example(number, 'd-jws.txt');
  for (let i = 0; i < qrCount; i++) {
    files[`qr-${i}.txt`] = example(number, `f-qr-code-numeric-value-${i}.txt`);
  }
  writeCase(dir, name, files);
}

function changeOneCharacter(text, at) {
  return text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
}

function writeCase(dir, name, files) {
  mkdirSync(path.join(dir, name), { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, name, file), content);
  }
}

function example(number, suffix) {
  return readFileSync(path.join(EXAMPLES, `example-${number}-${suffix}`), 'utf8');
}

function verify(dir) {
  const run = spawnSync(process.execPath, [path.join(HERE, 'verify-artifacts.mjs'), dir], { encoding: 'utf8' });
  return { status: run.status, lines: run.stdout.trim().split('\n') };
}

function assertOnlyFailure(run, name, reason) {
  assert.equal(run.lines.length, 2, run.lines.join('\n'));
  assert.ok(run.lines[0].startsWith(`FAIL ${name}: `), run.lines[0]);
  assert.match(run.lines[0], reason);
  assert.equal(run.lines[1], '0 passed, 1 failed');
  assert.equal(run.status, 1);
}
