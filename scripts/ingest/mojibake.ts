/**
 * Text that was UTF-8 but was read once as Windows-1252 and saved again ("mojibake"): "â€˜liquidityâ€™"
 * for "‘liquidity’", "Ã©tÃ©" for "été". Exports that passed through a tool with the wrong encoding
 * carry it in every format. A reader sees gibberish, and no word rule or search matches the words
 * it touches. Each run of such characters is turned back into its bytes and read as UTF-8; a run
 * whose bytes are no valid UTF-8 is the author's own text and stays.
 */

/** The Windows-1252 byte of every character that code page maps, for the bytes 0x80–0xFF. */
const CP1252_BYTE = new Map<string, number>();
{
	const decoder = new TextDecoder('windows-1252');
	for (let byte = 0x80; byte <= 0xff; byte++) CP1252_BYTE.set(decoder.decode(Uint8Array.of(byte)), byte);
}

/**
 * A UTF-8 lead byte read as Windows-1252 (Â–ô), then one or more continuation bytes read the same way
 * (0x80–0xBF: the Latin-1 range and the code page's own letters and punctuation).
 */
const CONTINUATION = [...CP1252_BYTE].filter(([, byte]) => byte <= 0xbf).map(([char]) => char).join('');
const RUN = new RegExp(`[\u00C2-\u00F4][${CONTINUATION.replace(/[\]\\^-]/g, '\\$&')}]+`, 'g');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `text` with UTF-8 that was mis-read as Windows-1252 read again as UTF-8; anything else unchanged.
 *
 * @example repairMojibake('out of â€˜liquidityâ€™') // 'out of ‘liquidity’'
 */
export function repairMojibake(text: string): string {
	if (!/[\u00C2-\u00F4]/.test(text)) return text;
	return text.replace(RUN, (run) => {
		const bytes = Uint8Array.from(run, (char) => CP1252_BYTE.get(char) ?? char.charCodeAt(0));
		try {
			return utf8.decode(bytes);
		} catch {
			return run;
		}
	});
}
