/**
 * An acronym the abstract defines in the plural over a plural common noun phrase names a kind of
 * thing, not one work: "Omni-modal large language models (OLMs) redefine …", then "existing OLM
 * benchmarks", "12 leading OLMs". A field coins such acronyms for the class it studies ("unmanned
 * aerial vehicles (UAVs)", "graph neural networks (GNNs)"); the generic list holds the common ones,
 * and a new one is known by its definition: a lower-case long form (but for a sentence's first
 * capital) ending in a plural, and a short form with the plural "s". One work is defined in the
 * singular ("proximal policy optimization (PPO)") or in title case ("Neural Radiance Fields (NeRF)").
 * A title-case long form of the models that do a task is a kind too: "Models" in the plural after
 * the task's noun ("Masked Image Generation Models (MIGMs)", "Instruction-based Image Editing Models
 * (IIEMs)"), the class a field studies, and so is a plural of the models that score outputs for
 * training ("Generative Reward Models (GRMs)", "Process Reward Models (PRMs)"). Models named for what they are rather than what they do
 * ("Language World Models (LWMs)" a paper builds on) and plurals of networks ("Kolmogorov-Arnold
 * Networks (KANs)") may name one technique, and are left. A title-case plural of a physical object a
 * lab makes or studies is a kind of thing too, never a work: "Giant Unilamellar Vesicles (GUVs)",
 * "Single-Walled Carbon Nanotubes (SWCNTs)", "Unmanned Aerial Vehicles (UAVs)". And a title-case plural the
 * title or the abstract writes in lower case elsewhere is a common noun's ("Critical Infrastructures
 * (CIs)" beside "the resilience of critical infrastructures").
 */
import type { NameFilter } from './entity-rule.ts';

/** Two words or more in lower case but for the first letter, the last a plural: "Omni-modal large language models". */
const PLURAL_COMMON_PHRASE = /^[A-Za-z][a-z\d-]*(?:\s+[a-z][a-z\d-]*)+[^s]s$/;

/** Title-case words ending in a task's noun and "Models": "Masked Image Generation Models", "Generative Reward Models". */
const PLURAL_MODELS_PHRASE = /^(?:[A-Z][\w-]*\s+)*(?:Generation|Editing|Recognition|Detection|Segmentation|Classification|Understanding|Retrieval|Translation|Captioning|Reward)\s+Models$/;

/** Title-case words ending in a plural of a physical object: "Giant Unilamellar Vesicles", "Carbon Nanotubes". */
const PLURAL_OBJECTS_PHRASE = /^(?:[A-Z][\w-]*\s+)+(?:Vesicles|Liposomes|Micelles|Droplets|Particles|Nanoparticles|Microparticles|Colloids|Nanotubes|Nanowires|Nanorods|Nanosheets|Dots|Crystals|Vehicles)$/;

/**
 * Whether a title-case plural long form is written in lower case in the title or the abstract too:
 * "Critical Infrastructures (CIs) have become …" under the title "Improving the resilience of
 * critical infrastructures". The capitals were the sentence's or the author's emphasis; the
 * phrase is a common noun's plural, a kind.
 */
function writtenInLowerCase(long: string, title: string, abstract: string): boolean {
	if (!/^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+[^s]s$/.test(long)) return false;
	const lower = long.toLowerCase();
	return title.includes(lower) || abstract.includes(lower);
}

/** Drops a kind named by a plural acronym of a plural common noun phrase, and its singular. */
export const pluralKindAcronyms: NameFilter = {
	name: 'plural kind acronyms',
	rejects({ name }, { acronyms, isKnown, title, abstract }) {
		if (isKnown(name)) return false;
		return acronyms.some(
			(a) =>
				/[A-Z]s$/.test(a.short) &&
				(a.short === name || a.short === `${name}s`) &&
				(PLURAL_COMMON_PHRASE.test(a.long) || PLURAL_MODELS_PHRASE.test(a.long) || PLURAL_OBJECTS_PHRASE.test(a.long) || writtenInLowerCase(a.long, title, abstract)),
		);
	},
};
