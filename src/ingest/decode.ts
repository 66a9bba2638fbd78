// Bytes -> string with the right charset.
//
// Order: byte-order mark, then the declared charset (HTTP Content-Type, then
// the XML declaration or an HTML <meta>), then strict UTF-8, then a fallback
// that says what it did. Labels map as the WHATWG Encoding Standard maps
// them (ISO-8859-1 and US-ASCII are read as windows-1252, as browsers do),
// so the 0x80-0x9F bytes that Latin-1 feeds really use for quotes and dashes
// become “ ” – rather than invisible C1 controls.
import iconv from 'iconv-lite';

export type Decoded = {
  text: string;
  /** the charset the text was decoded with */
  charset: string;
  /** set when the bytes did not match what was declared and a fallback was used */
  note?: string;
};

/** WHATWG label aliases that differ from iconv-lite's own meaning of the label. */
const whatwgAliases: Record<string, string> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', 'iso_8859-1': 'windows-1252', latin1: 'windows-1252',
  l1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252', cp819: 'windows-1252', ibm819: 'windows-1252',
  'iso-ir-100': 'windows-1252', 'iso-8859-9': 'windows-1254', 'iso8859-9': 'windows-1254', latin5: 'windows-1254',
  'tis-620': 'windows-874', 'iso-8859-11': 'windows-874', 'x-sjis': 'shift_jis', 'x-gbk': 'gbk', gb2312: 'gbk',
  'ks_c_5601-1987': 'cp949', 'euc-kr': 'cp949', 'x-mac-roman': 'macintosh', 'utf8': 'utf-8',
};

/** Single-byte charsets: a page that declares one but is valid multi-byte UTF-8 was mislabelled. */
const singleByteCharset = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|windows-874)$/;

// HTML allows the <meta charset> in the first 1024 bytes; real pages put it later behind long <head>s.
const declarationSniffBytes = 8192;

function canonicalCharset(label: string): string {
  const l = label.trim().toLowerCase();
  return whatwgAliases[l] ?? l;
}

export function decodeBytes(bytes: Uint8Array, contentType?: string): Decoded | string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return decodeUtf8(buf.subarray(3), 'a UTF-8 byte-order mark');
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), charset: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), charset: 'utf-16be' };
  const declared = declaredCharset(buf, contentType);
  if (declared === undefined) return decodeUtf8(buf, undefined);
  const charset = canonicalCharset(declared);
  if (charset === 'utf-8') return decodeUtf8(buf, `a declared charset "${declared}"`);
  // A UTF-16 declaration inside bytes we could read as ASCII is self-contradictory: the bytes are 8-bit.
  if (/^utf-?16/.test(charset)) return decodeUtf8(buf, `a declared charset "${declared}"`);
  if (!iconv.encodingExists(charset)) return `unknown charset "${declared}" declared`;
  if (singleByteCharset.test(charset) && hasMultibyteUtf8(buf)) {
    const strict = strictUtf8(buf);
    if (strict !== undefined) return { text: strict, charset: 'utf-8', note: `declared ${declared} but the bytes are UTF-8` };
  }
  return { text: iconv.decode(buf, charset), charset };
}

function strictUtf8(buf: Buffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 (declared or by default). Invalid bytes mean either a Latin-1 file with
 * no declaration (uolNoticias.rss) or a UTF-8 file with a few broken bytes: when
 * valid multi-byte sequences outnumber the invalid bytes it is the second.
 */
function decodeUtf8(buf: Buffer, reason: string | undefined): Decoded {
  const strict = strictUtf8(buf);
  if (strict !== undefined) return { text: strict, charset: 'utf-8' };
  const { valid, invalid } = countUtf8Sequences(buf);
  const why = reason ? `despite ${reason}` : 'with no charset declared';
  if (valid > invalid) {
    return { text: buf.toString('utf8'), charset: 'utf-8', note: `${invalid} invalid UTF-8 byte(s) replaced with U+FFFD (${why})` };
  }
  return { text: iconv.decode(buf, 'windows-1252'), charset: 'windows-1252', note: `not valid UTF-8 ${why}; read as windows-1252` };
}

function hasMultibyteUtf8(buf: Buffer): boolean {
  return countUtf8Sequences(buf).valid > 0;
}

/** Count well-formed multi-byte UTF-8 sequences and stray bytes >= 0x80 (one linear pass). */
function countUtf8Sequences(buf: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= buf.length;
    for (let k = 1; ok && k < length; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** Charset from the HTTP header, the XML declaration or an HTML meta tag (charset= or http-equiv content). */
function declaredCharset(buf: Buffer, contentType?: string): string | undefined {
  const fromHeader = contentType?.match(/charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  if (fromHeader) return fromHeader;
  const head = buf.subarray(0, declarationSniffBytes).toString('latin1');
  return (
    head.match(/^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i)?.[1] ??
    head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1]
  );
}
