import { z } from 'zod';

/** The answer of the delete endpoints: how many stored rows were removed. */
export const deletedSchema = z.object({ deleted: z.number().int() });

export type Deleted = z.infer<typeof deletedSchema>;
