/**
 * The id of an entity, from its name: the slug its page is found by. "++" is part of a name, not
 * punctuation: "ScanNet++" is a dataset of its own, made after ScanNet, and "NeRF++" a method of its
 * own, so a slug that dropped it would make one entity of two works. So is a lone "+" that ends a
 * name: "RefCOCO+" is a dataset of its own beside RefCOCO, "ETM+" a sensor after ETM.
 */
import { slug } from 'github-slugger';
import { separateJoinedWords } from '../word-joiners.ts';

/**
 * The slug of an entity's name, "++" spelled "pp" and a "+" that ends it "plus".
 *
 * @example entityId('ScanNet++') // 'scannetpp'
 * @example entityId('RefCOCO+') // 'refcocoplus'
 * @example entityId('Llama 3.1 70B') // 'llama-31-70b'
 */
export function entityId(name: string): string {
	const words = separateJoinedWords(name);
	if (!words.includes('+')) return slug(words);
	return slug(words.replaceAll('++', 'pp').replace(/(?<=[\w])\+$/, 'plus'));
}
