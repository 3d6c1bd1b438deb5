/** A rule that cleans a paper's title, reading its abstract for evidence; returns the title unchanged when it does not apply. */
export type TitleRule = (title: string, abstract: string) => string;
