/**
 * Whether a token looks like a name someone coined rather than an English word: the test
 * most pattern rules put a candidate name through.
 */

/** A Gaelic surname or a place named for one ("McCoy", "MacArthur"): its inner capital is the name's spelling, not a coinage. */
const GAELIC_SURNAME = /^Ma?c[A-Z][a-z]+$/;

/**
 * Capitals in a row (RELIEF, RLPrompt, QWeb), CamelCase (TimeMaster, ReLIC, SubPO), such a
 * part joined by a hyphen (CoT-Max, BFM-Zero, Reason-RFT) or capitals with digits (S3RL, I2S),
 * a version included (CCI3.0, Skywork-Reward-Llama-3.1-8B).
 * "In-Context", "GRPO-based", "LLM-generated" and "McCoy" are not coined names.
 */
export function isCoinedName(token: string): boolean {
	if (GAELIC_SURNAME.test(token)) return false;
	// A version's dot stands between digits ("Llama-3.1-8B"); "Fig.2" and "Eq.3" are references, not names.
	if (!/^[A-Za-z][A-Za-z0-9]*(?:(?<=\d)\.\d+)*(?:[-+][A-Za-z0-9]+(?:(?<=\d)\.\d+)*)*\+{0,2}$/.test(token)) return false;
	if (/-(?:based|like|style|level|free|specific|aware|driven|only|wise)$/i.test(token)) return false;
	// A name joined to a lower-case participle describes something by it ("XYZ-verified labels", "LLM-generated text").
	if (/-[a-z]{3,}ed$/.test(token)) return false;
	const parts = token.split(/[-+]/).filter(Boolean);
	return parts.some((part) => /[a-z][A-Z]|[A-Z]{2}/.test(part) || (/\d/.test(part) && /[A-Z]/.test(part)));
}
