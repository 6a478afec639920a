/** Why the copy stopped or would not start, in words the user can act on: the CLI prints it without a stack. */
export class CopyRefused extends Error {}
