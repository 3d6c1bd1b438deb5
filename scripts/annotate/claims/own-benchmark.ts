/**
 * Where other people's systems are scored in a paper that introduces a benchmark: "Extensive testing
 * reveals that existing state-of-the-art reward models struggle …, peaking at an accuracy of just
 * 75.94%". A benchmark paper's results are how existing models fare on its own data; a sentence that
 * names prior work but nothing by name reports a score on the paper's benchmark, so the number is filed
 * under it, as a comparison on a named benchmark is (`claim-subjects.ts`), and never under the models
 * the sentence leaves unnamed.
 */
import type { Entity } from '../../../src/shared/paper-schema.ts';
import { entityKey } from '../../../src/shared/urls.ts';

/**
 * The refs (`type/id`) of the datasets the paper introduces, its benchmarks; none when it introduces none.
 *
 * @example ownBenchmarks([{ type: 'dataset', id: 'x-bench', role: 'introduced', … }]) // ['dataset/x-bench']
 */
export function ownBenchmarks(entities: readonly Entity[]): string[] {
	return [...new Set(entities.filter((e) => e.type === 'dataset' && e.role === 'introduced').map((e) => entityKey(e.type, e.id)))];
}
