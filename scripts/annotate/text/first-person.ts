/**
 * The authors speaking of themselves, as the cue patterns read them. Most papers write "we", but a
 * single author writes "I" ("Here, I propose a method …", "my method"), and every cue that reads
 * "we" as the authors must read "I" the same way.
 *
 * These are regular-expression sources to put inside larger patterns, which are mostly
 * case-insensitive: "I" is therefore read only where it cannot be a list marker ("(i) propose"),
 * a Roman numeral of a name ("Phase I", "Type I error", "Part I presents") or a letter of a word
 * ("I-V curve", "I/O").
 */

/** Words before which a capital "I" is a numeral: "Phase I", "Type I", "Part I" (in either case, for case-sensitive patterns too). */
const NUMBERED = String.raw`(?:[Pp]hase|[Tt]ype|[Cc]lass|[Ss]tage|[Gg]rade|[Pp]art|[Cc]hapter|[Ss]ection|[Vv]olume|[Ss]tep|[Ll]evel|[Gg]roup|[Ee]xperiment|[Ss]tudy|[Mm]odel|[Rr]egion|[Ss]ite|[Cc]ase)`;

/** The first person singular subject "I", never a numeral or a list marker. */
export const I = String.raw`(?<![(\[\w.'’/-])(?<!\b${NUMBERED}\s)I(?![)\]\w.'’/-])`;

/** The authors as a subject: "we", or a single author's "I". */
export const WE = String.raw`(?:we|${I})`;

/** The authors' possessive: "our", or a single author's "my". */
export const OUR = String.raw`(?:our|my)`;

