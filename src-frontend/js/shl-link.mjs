// SMART Health Links as a receiving application reads them, with nothing but the platform: the shlink:/ payload,
// the encrypted files (JWE), and the SMART Health Cards inside them (JWS). Runs unchanged in the browser and in node
// (Web Crypto, DecompressionStream, TextDecoder), so the viewer's tests run the code the viewer runs.
// Links: HL7 SMART Health Cards and Links IG 1.0.0, "Health Links Specification",
// https://hl7.org/fhir/uv/smart-health-cards-and-links/links-specification.html
// Cards: https://spec.smarthealth.cards/

/** Why a link, a file or a card cannot be read; {@code code} chooses the message the page shows. */
export class LinkProblem extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

const PREFIX = 'shlink:/';
// The key is 32 random bytes in base64url without padding: 43 characters ("Construct a SMART Health Link Payload").
const KEY = /^[A-Za-z0-9_-]{43}$/;
// Flags are single letters in alphabetical order; U (direct file access) never goes with P (passcode) (same section).
const FLAGS = new Set(['', 'L', 'P', 'LP', 'U', 'LU']);
const FLAG_LETTERS = /^[A-Z]*$/;
const BASE64URL = /^[A-Za-z0-9_-]*$/;
// A label is at most 80 characters (same section).
const MAX_LABEL = 80;
// What one decrypted file or card payload may inflate to: a bound of ours, far above any record (a card holds at most
// a QR code's worth of compressed data, and a whole history as FHIR JSON is tens of kilobytes), against deflate bombs.
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;

/** The {@code shlink:/…} in a text: the text itself, or what follows {@code #} in a viewer URL. Null when none. */
export function findLink(text) {
  const trimmed = String(text ?? '').trim();
  if (trimmed.startsWith(PREFIX)) {
    return trimmed;
  }
  const hash = trimmed.indexOf('#' + PREFIX);
  return hash < 0 ? null : trimmed.substring(hash + 1);
}

/**
 * The payload of a link: {url, key, flag, label, exp}. Throws a LinkProblem: not-a-link, malformed, key, flag,
 * direct-with-passcode.
 */
export function parseLink(text) {
  const link = findLink(text);
  if (link === null) {
    throw new LinkProblem('not-a-link');
  }
  const payload = json(utf8(base64url(link.substring(PREFIX.length), 'malformed')), 'malformed');
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new LinkProblem('malformed');
  }
  if (typeof payload.url !== 'string' || !isHttps(payload.url)) {
    throw new LinkProblem('malformed');
  }
  if (typeof payload.key !== 'string' || !KEY.test(payload.key)) {
    throw new LinkProblem('key');
  }
  const flag = payload.flag ?? '';
  if (typeof flag !== 'string' || !FLAG_LETTERS.test(flag)) {
    throw new LinkProblem('flag');
  }
  if (flag.includes('U') && flag.includes('P')) {
    throw new LinkProblem('direct-with-passcode');
  }
  if (!FLAGS.has(flag)) {
    throw new LinkProblem('flag');
  }
  if (payload.exp !== undefined && (typeof payload.exp !== 'number' || !Number.isFinite(payload.exp))) {
    throw new LinkProblem('malformed');
  }
  const label = typeof payload.label === 'string' ? payload.label.substring(0, MAX_LABEL) : '';
  return { url: payload.url, key: payload.key, flag, label, exp: payload.exp ?? null };
}

function isHttps(url) {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Decrypts a file: compact JWE, alg dir, enc A256GCM, under the link's key, with the protected header's ASCII as
 * additional data (RFC 7516 §5.2 step 14) and, with zip DEF, raw DEFLATE inside (RFC 1951). Returns
 * {contentType: the cty header, text}. Throws LinkProblem('file') for anything that does not decrypt.
 */
export async function decryptFile(jwe, key) {
  const parts = String(jwe).trim().split('.');
  if (parts.length !== 5 || parts[1] !== '' || !parts.every((part) => BASE64URL.test(part))) {
    throw new LinkProblem('file');
  }
  const header = json(utf8(base64url(parts[0], 'file')), 'file');
  if (header?.alg !== 'dir' || header?.enc !== 'A256GCM') {
    throw new LinkProblem('file');
  }
  const iv = base64url(parts[2], 'file');
  const sealed = concat(base64url(parts[3], 'file'), base64url(parts[4], 'file'));
  let plain;
  try {
    const aes = await crypto.subtle.importKey('raw', base64url(key, 'key'), 'AES-GCM', false, ['decrypt']);
    plain = new Uint8Array(await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: ascii(parts[0]), tagLength: 128 }, aes, sealed));
  } catch {
    throw new LinkProblem('file');
  }
  if (header.zip === 'DEF') {
    plain = await inflateRaw(plain, 'file');
  } else if (header.zip !== undefined) {
    throw new LinkProblem('file');
  }
  return { contentType: typeof header.cty === 'string' ? header.cty : '', text: utf8(plain, 'file') };
}

/** Raw DEFLATE (RFC 1951, no zlib header) inflated, up to MAX_INFLATED_BYTES. */
export async function inflateRaw(bytes, problem = 'malformed') {
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    const reader = stream.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      total += value.length;
      if (total > MAX_INFLATED_BYTES) {
        await reader.cancel();
        throw new LinkProblem(problem);
      }
      chunks.push(value);
    }
    return concat(...chunks);
  } catch {
    throw new LinkProblem(problem);
  }
}

/**
 * What a verifier concludes about one SMART Health Card (https://spec.smarthealth.cards/), the same verdicts as the
 * portal's "check a card": VALID, REVOKED, EXPIRED, NOT_YET_VALID, SIGNATURE_INVALID, UNKNOWN_KEY, MALFORMED, or
 * OTHER_ISSUER (another issuer's card: read, not checked, nothing fetched from it).
 *
 * @param issuer our iss; only its cards are checked
 * @param keys async () => the issuer's JWKS ({keys: [...]}); throws when it cannot be fetched
 * @param crl async (kid) => the key's revocation list ({rids: [...]}); asked only when the key names a crlVersion
 * @returns {verdict, iss, claims} (claims null when the payload cannot be read)
 */
export async function verifyCard(jws, { issuer, keys, crl, now = Date.now() }) {
  const parts = String(jws).split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part))) {
    return { verdict: 'MALFORMED', iss: '', claims: null };
  }
  let header;
  let claims;
  try {
    header = json(utf8(base64url(parts[0])));
    claims = json(utf8(await inflateRaw(base64url(parts[1]))));
  } catch {
    return { verdict: 'MALFORMED', iss: '', claims: null };
  }
  const iss = typeof claims?.iss === 'string' ? claims.iss : '';
  if (iss !== issuer) {
    return { verdict: 'OTHER_ISSUER', iss, claims };
  }
  if (header?.alg !== 'ES256' || header?.zip !== 'DEF') {
    return { verdict: 'MALFORMED', iss, claims };
  }
  const jwk = ((await keys()).keys ?? []).find((key) => key.kid === header.kid && typeof header.kid === 'string');
  if (!jwk) {
    return { verdict: 'UNKNOWN_KEY', iss, claims };
  }
  if (!(await signatureHolds(parts, jwk))) {
    return { verdict: 'SIGNATURE_INVALID', iss, claims };
  }
  const seconds = now / 1000;
  const nbf = typeof claims.nbf === 'number' ? claims.nbf : Infinity;
  if (nbf > seconds) {
    return { verdict: 'NOT_YET_VALID', iss, claims };
  }
  if (typeof claims.exp === 'number' && claims.exp < seconds) {
    return { verdict: 'EXPIRED', iss, claims };
  }
  const rid = claims.vc?.rid;
  if (typeof rid === 'string' && jwk.crlVersion !== undefined && revoked(rid, nbf, (await crl(jwk.kid)).rids ?? [])) {
    return { verdict: 'REVOKED', iss, claims };
  }
  return { verdict: 'VALID', iss, claims };
}

/** ES256 over the JWS signing input; the JWS signature is r||s, the form Web Crypto takes (RFC 7518 §3.4). */
async function signatureHolds(parts, jwk) {
  try {
    const key = await crypto.subtle.importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y },
      { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, base64url(parts[2]),
      ascii(parts[0] + '.' + parts[1]));
  } catch {
    return false;
  }
}

/** {@code rid} revokes every card with that rid; {@code rid.<t>} those issued before second t ("Revocation"). */
export function revoked(rid, nbf, entries) {
  return entries.some((entry) => {
    const dot = String(entry).indexOf('.');
    const entryRid = dot < 0 ? entry : entry.substring(0, dot);
    return entryRid === rid && (dot < 0 || nbf < Number(entry.substring(dot + 1)));
  });
}

/** Whether a verdict means the issuer's signature holds, so what the card says is what the issuer signed. */
export function signatureHoldsFor(verdict) {
  return ['VALID', 'REVOKED', 'EXPIRED', 'NOT_YET_VALID'].includes(verdict);
}

/**
 * What a FHIR Bundle says, as a verifier reads it: the first Patient's name and birth date, each Immunization (first
 * coding of its vaccine code, date, lot, performer) and each Observation (test, result, date, performer, status).
 * Values are as written; dates stay FHIR strings.
 */
export function readBundle(bundle) {
  const facts = { name: '', birthDate: '', doses: [], labs: [] };
  const entries = Array.isArray(bundle?.entry) ? bundle.entry : [];
  for (const entry of entries) {
    const resource = entry?.resource ?? {};
    if (resource.resourceType === 'Patient' && facts.name === '' && facts.birthDate === '') {
      facts.name = nameOf(resource.name?.[0]);
      facts.birthDate = text(resource.birthDate);
    } else if (resource.resourceType === 'Immunization') {
      const coding = resource.vaccineCode?.coding?.[0] ?? {};
      facts.doses.push({ system: text(coding.system), code: text(coding.code),
        date: text(resource.occurrenceDateTime ?? resource.occurrenceString), lot: text(resource.lotNumber),
        performer: text(resource.performer?.[0]?.actor?.display) });
    } else if (resource.resourceType === 'Observation') {
      facts.labs.push(lab(resource));
    }
  }
  return facts;
}

function lab(observation) {
  const result = observation.valueCodeableConcept?.coding?.[0] ?? {};
  let resultText = text(observation.valueString);
  const quantity = observation.valueQuantity;
  if (resultText === '' && quantity?.value !== undefined) {
    resultText = `${quantity.value} ${text(quantity.unit)}`.trim();
  }
  return { code: text(observation.code?.coding?.[0]?.code), date: text(observation.effectiveDateTime),
    resultSystem: text(result.system), resultCode: text(result.code), resultText,
    performer: text(observation.performer?.[0]?.display), status: text(observation.status) };
}

function nameOf(name) {
  const given = Array.isArray(name?.given) ? name.given.map(text) : [];
  const joined = [...given, text(name?.family)].filter((part) => part !== '').join(' ').trim();
  return joined === '' ? text(name?.text).trim() : joined;
}

function text(value) {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Base64url without padding (RFC 4648 §5): the alphabet only, and no length that no byte string encodes to. */
export function base64url(value, problem = 'malformed') {
  if (!BASE64URL.test(value) || value.length % 4 === 1) {
    throw new LinkProblem(problem);
  }
  const standard = value.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

function utf8(bytes, problem = 'malformed') {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LinkProblem(problem);
  }
}

function json(value, problem = 'malformed') {
  try {
    return JSON.parse(value);
  } catch {
    throw new LinkProblem(problem);
  }
}

function ascii(value) {
  return Uint8Array.from(value, (char) => char.charCodeAt(0));
}

function concat(...arrays) {
  const joined = new Uint8Array(arrays.reduce((sum, array) => sum + array.length, 0));
  let at = 0;
  for (const array of arrays) {
    joined.set(array, at);
    at += array.length;
  }
  return joined;
}
