/**
 * A dataset at one image resolution is that dataset: "strong performance on ImageNet dataset …
 * an FID of 2.04 on ImageNet-256 and 2.35 on ImageNet-512". Image generation names its benchmark
 * by the dataset and the side in pixels, and a page per resolution would split one dataset in
 * three. A name that is a dataset candidate's name, a hyphen and a power-of-two side from 32 to
 * 2048 becomes a form of that dataset.
 */
import type { Candidate } from './resolve-mentions.ts';

const AT_RESOLUTION = /^(.+)-(?:32|64|128|256|512|1024|2048)$/;

/** Folds each "<dataset>-<side>" candidate into the dataset candidate it names, in place; `key` is the candidates' map key. */
export function foldResolutionVariants(candidates: Map<string, Candidate>, key: (type: string, name: string) => string): void {
	for (const [variantKey, variant] of candidates) {
		const base = AT_RESOLUTION.exec(variant.name)?.[1];
		const dataset = base ? candidates.get(key('dataset', base)) : undefined;
		if (!dataset || dataset === variant) continue;
		for (const form of [variant.name, ...variant.forms]) dataset.forms.add(form);
		candidates.delete(variantKey);
	}
}
