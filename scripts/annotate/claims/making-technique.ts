/**
 * The technique a study makes its samples with: "In this study, nano textured solar cells are fabricated
 * by the Reactive Ion Etching (RIE) method …", "In this paper, such a nano-texture process is developed
 * using a metal-assisted chemical etch (MACE) technique". Papers of the physical sciences and of
 * process engineering evaluate a fabrication or processing technique by what it makes, and their result
 * sentences ("… cells have a maximum efficiency of 19.21 %", "… conversion efficiencies of 19.4% and
 * 18.7%") name only the product: the results are the technique's, as a tested device's are
 * (`studied-entity.ts`). A verb of making in the paper's own voice, then "by", "using", "via" or "with"
 * and the name, a few words of its kind before it ("a metal-assisted …"), is the evidence; a method
 * used only to compute or to measure ("With the FDTD method, we demonstrated …") makes nothing.
 */

// A verb of making or processing, its preposition of means, an optional article and up to three words before the name.
const MADE_WITH =
	/\b(?:fabricat|prepar|produc|develop|manufactur|synthesi[sz]|grow|grown|deposit|textur|etch)\w*\s+(?:by|using|via|with|through)\s+(?:the\s+|an?\s+|one-step\s+|a\s+one-step\s+)?(?:[^\s.;,()]+\s+){0,3}$/i;

/**
 * Whether the text before a name (`before`, its own sentence up to the name) makes something with it:
 * "… solar cells are fabricated by the " → true.
 *
 * @example makesWith('In this study, cells are fabricated by the ') // true
 */
export function makesWith(before: string): boolean {
	return MADE_WITH.test(before);
}
