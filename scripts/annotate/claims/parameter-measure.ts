/**
 * What a parameter's value measures: the noun phrase named before its symbol, "an orbital period
 * *P*=165.66d" → "orbital period", "mass ratio q = 0.72" → "mass ratio" (`parameter-values.ts` finds
 * such values). The symbol only stands for the quantity the words before it name; with no noun
 * phrase right before the symbol ("an exponent of beta=0.5"), this reader finds nothing.
 */
import { type MeasureReader, runBack } from './measure-phrases.ts';

/** A parameter's symbol: a letter or a Greek letter, or its name, as one token. */
const SYMBOL = /^(?:[A-Za-zα-ωΑ-Ω]|alpha|beta|gamma|delta|epsilon|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|chi|psi|omega)$/;

/** The noun phrase before the symbol set equal to the number at `start`, or null. */
export const parameterMeasure: MeasureReader = (tokens, start) => {
	const j = tokens.findIndex((t) => t.end > start) - 1;
	// The symbol stands apart from the words before it: "L��P", a symbol an export damaged, is no name and its symbol.
	if (j < 2 || tokens[j]!.text !== '=' || !SYMBOL.test(tokens[j - 1]!.text) || tokens[j - 2]!.end >= tokens[j - 1]!.start) return null;
	const run = runBack(tokens, j - 2);
	return run ? { start: run.start, end: run.end } : null;
};
