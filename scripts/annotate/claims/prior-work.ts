import { allMatches } from '../all-matches.ts';
/**
 * Whether a sentence is about other people's work, so that a number in it that names no entity
 * is not silently the paper's own result: "existing methods reach 61%", "prior work reports …".
 * Prior work named as the standard a result is compared with is not what the sentence is
 * about: "The subtitle frequencies explained 6% more of the variance than the existing written
 * frequencies", "outperforms previous methods by 4.5%", "compared to conventional models", "3000 rpm, six
 * times the previous record" report the paper's own result, measured against others'.
 */

const PRIOR_WORK = /\b(?:existing|prior|previous|current|conventional|traditional|human|baselines?)\b/gi;
/**
 * The words that put what follows as the standard of a comparison, and up to four words of
 * that standard before the prior-work word ("than the existing written frequencies", "over all
 * previous"); the standard's examples after "such as", "like" or "including" are the standard too ("outperforming the
 * strongest proprietary models such as Claude Opus 4.5 and Gemini 3 Pro by about 40%").
 */
const STANDARD_BEFORE = /\b(?:than|over|against|versus|vs\.?|times|twice|thrice|compared (?:to|with)|relative to|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,4}(?:(?:such\s+as|like|including)\s+(?:the\s+)?)?$/i;

/**
 * Whether what follows `before` (the sentence up to a name) is the standard of a comparison: "better
 * than that of the PI", "compared with DQN", "outperforming PPO". The standard runs within its
 * clause: a comma or semicolon ends it.
 */
export function standsAsStandard(before: string): boolean {
	return STANDARD_BEFORE.test(before.split(/[,;:]/).at(-1)!);
}

/**
 * A group of people the word describes rather than work done before: "4% of current favorable-risk patients", "previous
 * smokers", "existing members"; up to two words of the group between.
 */
const PEOPLE_AFTER = /^(?:\s+[\w-]+){0,2}?\s+(?:patients|participants|subjects|individuals|people|persons|adults|children|women|men|smokers|drinkers|users|members|residents|workers|employees|students|cases)\b/i;

/** Whether `text` names prior work anywhere but in the standard of a comparison or a group of people. */
export function namesPriorWork(text: string): boolean {
	for (const m of allMatches(text, PRIOR_WORK)) {
		if (m[0].toLowerCase() !== 'human' && PEOPLE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
		// The comparison's standard runs within its clause: a comma or semicolon ends it.
		const before = text.slice(0, m.index).split(/[,;:]/).at(-1)!;
		if (!STANDARD_BEFORE.test(before)) return true;
	}
	return false;
}
