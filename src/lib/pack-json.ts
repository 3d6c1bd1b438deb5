/**
 * The build's side of src/client/packed-json.ts: a value as deflated JSON in base85
 * (src/client/base85.ts: 5 characters for 4 bytes, where base64 takes 5⅓), for a data script to
 * assign. Its alphabet has no quote, backslash, `<` or line break, so the string needs no
 * escaping inside a `<script>` or a JavaScript string.
 */
import { deflateRawSync } from 'node:zlib';
import { toBase85 } from '../client/base85.ts';

/** `value` as JSON, deflated (raw, no header) and in base85. */
export const packJson = (value: unknown): string => toBase85(deflateRawSync(JSON.stringify(value)));
