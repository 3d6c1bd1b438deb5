/**
 * Acronyms of proper names: "Grouped-Query Attention (GQA)", "Cross-Layer Attention (CLA)".
 * A long form in title case names one technique; one in lower case ("large language model
 * (LLM)") names a concept, which is no entity, and so does a kind of network in capitals
 * ("Deep Neural Network"). Metrics ("Frequency-Averaged Score") are left out, and so are
 * facilities and institutions ("Atacama Large Millimeter/submillimeter Array", "National
 * Institutes of Health") and the documents of an administrative process ("Request for Proposals"),
 * which are no method, model or dataset; an imaging sensor's name is the
 * imagery it records ("Moderate Resolution Imaging Spectroradiometer (MODIS)"); a survey's name is
 * the data it gathered ("Sloan Digital Sky Survey"), as is a shared collection's ("Autism Brain
 * Imaging Data Exchange", a database, an archive, a registry), and a long form headed "Model" a
 * model (`long-form-heads.ts`). The items of a list of tasks or dimensions the paper defines
 * acronyms for are headings of its taxonomy, not works (`category-lists.ts`).
 */
import type { EntityRule } from './entity-rule.ts';
import { categoryAcronyms } from './category-lists.ts';
import { fieldTermAcronyms } from './field-term-acronyms.ts';
import { redefinesKnownShort } from './lexicon-names.ts';
import { typeOfLongForm } from './long-form-heads.ts';

const SMALL_WORD = /^(?:a|an|the|of|for|in|on|to|and|or|with|without|via|by|from|at|as)$/;
const METRIC_HEAD = /\b(?:Score|Metric|Index|Rate|Error|Ratio|Distance|Loss|Accuracy)$/;
// The head noun (last word) of a long form that names a thing or a body rather than a technique.
const INSTRUMENT_HEAD =
	/[\s/-](?:Arrays?|Telescopes?|Observatory|Satellites?|Spectrographs?|Interferometers?|Missions?|Colliders?|Detectors?|Explorers?|Probes?|Rovers?|Microscopes?|Instruments?)$/;
// The head of an imaging sensor's name: earth observation names the imagery by its sensor ("Moderate
// Resolution Imaging Spectroradiometer (MODIS)", "Enhanced Thematic Mapper Plus (ETM+)", "Airborne
// Visible/Infrared Imaging Spectrometer (AVIRIS)"), so the name is the data the paper uses.
const SENSOR_HEAD = /[\s/-](?:Spectroradiometers?|Radiometers?|Spectrometers?|Mappers?|Imagers?|Sounders?|Scanners?|Cameras?)(?:\s+(?:Plus|Suite))?$/;
// A kind of network written in capitals names the kind, as `name-shapes.ts` reads it ("Deep Neural
// Network (DNN)", "Recurrent Neural Network (RNN)"); the gold README's generic concepts are no entities.
// A word that is no kind makes a named architecture ("Residual Neural Networks (ResNets)").
const KIND_HEAD = /^(?:(?:Deep|Artificial|Convolutional|Recurrent|Feed-?[Ff]orward|Spiking|Graph)\s+)+Neural Networks?$/;
const INSTITUTION_HEAD =
	/[\s/-](?:University|Universities|Institutes?|Institutes of \w+|Agency|Administration|Laborator(?:y|ies)|Consortium|Foundation|Organi[sz]ation|Association|Society|Cent(?:er|re)s?|Council|Committee|Department|Ministry|Office|Hospitals?|Clinics?|Bank|Company|Corporation)$/;

// A document of an administrative process, named by its noun before "for" or "of" ("Request for
// Proposals (RFP)", "Notice of Violation (NOV)", "Letter of Intent (LOI)"): a paper sent or received, no work.
const DOCUMENT_OPENER = /^(?:Requests?|Notices?|Letters?|Statements?|Certificates?|Bills?)\s+(?:for|of)\s/;

/** One plain capitalised word before a long form, where no sentence begins and no longer name runs on ("a Landsat Thematic Mapper (TM) image"). */
const PROPER_BEFORE = /(?<![.!?:;]\s|^|[A-Z][\w-]*\s)\b([A-Z][a-z]+)\s$/;

/**
 * The long form with the proper word before it, when the abstract writes one: the mission or
 * maker a sensor or a system is named after is part of its name ("Landsat Thematic Mapper").
 */
function properBefore(abstract: string, { long, span }: { long: string; span: { start: number } }): string[] {
	if (!abstract.startsWith(long, span.start)) return [];
	const word = PROPER_BEFORE.exec(abstract.slice(Math.max(0, span.start - 30), span.start))?.[1];
	return word && !/(?:ian|ean|ish|ese|ic|al)$/.test(word) ? [`${word} ${long}`] : [];
}

/**
 * Whether every word of a long form but the small ones starts with a capital ("Easy Consistency
 * Tuning"); a hyphenated word needs it on its first part only, as title case writes a compound
 * ("Cadastral-based Expert Dasymetric System", "High-resolution Gridded Population Surface").
 */
export function isTitleCase(long: string): boolean {
	const words = long.split(/\s+/).filter(Boolean);
	return long.split(/[\s-]+/).filter(Boolean).length >= 2 && words.every((w) => SMALL_WORD.test(w) || /^[A-Z0-9]/.test(w));
}

/**
 * An instrument's noun right after the bracket ("the Brief Wellness Health Survey (BWHS) inventories"): a
 * survey a study scores its participants with is an instrument, a method, not the data a survey gathered.
 */
const INSTRUMENT_AFTER = /^\s*(?:inventor(?:y|ies)|questionnaires?|instruments?|scales?)\b/;

/**
 * A device's noun right after the bracket ("a Fabry Perot (FP) ultrasound sensor", "a Mach–Zehnder
 * (MZ) interferometer"): the long form says how the device is built, and the acronym names the kind
 * of device, which is no method, model or dataset.
 */
const DEVICE_AFTER = /^\s*(?:[a-z]+\s+)?(?:sensors?|interferometers?|detectors?|transducers?|resonators?|cavit(?:y|ies)|etalons?|scanners?|cameras?|lasers?|antennas?|microphones?)\b/;

/** Acronyms the abstract defines with a title-case long form, as things the paper uses, typed by the long form's head. */
export const namedAcronyms: EntityRule = {
	name: 'named acronyms',
	priority: 1,
	find({ abstract, acronyms, lexicons, isGeneric, isKnown, inUrl }) {
		// The tasks or dimensions a paper sorts its work into are headings, not works (`category-lists.ts`).
		const categories = categoryAcronyms(abstract, acronyms);
		// A practice, a class of problems or a kind of product the field abbreviates ("HAZOP tools") is no work.
		const terms = fieldTermAcronyms(abstract, acronyms);
		return acronyms
			.filter((a) => !categories.has(a) && !terms.has(a.short) && isTitleCase(a.long) && !METRIC_HEAD.test(a.long) && !INSTRUMENT_HEAD.test(a.long) && !INSTITUTION_HEAD.test(a.long) && !KIND_HEAD.test(a.long) && !DOCUMENT_OPENER.test(a.long))
			// A known short form the abstract spells out as something else ("Spectral Angle Mapper (SAM)") is this abstract's name.
			.filter((a) => !DEVICE_AFTER.test(abstract.slice(a.span.end, a.span.end + 30)))
			.filter((a) => !isGeneric(a.short) && (!isKnown(a.short) || (lexicons !== undefined && redefinesKnownShort(a.short, lexicons, acronyms))) && !isKnown(a.long) && !inUrl(a.span.start))
			.map((a) => ({ type: SENSOR_HEAD.test(a.long) ? ('dataset' as const) : INSTRUMENT_AFTER.test(abstract.slice(a.span.end, a.span.end + 20)) ? ('method' as const) : typeOfLongForm(a.long), name: a.short, role: 'used' as const, forms: [...properBefore(abstract, a), a.long] }));
	},
};
