const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A short random id, safe in URLs, cell keys and the file format. */
export function newId(length = 10): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const byte of bytes) out += alphabet[byte % alphabet.length];
  return out;
}
