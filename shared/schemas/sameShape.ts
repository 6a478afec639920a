/** True when A and B are each assignable to the other: an answer schema's inferred type against the interface it describes. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
