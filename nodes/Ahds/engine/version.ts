/**
 * Node version 1.1, the default for new nodes: a new contact detail is active and preferred unless
 * turned off, its type is picked from a list and its technical fields sit under "Additional Fields",
 * and Get Many sorts with a "Sort" rule as the HeyDonto node does. Nodes saved with version 1 keep the
 * defaults and parameters they were built with.
 */
export const V1_1 = 1.1;
