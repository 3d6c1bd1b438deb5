/**
 * The id of an entity, from its name: the slug its page is found by. "++" is part of a name, not
 * punctuation: "ScanNet++" is a dataset of its own, made after ScanNet, and "NeRF++" a method of its
 * own, so a slug that dropped it would make one entity of two works (a lone "+", as in "I2S+", still
 * names a variant of the work, and keeps its slug).
 */
import { slug } from 'github-slugger';

/**
 * The slug of an entity's name, "++" spelled "pp".
 *
 * @example entityId('ScanNet++') // 'scannetpp'
 * @example entityId('Llama 3.1 70B') // 'llama-31-70b'
 */
export function entityId(name: string): string {
	return slug(name.includes('++') ? name.replaceAll('++', 'pp') : name);
}
