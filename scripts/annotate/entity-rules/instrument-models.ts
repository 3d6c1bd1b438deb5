/**
 * A maker's model of an instrument is hardware the paper ran its samples on, not a method, model
 * or dataset: "using an Illumina MiSeq sequencing system", "on a Bruker Avance spectrometer", "a
 * Siemens Magnetom scanner". The coined-token rules take the model's capitals ("MiSeq") for a
 * name; what gives it away is the make before it (a capitalised word) and an instrument's head noun
 * after it, with at most an "-ing" word of what the instrument does between ("sequencing
 * system"). A system or platform named without a make ("the AlphaGo system", "The WCEDS system") is
 * left alone, and so is an acronym the abstract defines: a maker's model is never spelled out.
 */
import { boundedStarts } from './name-occurrences.ts';
import type { NameFilter } from './entity-rule.ts';

/**
 * A capitalised make right before the model, after a lower-case word ("an Illumina ", "on a Bruker "),
 * so that a sentence's first word ("The WCEDS system") is never read as a make.
 */
const MAKE_BEFORE = /\b[a-z]+\s+[A-Z][a-z]+\s$/;
/** An instrument's head noun after the model, an activity word allowed between: " sequencing system". */
const INSTRUMENT_AFTER = /^\s+(?:[a-z]+ing\s+)?(?:systems?|platforms?|instruments?|sequencers?|scanners?|spectrometers?|analy[sz]ers?|microscopes?|cytometers?|dynamometers?|machines?)\b/;

/**
 * Whether `name` stands somewhere as a make's instrument model.
 *
 * @example isInstrumentModel('MiSeq', 'sequenced using an Illumina MiSeq sequencing system.') // true
 * @example isInstrumentModel('AlphaGo', 'the AlphaGo system') // false
 */
export function isInstrumentModel(name: string, abstract: string): boolean {
	return boundedStarts(name, abstract).some(
		(at) => MAKE_BEFORE.test(abstract.slice(Math.max(0, at - 32), at)) && INSTRUMENT_AFTER.test(abstract.slice(at + name.length, at + name.length + 40)),
	);
}

/** Drops an instrument's model named with its make ("MiSeq" of "an Illumina MiSeq sequencing system"). */
export const instrumentModels: NameFilter = {
	name: 'instrument models',
	rejects: ({ name }, { abstract, acronyms, isKnown }) => !isKnown(name) && !acronyms.some((a) => a.short === name) && isInstrumentModel(name, abstract),
};
