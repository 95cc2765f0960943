// The SMART Health Link viewer's decoding and verification (src-frontend/js/shl-link.mjs, the very file the browser
// loads) against the specifications' own examples: the Health Links Specification's encryption example
// (src/test/resources/shl-examples) and the SMART Health Cards examples (src/test/resources/shc-examples).
// Usage: node viewer-selftest.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';

import {
  LinkProblem, decryptFile, findLink, parseLink, readBundle, verifyCard,
} from '../../../src-frontend/js/shl-link.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESOURCES = path.resolve(HERE, '../resources');
const EXAMPLES = path.join(RESOURCES, 'shc-examples');
const ISSUER = 'https://spec.smarthealth.cards/examples/issuer';
const KID = '3Kfdg-XwP-7gXyywtUfUADwBumDOPKMQx-iELL11W9s';
const RID_00 = 'MKyCxh7p6uQ';
// The example key of the Health Links Specification, "Example Encryption".
const SPEC_KEY = 'rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q';
const JWKS = JSON.parse(readFileSync(path.join(EXAMPLES, 'issuer/.well-known/jwks.json'), 'utf8'));
// Example 00 was issued in June 2023 and does not expire; example 03 expired. 1 July 2024 lies after both.
const NOW = Date.UTC(2024, 6, 1);

const example = (name) => readFileSync(path.join(EXAMPLES, name), 'utf8').trim();
const shlink = (payload) => 'shlink:/' + Buffer.from(JSON.stringify(payload)).toString('base64url');
const keys = async () => JWKS;
const CRL = JSON.parse(readFileSync(path.join(EXAMPLES, `issuer/.well-known/crl/${KID}.json`), 'utf8'));
const exampleCrl = async (kid) => (kid === KID ? CRL : assert.fail(`no CRL for ${kid}`));
const check = (jws, options = {}) => verifyCard(jws, { issuer: ISSUER, keys, crl: exampleCrl, now: NOW, ...options });

function problem(code) {
  return (error) => error instanceof LinkProblem && error.code === code;
}

test('the spec example link decodes to its url, key, flag and label, bare or behind a viewer URL', () => {
  const link = shlink({ url: 'https://ehr.example.org/qr/Y9xwkUdtmN9wwoJoN3ffJIhX2UGvCL1JnlPVNL3kDWM/m', flag: 'LP',
    key: SPEC_KEY, label: 'Back-to-school immunizations for Oliver Brown' });
  for (const text of [link, `https://viewer.example.org#${link}`, `  ${link}\n`]) {
    assert.deepEqual(parseLink(text), { url: 'https://ehr.example.org/qr/Y9xwkUdtmN9wwoJoN3ffJIhX2UGvCL1JnlPVNL3kDWM/m',
      key: SPEC_KEY, flag: 'LP', label: 'Back-to-school immunizations for Oliver Brown', exp: null });
  }
  assert.equal(findLink('https://example.org/shl'), null);
});

test('malformed links are refused with the reason the page shows', () => {
  const url = 'https://portal.example.org/links/m/Y9xwkUdtmN9wwoJoN3ffJIhX2UGvCL1JnlPVNL3kDWM';
  assert.throws(() => parseLink('shc:/5676290952432060'), problem('not-a-link'));
  assert.throws(() => parseLink('shlink:/not base64!'), problem('malformed'));
  assert.throws(() => parseLink('shlink:/' + Buffer.from('not json').toString('base64url')), problem('malformed'));
  assert.throws(() => parseLink(shlink({ url: 'http://portal.example.org/m', key: SPEC_KEY })), problem('malformed'));
  assert.throws(() => parseLink(shlink({ url, key: SPEC_KEY.substring(1) })), problem('key'));
  assert.throws(() => parseLink(shlink({ url, key: SPEC_KEY + 'A' })), problem('key'));
  assert.throws(() => parseLink(shlink({ url, key: SPEC_KEY, flag: 'PL' })), problem('flag'));
  assert.throws(() => parseLink(shlink({ url, key: SPEC_KEY, flag: 'X' })), problem('flag'));
  assert.throws(() => parseLink(shlink({ url, key: SPEC_KEY, flag: 'PU' })), problem('direct-with-passcode'));
  assert.throws(() => parseLink(shlink({ url, key: SPEC_KEY, flag: 'LPU' })), problem('direct-with-passcode'));
  assert.throws(() => parseLink(shlink({ url, key: SPEC_KEY, exp: '1767225600' })), problem('malformed'));
  for (const flag of ['L', 'P', 'LP', 'U', 'LU']) {
    assert.equal(parseLink(shlink({ url, key: SPEC_KEY, flag })).flag, flag);
  }
});

test('the spec encryption example decrypts to the example 00 card file', async () => {
  const jwe = readFileSync(path.join(RESOURCES, 'shl-examples/example-encrypted-file.jwe'), 'utf8');
  const file = await decryptFile(jwe, SPEC_KEY);
  assert.equal(file.contentType, 'application/smart-health-card');
  assert.equal(file.text, example('example-00-e-file.smart-health-card'));
});

test('a file under another key, or changed, or with its header changed, does not decrypt', async () => {
  const jwe = readFileSync(path.join(RESOURCES, 'shl-examples/example-encrypted-file.jwe'), 'utf8').trim();
  const otherKey = 'A'.repeat(43);
  await assert.rejects(decryptFile(jwe, otherKey), problem('file'));
  const parts = jwe.split('.');
  const flipped = parts[3].substring(0, 10) + (parts[3][10] === 'A' ? 'B' : 'A') + parts[3].substring(11);
  await assert.rejects(decryptFile([parts[0], '', parts[2], flipped, parts[4]].join('.'), SPEC_KEY), problem('file'));
  // The header is the additional data: a header changed after encryption fails the tag (RFC 7516 §5.2).
  const header = Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM', cty: 'application/fhir+json' }))
    .toString('base64url');
  await assert.rejects(decryptFile([header, '', parts[2], parts[3], parts[4]].join('.'), SPEC_KEY), problem('file'));
  await assert.rejects(decryptFile('a.b.c', SPEC_KEY), problem('file'));
});

test('a file compressed with zip DEF is inflated after decryption', async () => {
  const key = crypto.getRandomValues(new Uint8Array(32));
  const plain = JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] });
  const header = Buffer.from(JSON.stringify({ alg: 'dir', enc: 'A256GCM', cty: 'application/fhir+json', zip: 'DEF' }))
    .toString('base64url');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const aes = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: Buffer.from(header) },
    aes, deflateRawSync(Buffer.from(plain))));
  const jwe = [header, '', Buffer.from(iv).toString('base64url'),
    Buffer.from(sealed.subarray(0, sealed.length - 16)).toString('base64url'),
    Buffer.from(sealed.subarray(sealed.length - 16)).toString('base64url')].join('.');
  const file = await decryptFile(jwe, Buffer.from(key).toString('base64url'));
  assert.deepEqual(file, { contentType: 'application/fhir+json', text: plain });
});

test('the example cards are valid under the example keys, and read as check a card reads them', async () => {
  const result = await check(example('example-00-d-jws.txt'));
  assert.equal(result.verdict, 'VALID');
  const facts = readBundle(result.claims.vc.credentialSubject.fhirBundle);
  assert.equal(facts.name, 'John B. Anyperson');
  assert.equal(facts.birthDate, '1951-01-20');
  assert.deepEqual(facts.doses.map((dose) => [dose.code, dose.date, dose.performer]),
    [['207', '2021-01-01', 'ABC General Hospital'], ['207', '2021-01-29', 'ABC General Hospital'],
      ['229', '2022-09-05', 'ABC General Hospital']]);
  for (const file of ['example-01-e-file.smart-health-card', 'example-02-e-file.smart-health-card']) {
    for (const jws of JSON.parse(example(file)).verifiableCredential) {
      assert.equal((await check(jws)).verdict, 'VALID', file);
    }
  }
});

test('expired, not yet valid, changed, unknown-key, revoked and foreign cards get their verdicts', async () => {
  assert.equal((await check(example('example-03-d-jws.txt'))).verdict, 'EXPIRED');
  const jws = example('example-00-d-jws.txt');
  assert.equal((await check(jws, { now: Date.UTC(2023, 0, 1) })).verdict, 'NOT_YET_VALID');
  const signature = jws.lastIndexOf('.') + 20;
  const changed = jws.substring(0, signature) + (jws[signature] === 'A' ? 'B' : 'A') + jws.substring(signature + 1);
  assert.equal((await check(changed)).verdict, 'SIGNATURE_INVALID');
  assert.equal((await check(jws, { keys: async () => ({ keys: [] }) })).verdict, 'UNKNOWN_KEY');
  const listed = async (kid) => ({ kid, rids: [...CRL.rids, RID_00] });
  assert.equal((await check(jws, { crl: listed })).verdict, 'REVOKED');
  // rid.<t> revokes only the cards issued before second t: example 00 has nbf 1687450764.
  assert.equal((await check(jws, { crl: async (kid) => ({ kid, rids: [`${RID_00}.1687000000`] }) })).verdict, 'VALID');
  assert.equal((await check(jws, { crl: async (kid) => ({ kid, rids: [`${RID_00}.1700000000`] }) })).verdict,
    'REVOKED');
  // The CRL is fetched only when the key names a crlVersion.
  const withoutCrl = async () => ({ keys: JWKS.keys.map(({ crlVersion, ...key }) => key) });
  assert.equal((await check(jws, { keys: withoutCrl, crl: listed })).verdict, 'VALID');
  const foreign = await check(jws, { issuer: 'https://registry.example.org', keys: async () => assert.fail('fetched') });
  assert.deepEqual([foreign.verdict, foreign.iss], ['OTHER_ISSUER', ISSUER]);
  assert.equal((await check('not.a-card')).verdict, 'MALFORMED');
});
