/**
 * The build's side of src/client/packed-json.ts: a value as deflated JSON in base64, for a
 * data script to assign. Base64 has no quote, `<` or line break, so the string needs no
 * escaping inside a `<script>` or a JavaScript string.
 */
import { deflateRawSync } from 'node:zlib';

/** `value` as JSON, deflated (raw, no header) and in base64. */
export const packJson = (value: unknown): string => deflateRawSync(JSON.stringify(value)).toString('base64');
